import { retailImportTax, type RetailImportTaxInput } from '../retail-import-tax';

const base = { vatRate: '0.13', consumptionTaxRate: '0', tariffRate: '0', preferential: true };

describe('retail import tax (财关税〔2018〕49号)', () => {
  it.each([
    // dutiable value, VAT, consumption tax, total
    ['100.00', '9.10', '0.00', '9.10'],
    ['5000.00', '455.00', '0.00', '455.00'],
    ['0.00', '0.00', '0.00', '0.00'],
    ['0.05', '0.00', '0.00', '0.00'],
    ['0.06', '0.01', '0.00', '0.01'],
  ])('charges 13%% VAT at 70%% (9.1%%) with no tariff on %s', (value, vatAmount, ctAmount, total) => {
    const tax = retailImportTax({ ...base, dutiableValue: value });
    expect(tax).toMatchObject({ customsTax: '0.00', valueAddedTax: vatAmount, consumptionTax: ctAmount, totalTax: total, appliedVatRate: '0.091' });
  });

  it('levies consumption tax on the composite base and VAT on top of it, both at 70%', () => {
    // 1000 / 0.85 * 0.15 = 176.470588...; *0.7 = 123.53; VAT (1000 + 176.4706) * 0.13 * 0.7 = 107.06
    const tax = retailImportTax({ ...base, dutiableValue: '1000.00', consumptionTaxRate: '0.15' });
    expect(tax).toEqual({
      customsTax: '0.00',
      consumptionTax: '123.53',
      valueAddedTax: '107.06',
      totalTax: '230.59',
      appliedVatRate: '0.091',
      appliedConsumptionTaxRate: '0.105',
    });
  });

  it('charges tariff, VAT and consumption tax in full outside the preference', () => {
    // tariff 6000 * 0.1 = 600; CT (6600 / 0.85) * 0.15 = 1164.71; VAT (6600 + 1164.7059) * 0.13 = 1009.41
    const tax = retailImportTax({ dutiableValue: '6000.00', vatRate: '0.13', consumptionTaxRate: '0.15', tariffRate: '0.1', preferential: false });
    expect(tax).toMatchObject({ customsTax: '600.00', consumptionTax: '1164.71', valueAddedTax: '1009.41', totalTax: '2774.12', appliedVatRate: '0.13' });
  });

  it.each<[Partial<RetailImportTaxInput>, string]>([
    [{ dutiableValue: '-1' }, 'dutiableValue'],
    [{ consumptionTaxRate: '1' }, 'consumptionTaxRate'],
  ])('rejects impossible input %o', (override, field) => {
    expect(() => retailImportTax({ ...base, dutiableValue: '1', ...override })).toThrow(field);
  });
});
