import type { Caller, EventTopic, ZoneEvent } from '@zone/common';
import { mayReceive, presentEvent } from '../rules';

const caller = (role: Caller['role'], extra: Partial<Caller> = {}): Caller => ({ organisation: 'ORG', role, zone: null, department: null, scopes: [], ...extra });
const officer = (department: Caller['department'], zone: Caller['zone'] = null) => caller('OFFICER', { department, zone });
const system = (department: Caller['department']) => caller('SYSTEM', { department });

const event = (topic: EventTopic, zone: ZoneEvent['zone'] = 'SHAOGUAN', payload: Record<string, unknown> = {}): ZoneEvent =>
  ({ id: 'x:1', department: 'commerce', topic, zone, occurredAt: '2026-12-01T00:00:00.000Z', payload: { zone, ...payload } }) as unknown as ZoneEvent;

const addressedToCustomsAndTax = { requestingDepartment: 'forex', addressedDepartments: ['customs', 'tax'] };

describe('mayReceive: the row rules of each alert', () => {
  it.each<[string, Caller, ZoneEvent, boolean]>([
    // assistanceRequestAddressed: the addressed departments, and regulators.
    ['an addressed department\'s officer of the zone', officer('customs', 'SHAOGUAN'), event('assistanceRequestAddressed', 'SHAOGUAN', addressedToCustomsAndTax), true],
    ['an addressed department\'s province-wide system', system('tax'), event('assistanceRequestAddressed', 'HEYUAN', addressedToCustomsAndTax), true],
    ['an addressed department\'s officer of another zone', officer('customs', 'HEYUAN'), event('assistanceRequestAddressed', 'SHAOGUAN', addressedToCustomsAndTax), false],
    ['the requesting department (not addressed)', officer('forex'), event('assistanceRequestAddressed', 'SHAOGUAN', addressedToCustomsAndTax), false],
    ['a department not addressed', officer('post'), event('assistanceRequestAddressed', 'SHAOGUAN', addressedToCustomsAndTax), false],
    ['a regulator', caller('REGULATOR'), event('assistanceRequestAddressed', 'SHAOGUAN', addressedToCustomsAndTax), true],
    ['a zone-bound regulator of another zone', caller('REGULATOR', { zone: 'YUNFU' }), event('assistanceRequestAddressed', 'SHAOGUAN', addressedToCustomsAndTax), false],
    ['the zone platform', caller('PLATFORM'), event('assistanceRequestAddressed', 'SHAOGUAN', addressedToCustomsAndTax), false],
    ['a bank', caller('BANK'), event('assistanceRequestAddressed', 'SHAOGUAN', addressedToCustomsAndTax), false],
    ['an officer with no department', caller('OFFICER'), event('assistanceRequestAddressed', 'SHAOGUAN', addressedToCustomsAndTax), false],
    // assistanceRequestUpdated: the requesting department, and regulators.
    ['the requesting department\'s officer', officer('forex', 'SHAOGUAN'), event('assistanceRequestUpdated', 'SHAOGUAN', addressedToCustomsAndTax), true],
    ['an addressed department (it acted itself)', officer('customs'), event('assistanceRequestUpdated', 'SHAOGUAN', addressedToCustomsAndTax), false],
    ['a regulator, of a request update', caller('REGULATOR'), event('assistanceRequestUpdated', 'SHAOGUAN', addressedToCustomsAndTax), true],
    // jointMeasureChanged: everyone but banks, in their zone.
    ['the zone platform, of a measure', caller('PLATFORM', { zone: 'SHAOGUAN' }), event('jointMeasureChanged'), true],
    ['any department\'s officer of the zone', officer('post', 'SHAOGUAN'), event('jointMeasureChanged'), true],
    ['an officer of another zone', officer('post', 'CHAOZHOU'), event('jointMeasureChanged'), false],
    ['a bank, of a measure', caller('BANK'), event('jointMeasureChanged'), false],
    ['a zone-bound officer, of a subject without a zone', officer('customs', 'SHAOGUAN'), event('jointMeasureChanged', null), false],
    ['a province-wide officer, of a subject without a zone', officer('customs'), event('jointMeasureChanged', null), true],
    // watchFlagRaised: officers, systems and regulators only.
    ['a forex officer of the zone, of a flag', officer('forex', 'SHAOGUAN'), event('watchFlagRaised'), true],
    ['the customs system, of a flag', system('customs'), event('watchFlagRaised'), true],
    ['a regulator, of a flag', caller('REGULATOR'), event('watchFlagRaised'), true],
    ['the zone platform, of a flag', caller('PLATFORM'), event('watchFlagRaised'), false],
    ['a bank, of a flag', caller('BANK'), event('watchFlagRaised'), false],
    ['an officer of another zone, of a flag', officer('forex', 'HEYUAN'), event('watchFlagRaised'), false],
  ])('%s: %s', (_name, who, what, expected) => {
    expect(mayReceive(who, what)).toBe(expected);
  });
});

describe('presentEvent', () => {
  const personFlag = event('watchFlagRaised', 'SHAOGUAN', { subjectKind: 'PERSON', subjectKey: 'f'.repeat(64), caseReference: 'C-1' });

  it('hides a person\'s keyed ID hash from callers without identity:match', () => {
    expect(presentEvent(officer('forex'), personFlag)).toMatchObject({ subjectKind: 'PERSON', subjectKey: null, caseReference: 'C-1', eventId: 'x:1' });
  });

  it('shows it to a department system holding identity:match', () => {
    expect(presentEvent(caller('SYSTEM', { department: 'customs', scopes: ['identity:match'] }), personFlag)).toMatchObject({ subjectKey: 'f'.repeat(64) });
  });

  it('shows an enterprise\'s USCC to everyone who receives the flag', () => {
    const enterprise = event('watchFlagRaised', 'SHAOGUAN', { subjectKind: 'ENTERPRISE', subjectKey: '91440200MA4ALERT1X' });
    expect(presentEvent(officer('forex'), enterprise)).toMatchObject({ subjectKey: '91440200MA4ALERT1X', occurredAt: '2026-12-01T00:00:00.000Z' });
  });
});
