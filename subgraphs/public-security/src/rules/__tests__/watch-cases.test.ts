import type { Caller } from '@zone/common';
import { flagInForce, mayHandleWatchCases, maySeeWatchFlags, subjectProblems, watchCaseNumber, watchFlagOf } from '../watch-cases';

const caller = (role: Caller['role'], department: Caller['department'] = null, zone: Caller['zone'] = null): Caller => ({ organisation: 'ORG', role, department, zone, scopes: [] });
const opened = new Date('2026-12-01T08:00:00Z');

describe('the flag of a case: the flag only, while the case is open', () => {
  it.each([
    ['an open case raises its flag', null, { category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING', since: opened, caseReference: 'GAWC0000000001' }],
    ['a closed case raises none', new Date('2026-12-02T08:00:00Z'), null],
  ])('%s', (_name, closedAt, expected) => {
    expect(watchFlagOf({ caseNo: 'GAWC0000000001', category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING', openedAt: opened, closedAt })).toEqual(expected);
  });

  it('on a subject with several cases, the earliest open one stands', () => {
    const later = { caseNo: 'GAWC0000000003', category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING', openedAt: new Date('2026-12-03T00:00:00Z'), closedAt: null };
    const earlierClosed = { caseNo: 'GAWC0000000001', category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING', openedAt: new Date('2026-11-01T00:00:00Z'), closedAt: opened };
    const earlierOpen = { caseNo: 'GAWC0000000002', category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING', openedAt: new Date('2026-11-15T00:00:00Z'), closedAt: null };
    expect(flagInForce([later, earlierClosed, earlierOpen])?.caseReference).toBe('GAWC0000000002');
    expect(flagInForce([earlierClosed])).toBeNull();
    expect(flagInForce([])).toBeNull();
  });

  it('numbers cases GAWC and ten digits', () => {
    expect(watchCaseNumber(42n)).toBe('GAWC0000000042');
  });
});

describe('who handles cases and who sees flags', () => {
  it.each<[string, Caller | null, boolean, boolean]>([
    ['a public-security officer', caller('OFFICER', 'public-security', 'SHAOGUAN'), true, true],
    ['the public-security system', caller('SYSTEM', 'public-security'), true, true],
    ['a forex officer', caller('OFFICER', 'forex', 'SHAOGUAN'), false, true],
    ['the customs system', caller('SYSTEM', 'customs'), false, true],
    ['a regulator', caller('REGULATOR'), false, true],
    ['the zone platform', caller('PLATFORM'), false, false],
    ['a bank', caller('BANK'), false, false],
    ['an officer of no department', caller('OFFICER'), false, false],
    ['nobody', null, false, false],
  ])('%s: handles cases %s, sees flags %s', (_name, who, handles, sees) => {
    expect(mayHandleWatchCases(who)).toBe(handles);
    expect(maySeeWatchFlags(who)).toBe(sees);
  });
});

describe('the subject of a case', () => {
  it.each<[string, Parameters<typeof subjectProblems>[0], string | null, string[]]>([
    ['an enterprise by USCC', { subjectKind: 'ENTERPRISE', uscc: '91440200MA4ALERT1X' }, null, []],
    ['an enterprise without a USCC', { subjectKind: 'ENTERPRISE' }, null, ['uscc']],
    ['an enterprise with an ID number and a zone', { subjectKind: 'ENTERPRISE', uscc: 'X', idNumber: '1', zone: 'SHAOGUAN' }, null, ['idNumber', 'zone']],
    ['a person with an ID number and a zone', { subjectKind: 'PERSON', idNumber: '1', zone: 'SHAOGUAN' }, null, []],
    ['a person without a zone, for a zone-bound officer', { subjectKind: 'PERSON', idNumber: '1' }, 'SHAOGUAN', []],
    ['a person without a zone, for a province-wide caller', { subjectKind: 'PERSON', idNumber: '1' }, null, ['zone']],
    ['a person without an ID number but with a USCC', { subjectKind: 'PERSON', uscc: 'X', zone: 'SHAOGUAN' }, null, ['idNumber', 'uscc']],
  ])('%s', (_name, subject, callerZone, fields) => {
    expect(subjectProblems(subject, callerZone).map((p) => p.field)).toEqual(fields);
  });
});
