import { usccCheckChar, type Caller } from '@zone/common';
import { checkSettlementNotices, MAX_SETTLEMENT_NOTICES, type SettlementNotice } from '../settlement-evidence';

const uscc = (first17: string) => first17 + usccCheckChar(first17);
const PLATFORM = uscc('91441300MA5ABCDEF');
const SELLER = uscc('91441300MA5GHJKLM');
const caller = (role: Caller['role'], extra: Partial<Caller> = {}): Caller => ({ organisation: 'X', role, zone: null, department: null, scopes: [], ...extra });
const AT = new Date('2026-12-01T00:00:00Z');
const released: SettlementNotice = { noticeId: 'customs:17', fact: 'LIST_RELEASED', zone: 'HEYUAN', ebpCode: PLATFORM, orderNo: 'I2026000001', occurredAt: AT };
const delivered: SettlementNotice = { ...released, noticeId: 'post:3', fact: 'WAYBILL_DELIVERED' };
const listed: SettlementNotice = { noticeId: 'commerce:9', fact: 'NEGATIVE_LISTED', zone: 'HEYUAN', ebcCode: SELLER, occurredAt: AT };
const customsSystem = caller('SYSTEM', { department: 'customs' });

describe('who may tell forex of which settlement facts', () => {
  it.each<[string, Caller, SettlementNotice, 'accepted' | 'refused']>([
    ['the customs system, a list released', customsSystem, released, 'accepted'],
    ['a customs officer of the zone, a list released', caller('OFFICER', { department: 'customs', zone: 'HEYUAN' }), released, 'accepted'],
    ['a customs officer of another zone', caller('OFFICER', { department: 'customs', zone: 'SHAOGUAN' }), released, 'refused'],
    ['the post system, a waybill delivered', caller('SYSTEM', { department: 'post' }), delivered, 'accepted'],
    ['the post system, a list released (customs\' fact)', caller('SYSTEM', { department: 'post' }), released, 'refused'],
    ['the commerce system, a negative listing', caller('SYSTEM', { department: 'commerce' }), listed, 'accepted'],
    ['the customs system, a negative listing (commerce\'s fact)', customsSystem, listed, 'refused'],
    ['the tax system', caller('SYSTEM', { department: 'tax' }), released, 'refused'],
    ['the forex system itself', caller('SYSTEM', { department: 'forex' }), released, 'refused'],
    ['a bank', caller('BANK'), released, 'refused'],
    ['a regulator', caller('REGULATOR'), released, 'refused'],
    ['the zone platform', caller('PLATFORM'), released, 'refused'],
  ])('%s: %s', (_case, who, notice, expected) => {
    const check = checkSettlementNotices(who, [notice]);
    expect('refusal' in check ? 'refused' : 'accepted').toBe(expected);
  });
});

describe('what a notice must name', () => {
  it.each<[string, Partial<SettlementNotice>, string[]]>([
    ['a list fact with its order', {}, []],
    ['no notice id of an outbox', { noticeId: 'customs:' }, ['notices[0].noticeId']],
    ['another department\'s outbox id', { noticeId: 'post:17' }, ['notices[0].noticeId']],
    ['an id of zero', { noticeId: 'customs:0' }, ['notices[0].noticeId']],
    ['a list fact without its order number', { orderNo: null }, ['notices[0].orderNo']],
    ['a list fact with a blank order number', { orderNo: '  ' }, ['notices[0].orderNo']],
    ['a list fact with a malformed platform code', { ebpCode: '91441300MA5ABCDE0' }, ['notices[0].ebpCode']],
    ['a list fact naming an enterprise too', { ebcCode: SELLER }, ['notices[0].ebcCode']],
  ])('%s', (_case, change, fields) => {
    const check = checkSettlementNotices(customsSystem, [{ ...released, ...change }]);
    if (fields.length === 0) expect('notices' in check).toBe(true);
    else expect('problems' in check ? check.problems.map((p) => p.field) : check).toEqual(fields);
  });

  it.each<[string, Partial<SettlementNotice>, string[]]>([
    ['a negative listing with its enterprise', {}, []],
    ['a negative listing without its enterprise', { ebcCode: null }, ['notices[0].ebcCode']],
    ['a negative listing naming an order', { ebpCode: PLATFORM, orderNo: 'I1' }, ['notices[0].orderNo']],
  ])('%s', (_case, change, fields) => {
    const check = checkSettlementNotices(caller('SYSTEM', { department: 'commerce' }), [{ ...listed, ...change }]);
    if (fields.length === 0) expect('notices' in check).toBe(true);
    else expect('problems' in check ? check.problems.map((p) => p.field) : check).toEqual(fields);
  });

  it('acts on an order by its key and on an enterprise by its code', () => {
    expect(checkSettlementNotices(customsSystem, [released])).toEqual({ notices: [expect.objectContaining({ department: 'customs', subject: `${PLATFORM}/I2026000001`, order: { ebpCode: PLATFORM, orderNo: 'I2026000001' }, ebcCode: null })] });
    expect(checkSettlementNotices(caller('SYSTEM', { department: 'commerce' }), [listed])).toEqual({ notices: [expect.objectContaining({ subject: SELLER, order: null, ebcCode: SELLER })] });
  });

  it(`takes 1 to ${MAX_SETTLEMENT_NOTICES} notices`, () => {
    expect(checkSettlementNotices(customsSystem, [])).toEqual({ problems: [expect.objectContaining({ field: 'notices' })] });
    expect(checkSettlementNotices(customsSystem, Array.from({ length: MAX_SETTLEMENT_NOTICES + 1 }, () => released))).toEqual({ problems: [expect.objectContaining({ field: 'notices' })] });
    expect('notices' in checkSettlementNotices(customsSystem, Array.from({ length: MAX_SETTLEMENT_NOTICES }, () => released))).toBe(true);
  });
});
