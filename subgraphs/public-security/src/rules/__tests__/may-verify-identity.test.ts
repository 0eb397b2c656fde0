import type { Caller } from '@zone/common';
import { mayVerifyIdentity } from '../may-verify-identity';

const caller = (over: Partial<Caller>): Caller => ({ organisation: 'X', role: 'PLATFORM', zone: null, department: null, scopes: [], ...over });

describe('who may verify an identity against the resident registry (domain brief §5.1, §6)', () => {
  it.each<[string, Caller | null, boolean]>([
    ['the province-wide zone platform', caller({ role: 'PLATFORM' }), true],
    ['a zone-bound platform', caller({ role: 'PLATFORM', zone: 'JIEYANG' }), true],
    ['a public-security officer', caller({ role: 'OFFICER', department: 'public-security' }), true],
    ['a public-security system', caller({ role: 'SYSTEM', department: 'public-security' }), true],
    ['the customs system (three-document check)', caller({ role: 'SYSTEM', department: 'customs' }), true],
    ['the commerce system', caller({ role: 'SYSTEM', department: 'commerce' }), true],
    ['a customs officer by hand', caller({ role: 'OFFICER', department: 'customs' }), false],
    ['an officer of no department', caller({ role: 'OFFICER' }), false],
    ['a system of no department', caller({ role: 'SYSTEM' }), false],
    ['a bank', caller({ role: 'BANK' }), false],
    ['a regulator', caller({ role: 'REGULATOR' }), false],
    ['an unidentified caller', null, false],
  ])('%s: %s', (_case, who, allowed) => {
    expect(mayVerifyIdentity(who)).toBe(allowed);
  });
});
