import { checkListDeclaration, dutiableValueOf, pieceCountOf, type DeclaredList } from '../list-declaration';

const list: DeclaredList = {
  copNo: 'C-1',
  customsCode: '5171',
  ebpCode: '91440200MA00000000',
  orderNo: 'O-1',
  ebcCode: '91440200MA00000000',
  logisticsCode: '91440200MA00000000',
  logisticsNo: 'YT1',
  direction: 'IMPORT',
  tradeMode: '9610',
  zone: 'SHAOGUAN',
  statisticsFlag: null,
  freight: '10.00',
  insuredFee: '1.50',
  currency: 'CNY',
  indivisibleItem: false,
  items: [
    { gnum: 1, itemNo: 'A', itemName: '奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' },
    { gnum: 2, itemNo: 'B', itemName: '精华', hsCode: '3304990099', qty: '1', unit: '142', price: '199.50', totalPrice: '199.50', country: 'FRA' },
  ],
};
const exportList: DeclaredList = { ...list, direction: 'EXPORT', tradeMode: '9810', statisticsFlag: 'B', currency: 'USD' };
const fields = (value: DeclaredList) => checkListDeclaration(value);

function problemFields(value: DeclaredList): string[] {
  try {
    fields(value).throwIfAny();
    return [];
  } catch (error) {
    return ((error as { extensions: { problems: { field: string }[] } }).extensions.problems).map((p) => p.field);
  }
}

describe('inventory list checks (621 / 603)', () => {
  it('accepts a valid import and a valid export list', () => {
    expect(problemFields(list)).toEqual([]);
    expect(problemFields(exportList)).toEqual([]);
  });

  it.each<[string, Partial<DeclaredList>, string[]]>([
    ['a customs office of another zone', { customsCode: '5172' }, ['input.customsCode']],
    ['a customs code that is no code', { customsCode: '51A1' }, ['input.customsCode']],
    ['a blank copNo and a too long orderNo', { copNo: '', orderNo: 'x'.repeat(61) }, ['input.copNo', 'input.orderNo']],
    ['an unknown trade mode', { tradeMode: '0110' }, ['input.tradeMode']],
    ['an export trade mode on an import list', { tradeMode: '9710' }, ['input.tradeMode']],
    ['a statistics flag on an import list', { statisticsFlag: 'B' }, ['input.statisticsFlag']],
    ['negative freight and a third decimal of insurance', { freight: '-1.00', insuredFee: '0.001' }, ['input.freight', 'input.insuredFee']],
    ['an import list in USD', { currency: 'USD' }, ['input.currency']],
    ['indivisible with two lines', { indivisibleItem: true }, ['input.indivisibleItem']],
    ['no items', { items: [] }, ['input.items']],
  ])('names the field of %s', (_label, override, expected) => {
    expect(problemFields({ ...list, ...override })).toEqual(expected);
  });

  it.each<[string | null, string[]]>([[null, ['input.statisticsFlag']], ['C', ['input.statisticsFlag']], ['A', []], ['B', []]])(
    'wants statistics flag A or B on an export list, got %j',
    (statisticsFlag, expected) => {
      expect(problemFields({ ...exportList, statisticsFlag })).toEqual(expected);
    },
  );

  it('names each wrong item field, totals to the fen', () => {
    const items = [
      { ...list.items[0]!, gnum: 2, qty: '0', unit: '1', country: 'nz' },
      { ...list.items[1]!, totalPrice: '199.49', itemNo: ' ' },
    ];
    expect(problemFields({ ...list, items })).toEqual([
      'input.items[0].unit', 'input.items[0].country', 'input.items[0].qty',
      'input.items[1].gnum', 'input.items[1].itemNo', 'input.items[1].totalPrice',
    ]);
  });

  it('takes goods plus freight plus insurance as the dutiable value, exactly', () => {
    expect(dutiableValueOf(list).toFixed(2)).toBe('511.50');
    expect(dutiableValueOf({ ...list, freight: '0.10', insuredFee: '0.20', items: [{ ...list.items[0]!, totalPrice: '0.30' }] }).toFixed(2)).toBe('0.60');
  });

  it.each<[string[], number]>([[['1'], 1], [['2', '3'], 5], [['0.5'], 1], [['2.5', '1'], 4]])('counts pieces of quantities %j as %i', (qtys, expected) => {
    expect(pieceCountOf({ items: qtys.map((qty, i) => ({ ...list.items[0]!, gnum: i + 1, qty })) })).toBe(expected);
  });
});
