import type { Caller } from '@zone/common';
import { feedPositionOf, feedReaderOf } from '../transaction-feed';

const caller = (role: Caller['role'], extra: Partial<Caller> = {}): Caller => ({ organisation: '91440200BLLJ5275GD', role, zone: null, department: null, scopes: [], ...extra });
const OWN = '91440200BLLJ5275GD';
const OTHER = '91440200AAAAAAAAAA';

describe('who reads which transaction feed', () => {
  it.each<[string, Caller, string | null, { payCode: string | null; zone: string | null } | 'refused']>([
    ['a bank, its own payments without naming them', caller('BANK'), null, { payCode: OWN, zone: null }],
    ['a bank naming its own code', caller('BANK'), OWN, { payCode: OWN, zone: null }],
    ['a bank naming another bank', caller('BANK'), OTHER, 'refused'],
    ['a zone-bound bank, in its zone', caller('BANK', { zone: 'HEYUAN' }), null, { payCode: OWN, zone: 'HEYUAN' }],
    ['a regulator, every payment', caller('REGULATOR', { organisation: 'GD-REG' }), null, { payCode: null, zone: null }],
    ['a regulator, one bank', caller('REGULATOR', { organisation: 'GD-REG' }), OTHER, { payCode: OTHER, zone: null }],
    ['a zone-bound regulator, its zone', caller('REGULATOR', { organisation: 'SG-REG', zone: 'SHAOGUAN' }), OTHER, { payCode: OTHER, zone: 'SHAOGUAN' }],
    ['a forex officer of a zone', caller('OFFICER', { department: 'forex', zone: 'YUNFU' }), OTHER, { payCode: OTHER, zone: 'YUNFU' }],
    ['the forex system', caller('SYSTEM', { department: 'forex' }), null, { payCode: null, zone: null }],
    ['a customs officer', caller('OFFICER', { department: 'customs' }), null, 'refused'],
    ['the customs system', caller('SYSTEM', { department: 'customs' }), OTHER, 'refused'],
    ['the zone platform', caller('PLATFORM'), null, 'refused'],
  ])('%s', (_case, who, payCode, expected) => {
    const reader = feedReaderOf(who, payCode);
    if (expected === 'refused') expect(reader.refusal).toEqual(expect.any(String));
    else expect(reader).toEqual({ ...expected, refusal: null });
  });
});

describe('a feed position', () => {
  it('is two decimal numbers', () => {
    expect(feedPositionOf({ t: '812', s: '0' })).toEqual({ txid: '812', seq: '0' });
  });

  it.each([[null], [{}], [{ t: 812, s: '1' }], [{ t: '-1', s: '1' }], [{ t: '01', s: '1' }], [{ t: '1', s: '9'.repeat(20) }], [{ t: '1e3', s: '1' }]])('refuses %j naming after', (value) => {
    expect(() => feedPositionOf(value)).toThrow(/after/);
  });
});
