import type { Caller } from '@zone/common';
import { reverificationOutcome, verdictUnderMeasures } from '../reverification';

type Who = Pick<Caller, 'role' | 'department'>;
const platform: Who = { role: 'PLATFORM', department: null };
const customsSystem: Who = { role: 'SYSTEM', department: 'customs' };
const psSystem: Who = { role: 'SYSTEM', department: 'public-security' };
const psOfficer: Who = { role: 'OFFICER', department: 'public-security' };
const REVERIFY = [{ kind: 'PUBLIC_SECURITY_REVERIFICATION' }];

describe('an identity check while a re-verification measure stands (联合惩戒: 重新核验身份)', () => {
  it.each<[string, 'MATCH' | 'MISMATCH' | 'NO_RECORD', { kind: string }[], Who, string, boolean]>([
    ['no measure: the platform gets the registry\'s MATCH', 'MATCH', [], platform, 'MATCH', false],
    ['no measure: a system gets the registry\'s MISMATCH', 'MISMATCH', [], customsSystem, 'MISMATCH', false],
    ['another department\'s measure does not demand re-verification', 'MATCH', [{ kind: 'FOREX_SETTLEMENT_REFUSED' }], platform, 'MATCH', false],
    ['measure: the platform\'s MATCH is withheld', 'MATCH', REVERIFY, platform, 'REVERIFICATION_REQUIRED', false],
    ['measure: the customs system\'s MATCH is withheld', 'MATCH', REVERIFY, customsSystem, 'REVERIFICATION_REQUIRED', false],
    ['measure: public security\'s own system does not re-verify either', 'MATCH', REVERIFY, psSystem, 'REVERIFICATION_REQUIRED', false],
    ['measure: a NO_RECORD is withheld too', 'NO_RECORD', REVERIFY, platform, 'REVERIFICATION_REQUIRED', false],
    ['measure: a public-security officer re-verifies and gets the registry\'s MATCH', 'MATCH', REVERIFY, psOfficer, 'MATCH', true],
    ['measure: a public-security officer re-verifies and gets the registry\'s MISMATCH', 'MISMATCH', REVERIFY, psOfficer, 'MISMATCH', true],
    ['two measures stand: one re-verification answers both', 'MATCH', [...REVERIFY, ...REVERIFY], platform, 'REVERIFICATION_REQUIRED', false],
  ])('%s', (_case, registry, measures, who, verdict, reverified) => {
    expect(verdictUnderMeasures(registry, measures, who)).toEqual({ verdict, reverified });
  });

  it('reports what the check did', () => {
    expect(reverificationOutcome('REVERIFICATION_REQUIRED')).toMatch(/withheld/);
    expect(reverificationOutcome('MATCH')).toBe('re-verified by a public-security officer: MATCH');
  });
});
