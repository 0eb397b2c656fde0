import { NODE_TYPES, decodeNodeId, nodeIdOf, type NodeTypeName } from '../node-ids';

const raw = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('global ids', () => {
  const records: [NodeTypeName, Record<string, string | null>][] = [
    ['Enterprise', { uscc: '914402000HMUH85U0R' }],
    ['Order', { ebpCode: '91440200FXPX2TQNXW', orderNo: 'E20261025000000704' }],
    ['InventoryList', { invtNo: '51712026E000000704' }],
    ['SummaryDeclaration', { sumNo: '51712026S000000001' }],
    ['TaxBill', { taxNo: '51712026I000000001T1' }],
    ['Payment', { payCode: '91440200BLLJ5275GD', payTransactionId: 'P0000000007046452' }],
    ['Waybill', { logisticsCode: '914402007WRFYMGL8C', logisticsNo: 'EX000000000704' }],
    ['ZoneStatistics', { zone: 'SHAOGUAN', period: '2026-10', granularity: 'MONTH', direction: null, tradeMode: '9610', hsChapter: null, country: null, currency: null }],
  ];

  it('covers every entity type', () => {
    expect(records.map(([type]) => type).sort()).toEqual(Object.keys(NODE_TYPES).sort());
  });

  it.each(records)('%s: the id decodes to its type and business key', (type, key) => {
    const id = nodeIdOf(type, key);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeNodeId(id)).toEqual({ ok: true, type, key });
  });

  it.each(records)('%s: the id depends on the business key only (a row with more columns, a reference with __typename)', (type, key) => {
    expect(nodeIdOf(type, { ...key, __typename: type, id: 12n, name: 'anything', zone: key.zone ?? 'JIEYANG' })).toBe(nodeIdOf(type, key));
  });

  it('gives different records different ids, and the same key of two types two ids', () => {
    expect(nodeIdOf('Order', { ebpCode: '91440200FXPX2TQNXW', orderNo: 'A' })).not.toBe(nodeIdOf('Order', { ebpCode: '91440200FXPX2TQNXW', orderNo: 'B' }));
    expect(nodeIdOf('InventoryList', { invtNo: 'X1' })).not.toBe(nodeIdOf('SummaryDeclaration', { sumNo: 'X1' }));
  });

  it.each<[string, string]>([
    ['empty', ''],
    ['not base64url', 'WyJPcmRlciJd!'],
    ['not JSON', raw('x').slice(2)],
    ['JSON but no array', raw({ type: 'Order' })],
    ['unknown type', raw(['Buyer', 'x'])],
    ['type only', raw(['Order'])],
    ['a key part missing', raw(['Order', '91440200FXPX2TQNXW'])],
    ['a key part too many', raw(['InventoryList', 'A', 'B'])],
    ['a number for a key part', raw(['InventoryList', 7])],
    ['null for a required key part', raw(['InventoryList', null])],
    ['an empty key part', raw(['InventoryList', ''])],
    ['a control character', raw(['InventoryList', 'A\u0000B'])],
    ['a key part over 120 characters', raw(['InventoryList', 'A'.repeat(121)])],
    ['a platform code that is no USCC', raw(['Order', '91440200FXPX2TQNX0', 'E1'])],
    ['a zone that is none', raw(['ZoneStatistics', 'ATLANTIS', '2026-10', 'MONTH', null, null, null, null, null])],
    ['a granularity that is none', raw(['ZoneStatistics', 'SHAOGUAN', '2026-10', 'WEEK', null, null, null, null, null])],
    ['a trailing character (a second spelling of one id)', `${nodeIdOf('InventoryList', { invtNo: 'A' })}A`],
    ['over 400 characters', 'A'.repeat(401)],
  ])('refuses %s', (_what, id) => {
    expect(decodeNodeId(id)).toEqual({ ok: false, reason: 'is not an id returned by this API' });
  });
});
