import { backedByTransactionData, settlementCheck, type SettlementCheckInput } from '../settlement-check';

const genuine: SettlementCheckInput = {
  settlement: { amount: '356.40', currency: 'USD' },
  order: { ebpCode: '91445100MA4UTEST01', orderNo: 'EX20260301001', amount: '356.40', currency: 'USD' },
  waybill: { logisticsCode: '91440300MA5FTEST02', logisticsNo: 'SF1234567890', ebpCode: '91445100MA4UTEST01', orderNo: 'EX20260301001' },
  inventoryList: { invtNo: '51002026E000000123', status: 800, orderNo: 'EX20260301001', logisticsNo: 'SF1234567890' },
  directoryStatus: 'EXEMPT',
  negativeList: { enterprise: false, payer: false },
  watchFlag: { enterprise: false, payer: false },
};

const codes = (override: Partial<SettlementCheckInput>) => settlementCheck({ ...genuine, ...override }).reasons.map((r) => r.code);

describe('settlement on transaction electronic information (凭交易电子信息办理结售汇)', () => {
  it('allows a settlement whose order, waybill and released list agree, and keeps the evidence', () => {
    expect(settlementCheck(genuine)).toEqual({
      allowed: true,
      reasons: [],
      evidence: {
        order: { ebpCode: '91445100MA4UTEST01', orderNo: 'EX20260301001', amount: '356.40', currency: 'USD' },
        waybill: { logisticsCode: '91440300MA5FTEST02', logisticsNo: 'SF1234567890' },
        inventoryList: { invtNo: '51002026E000000123', status: 800 },
        directoryStatus: 'EXEMPT',
      },
    });
  });

  it.each<[string, Partial<SettlementCheckInput>, string[]]>([
    ['a cleared (899) list', { inventoryList: { ...genuine.inventoryList!, status: 899 } }, []],
    ['a registered enterprise', { directoryStatus: 'REGISTERED' }, []],
    ['the same amount written with another scale', { settlement: { amount: '356.4', currency: 'USD' } }, []],
    ['no order', { order: null }, ['ORDER_MISSING']],
    ['no payment recorded', { settlement: null }, ['PAYMENT_MISSING']],
    ['neither order nor payment', { order: null, settlement: null }, ['ORDER_MISSING', 'PAYMENT_MISSING']],
    ['no enterprise known to judge the directory by', { directoryStatus: null }, []],
    ['no waybill', { waybill: null }, ['WAYBILL_MISSING']],
    ['a waybill of another order', { waybill: { ...genuine.waybill!, orderNo: 'EX20260301002' } }, ['WAYBILL_MISSING']],
    ['a waybill of another platform\'s order', { waybill: { ...genuine.waybill!, ebpCode: '91445100MA4UOTHER' } }, ['WAYBILL_MISSING']],
    ['no list', { inventoryList: null }, ['LIST_NOT_RELEASED']],
    ['a list only accepted (120)', { inventoryList: { ...genuine.inventoryList!, status: 120 } }, ['LIST_NOT_RELEASED']],
    ['a list under inspection (500)', { inventoryList: { ...genuine.inventoryList!, status: 500 } }, ['LIST_NOT_RELEASED']],
    ['a list adjudicated but not released (399)', { inventoryList: { ...genuine.inventoryList!, status: 399 } }, ['LIST_NOT_RELEASED']],
    ['a rejected list (100)', { inventoryList: { ...genuine.inventoryList!, status: 100 } }, ['LIST_NOT_RELEASED']],
    ['a released list of another order', { inventoryList: { ...genuine.inventoryList!, orderNo: 'EX20260301002' } }, ['LIST_NOT_RELEASED']],
    ['a released list of another parcel', { inventoryList: { ...genuine.inventoryList!, logisticsNo: 'SF0000000000' } }, ['LIST_NOT_RELEASED']],
    ['a settlement one cent above the order', { settlement: { amount: '356.41', currency: 'USD' } }, ['AMOUNT_MISMATCH']],
    ['a settlement one cent below the order', { settlement: { amount: '356.39', currency: 'USD' } }, ['AMOUNT_MISMATCH']],
    ['the same figure in another currency', { settlement: { amount: '356.40', currency: 'EUR' } }, ['AMOUNT_MISMATCH']],
    ['an enterprise that must register first', { directoryStatus: 'REGISTRATION_REQUIRED' }, ['DIRECTORY_REGISTRATION_REQUIRED']],
    ['an enterprise on the negative list', { negativeList: { enterprise: true, payer: false } }, ['NEGATIVE_LIST']],
    ['a payer on the negative list', { negativeList: { enterprise: false, payer: true } }, ['NEGATIVE_LIST']],
    ['both on the negative list', { negativeList: { enterprise: true, payer: true } }, ['NEGATIVE_LIST']],
    ['a joint measure of an answered assistance request refusing settlement', { settlementRefusedBy: ['assistance request AR202600000001'] }, ['JOINT_MEASURE']],
    ['no joint measure in force', { settlementRefusedBy: [] }, []],
    ['an enterprise with a watch flag', { watchFlag: { enterprise: true, payer: false } }, ['WATCH_FLAG']],
    ['a payer with a watch flag', { watchFlag: { enterprise: false, payer: true } }, ['WATCH_FLAG']],
    [
      'nothing backing it and everyone flagged',
      {
        order: null,
        waybill: null,
        inventoryList: null,
        directoryStatus: 'REGISTRATION_REQUIRED',
        negativeList: { enterprise: true, payer: false },
        watchFlag: { enterprise: false, payer: true },
      },
      ['ORDER_MISSING', 'WAYBILL_MISSING', 'LIST_NOT_RELEASED', 'DIRECTORY_REGISTRATION_REQUIRED', 'NEGATIVE_LIST', 'WATCH_FLAG'],
    ],
  ])('%s gives %j', (_case, override, expected) => {
    expect(codes(override)).toEqual(expected);
    expect(settlementCheck({ ...genuine, ...override }).allowed).toBe(expected.length === 0);
  });

  it.each<[string, Partial<SettlementCheckInput>, string]>([
    ['the amounts', { settlement: { amount: '356.41', currency: 'USD' } }, "the settlement of 356.41 USD differs from the order's 356.40 USD"],
    ['the currencies', { settlement: { amount: '356.40', currency: 'EUR' } }, 'the order is in USD, the settlement in EUR'],
    [
      'the order a waybill belongs to',
      { waybill: { ...genuine.waybill!, orderNo: 'EX2' } },
      'waybill 91440300MA5FTEST02/SF1234567890 is for order 91445100MA4UTEST01/EX2, not 91445100MA4UTEST01/EX20260301001',
    ],
    ['who is flagged', { negativeList: { enterprise: true, payer: true } }, 'the enterprise and the payer are on the negative list'],
    ['who is watched', { watchFlag: { enterprise: false, payer: true } }, 'the payer is under a public-security watch flag'],
  ])('names %s in its message', (_case, override, message) => {
    expect(settlementCheck({ ...genuine, ...override }).reasons[0]?.message).toBe(message);
  });

  it('reports every problem of a list in one reason', () => {
    const result = settlementCheck({ ...genuine, inventoryList: { invtNo: 'L1', status: 300, orderNo: 'EX9', logisticsNo: 'SF9' } });
    expect(result.reasons).toEqual([{
      code: 'LIST_NOT_RELEASED',
      message: 'inventory list L1 has receipt status 300, not released (800) or cleared (899); '
        + 'inventory list L1 declares order EX9, not EX20260301001; inventory list L1 declares waybill SF9, not SF1234567890',
    }]);
  });

  it('keeps as evidence the documents it saw even when they do not agree', () => {
    const result = settlementCheck({ ...genuine, order: null, inventoryList: { ...genuine.inventoryList!, status: 500 } });
    expect(result.evidence).toEqual({
      order: null,
      waybill: { logisticsCode: '91440300MA5FTEST02', logisticsNo: 'SF1234567890' },
      inventoryList: { invtNo: '51002026E000000123', status: 500 },
      directoryStatus: 'EXEMPT',
    });
  });

  it.each<[Partial<SettlementCheckInput>, string]>([
    [{ settlement: { amount: '0.00', currency: 'USD' } }, 'settlement.amount must be greater than zero'],
    [{ settlement: { amount: '1.005', currency: 'USD' } }, 'settlement.amount must have at most 2 fractional digits'],
    [{ order: { ...genuine.order!, amount: 'n/a' } }, 'order.amount must be a plain decimal string'],
  ])('rejects malformed input %o', (override, message) => {
    expect(() => settlementCheck({ ...genuine, ...override })).toThrow(message);
  });
});

describe('backed by transaction electronic information', () => {
  it.each<[string, Partial<SettlementCheckInput>, boolean]>([
    ['all three flows agree', {}, true],
    ['only the directory stands against it', { directoryStatus: 'REGISTRATION_REQUIRED' }, true],
    ['only the negative list stands against it', { negativeList: { enterprise: true, payer: false } }, true],
    ['no payment', { settlement: null }, false],
    ['no waybill', { waybill: null }, false],
    ['a list not released', { inventoryList: { ...genuine.inventoryList!, status: 120 } }, false],
    ['amounts that differ', { settlement: { amount: '1.00', currency: 'USD' } }, false],
  ])('%s: %s', (_case, override, expected) => {
    expect(backedByTransactionData(settlementCheck({ ...genuine, ...override }))).toBe(expected);
  });
});
