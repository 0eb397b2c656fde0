import { DEFAULT_TAX_RATE_TABLE, statutoryRatesOf, taxRateTableProblems } from '../tax-rates';

describe('statutory rates of retail imports by HS code prefix', () => {
  it.each([
    // hsCode, VAT, consumption tax, tariff
    ['infant formula (1901) at the standard 13% VAT', '1901101000', '0.13', '0', null],
    ['books (4901) at the lower 9% VAT (2019年第39号)', '4901990000', '0.09', '0', null],
    ['newspapers (4902) at 9%', '4902100000', '0.09', '0', null],
    ['rice (chapter 10, cereals) at 9%', '1006301000', '0.09', '0', null],
    ['olive oil (1509) at 9%', '1509200000', '0.09', '0', null],
    ['other printed matter (4911) at the standard 13%', '4911109000', '0.13', '0', null],
    ['high-end cosmetics (3304) with 15% consumption tax (财税〔2016〕103号)', '3304990099', '0.13', '0.15', null],
    ['bottled wine (220421) with 10% consumption tax and a 14% tariff', '2204210000', '0.13', '0.10', '0.14'],
    ['sparkling wine (220410): consumption tax of 2204, no tariff rate known', '2204100000', '0.13', '0.10', null],
    ['jewellery (7113): not in the default, see the source notes', '7113191100', '0.13', '0', null],
  ])('%s', (_case, hsCode, vatRate, consumptionTaxRate, tariffRate) => {
    expect(statutoryRatesOf(hsCode)).toMatchObject({ vatRate, consumptionTaxRate, tariffRate });
  });

  it('names the sources of the rates it applies', () => {
    expect(statutoryRatesOf('2204210000').basis).toBe(
      '增值税 13% (增值税暂行条例 art. 2, 2019年第39号); 消费税 10% wine (其他酒, 消费税暂行条例 税目税率表); tariff 14% MFN, wine in containers of 2 l or less (进出口税则)',
    );
  });

  it('takes each rate from the longest matching prefix and the others from shorter ones', () => {
    const table = { ...DEFAULT_TAX_RATE_TABLE, '330499': { consumptionTaxRate: '0', basis: 'ordinary cosmetics' }, '33': { vatRate: '0.06', basis: 'test chapter' } };
    expect(statutoryRatesOf('3304990099', table)).toMatchObject({ vatRate: '0.06', consumptionTaxRate: '0' });
    expect(statutoryRatesOf('3304100000', table)).toMatchObject({ vatRate: '0.06', consumptionTaxRate: '0.15' });
  });

  it('does not match a prefix that occurs later in the code', () => {
    expect(statutoryRatesOf('1233040000').consumptionTaxRate).toBe('0');
  });

  it('rejects an HS code that is not 10 digits', () => {
    expect(() => statutoryRatesOf('33049900')).toThrow('hsCode must be 10 digits');
  });

  it('accepts the default table', () => {
    expect(taxRateTableProblems(DEFAULT_TAX_RATE_TABLE)).toEqual([]);
  });

  it.each([
    [{ '3': { vatRate: '0.13', basis: 'x' } }, '3: an HS prefix must be 2 to 10 digits'],
    [{ '3304': { consumptionTaxRate: '1', basis: 'x' } }, '3304.consumptionTaxRate: must be below 1'],
    [{ '3304': { vatRate: '-0.1', basis: 'x' } }, '3304.vatRate: must not be negative'],
    [{ '3304': { tariffRate: '5%', basis: 'x' } }, '3304.tariffRate: must be a plain decimal string such as "1234.56"'],
    [{ '3304': { vatRate: '0.13', basis: '' } }, '3304.basis: must name the source of the rates'],
  ])('finds the problem in %j', (table, problem) => {
    expect(taxRateTableProblems(table as never)).toEqual([problem]);
  });
});
