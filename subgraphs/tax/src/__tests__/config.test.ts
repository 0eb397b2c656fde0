import { loadTaxConfig } from '../config';
import { DEFAULT_REFUND_CANCELLED_HS_PREFIXES } from '../rules/invoice-free-exemption';
import { DEFAULT_TAX_RATE_TABLE } from '../rules/tax-rates';

describe('tax settings', () => {
  it('defaults to the built-in rate table and refund-cancelled list', () => {
    expect(loadTaxConfig({})).toEqual({ rateTable: DEFAULT_TAX_RATE_TABLE, refundCancelledHsPrefixes: DEFAULT_REFUND_CANCELLED_HS_PREFIXES });
  });

  it('lays TAX_RATE_TABLE over the default table', () => {
    const { rateTable } = loadTaxConfig({ TAX_RATE_TABLE: '{"9102": {"consumptionTaxRate": "0.20", "tariffRate": "0.08", "basis": "high-end watches"}, "3304": {"consumptionTaxRate": "0.15", "tariffRate": "0.01", "basis": "configured"}}' });
    expect(rateTable['9102']).toEqual({ consumptionTaxRate: '0.20', tariffRate: '0.08', basis: 'high-end watches' });
    expect(rateTable['3304']).toEqual({ consumptionTaxRate: '0.15', tariffRate: '0.01', basis: 'configured' });
    expect(rateTable['4901']).toEqual(DEFAULT_TAX_RATE_TABLE['4901']);
  });

  it('replaces the refund-cancelled list, and an empty value cancels nothing', () => {
    expect(loadTaxConfig({ TAX_REFUND_CANCELLED_HS_PREFIXES: '2701, 720851' }).refundCancelledHsPrefixes).toEqual(['2701', '720851']);
    expect(loadTaxConfig({ TAX_REFUND_CANCELLED_HS_PREFIXES: '' }).refundCancelledHsPrefixes).toEqual([]);
  });

  it.each([
    [{ TAX_RATE_TABLE: 'not json' }, 'TAX_RATE_TABLE must be a JSON object'],
    [{ TAX_RATE_TABLE: '[]' }, 'TAX_RATE_TABLE must be a JSON object'],
    [{ TAX_RATE_TABLE: '{"3304": {"vatRate": "1.3", "basis": "x"}}' }, 'TAX_RATE_TABLE is wrong: 3304.vatRate: must be below 1'],
    [{ TAX_REFUND_CANCELLED_HS_PREFIXES: '2701,27a' }, 'TAX_REFUND_CANCELLED_HS_PREFIXES must list HS prefixes of 2 to 10 digits, got 27a'],
  ])('names the wrong variable in %j', (env, message) => {
    expect(() => loadTaxConfig(env)).toThrow(message);
  });
});
