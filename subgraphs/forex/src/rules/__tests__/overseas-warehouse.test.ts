import { overseasWarehouseSettlement, type OverseasWarehouseInput } from '../overseas-warehouse';

const base: OverseasWarehouseInput = {
  currency: 'USD',
  declaredExportValue: '10000.00',
  grossSalesRevenue: '12500.00',
  costs: [
    { kind: 'STORAGE', amount: '800.00' },
    { kind: 'LOGISTICS', amount: '1200.50' },
    { kind: 'TAX', amount: '950.25' },
    { kind: 'LOGISTICS', amount: '49.50' },
  ],
};

describe('overseas warehouse proceeds netted against overseas costs (汇发〔2020〕11号)', () => {
  it('reports the declared and the repatriated figures with the costs by kind', () => {
    expect(overseasWarehouseSettlement(base)).toEqual({
      currency: 'USD',
      declaredExportValue: '10000.00',
      grossSalesRevenue: '12500.00',
      nettedCosts: { STORAGE: '800.00', LOGISTICS: '1250.00', TAX: '950.25' },
      totalNettedCosts: '3000.25',
      netRepatriated: '9499.75',
      differenceFromDeclared: '-500.25',
    });
  });

  it.each([
    // gross, costs, net, difference
    ['more comes home than was declared', '15000.00', [{ kind: 'STORAGE', amount: '1000.00' }], '14000.00', '4000.00'],
    ['exactly the declared value comes home', '11000.00', [{ kind: 'TAX', amount: '1000.00' }], '10000.00', '0.00'],
    ['less comes home than was declared', '10000.00', [{ kind: 'TAX', amount: '0.01' }], '9999.99', '-0.01'],
    ['no costs to net', '10000.00', [], '10000.00', '0.00'],
    ['costs equal to the whole revenue', '3000.00', [{ kind: 'LOGISTICS', amount: '3000.00' }], '0.00', '-10000.00'],
    ['nothing sold yet', '0.00', [], '0.00', '-10000.00'],
  ])('%s', (_case, grossSalesRevenue, costs, netRepatriated, differenceFromDeclared) => {
    expect(overseasWarehouseSettlement({ ...base, grossSalesRevenue, costs })).toMatchObject({ netRepatriated, differenceFromDeclared });
  });

  it('reports 0.00 for a cost kind with no costs', () => {
    expect(overseasWarehouseSettlement({ ...base, costs: [{ kind: 'TAX', amount: '5' }] }).nettedCosts).toEqual({ STORAGE: '0.00', LOGISTICS: '0.00', TAX: '5.00' });
  });

  it.each<[string, Partial<OverseasWarehouseInput>, string]>([
    ['a negative cost', { costs: [{ kind: 'STORAGE', amount: '1.00' }, { kind: 'TAX', amount: '-0.01' }] }, 'costs[1].amount must not be negative'],
    ['an unknown cost kind', { costs: [{ kind: 'MARKETING', amount: '1.00' }] }, 'costs[0].kind "MARKETING" is not a cost that may be netted (allowed: STORAGE, LOGISTICS, TAX)'],
    ['a lower-case cost kind', { costs: [{ kind: 'storage', amount: '1.00' }] }, 'costs[0].kind "storage"'],
    ['a prototype key as cost kind', { costs: [{ kind: 'constructor', amount: '1.00' }] }, 'costs[0].kind "constructor"'],
    ['a cost with three decimals', { costs: [{ kind: 'TAX', amount: '1.001' }] }, 'costs[0].amount must have at most 2 fractional digits'],
    ['a negative declared value', { declaredExportValue: '-1.00' }, 'declaredExportValue must not be negative'],
    ['a malformed gross revenue', { grossSalesRevenue: '12,500.00' }, 'grossSalesRevenue must be a plain decimal string'],
    ['costs one cent above the revenue', { grossSalesRevenue: '3000.24' }, 'costs total 3000.25 exceeds grossSalesRevenue 3000.24'],
    ['a malformed currency', { currency: 'usd' }, 'currency must be a three-letter ISO 4217 code'],
  ])('rejects %s, naming the field', (_case, override, message) => {
    expect(() => overseasWarehouseSettlement({ ...base, ...override })).toThrow(message);
  });
});
