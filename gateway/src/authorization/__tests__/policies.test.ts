import type { CallerRole, Department } from '@zone/common';
import { POLICIES, isPolicyName, type PolicyName } from '../policies';
import { caller } from './fixture';

type Row = [CallerRole, Department | null, boolean];

/** Each policy restates a department's rule; the rows are the roles at the edges of that rule. */
const TABLE: Record<PolicyName, { field: Department; rows: Row[] }> = {
  // common/writes.ts assertMayWrite, commerce rules/negative-list.ts: officers and systems of the department.
  own_department: {
    field: 'post',
    rows: [
      ['OFFICER', 'post', true],
      ['SYSTEM', 'post', true],
      ['OFFICER', 'customs', false],
      ['SYSTEM', 'customs', false],
      ['PLATFORM', null, false],
      ['REGULATOR', null, false],
      ['BANK', null, false],
    ],
  },
  zone_platform: {
    field: 'commerce',
    rows: [
      ['PLATFORM', null, true],
      ['OFFICER', 'commerce', false],
      ['SYSTEM', 'commerce', false],
      ['REGULATOR', null, false],
      ['BANK', null, false],
    ],
  },
  // commerce writes/assistance.ts departmentCaller: officers and systems of every department.
  any_department: {
    field: 'commerce',
    rows: [
      ['OFFICER', 'customs', true],
      ['SYSTEM', 'forex', true],
      ['OFFICER', 'commerce', true],
      ['PLATFORM', null, false],
      ['REGULATOR', null, false],
      ['BANK', null, false],
    ],
  },
  // public-security rules/may-verify-identity.ts: any department's system.
  department_system: {
    field: 'public-security',
    rows: [
      ['SYSTEM', 'customs', true],
      ['SYSTEM', 'public-security', true],
      ['OFFICER', 'customs', false],
      ['PLATFORM', null, false],
      ['BANK', null, false],
    ],
  },
  // common/errors.ts assertMayLookUp: a bank reads lists, waybills, tax bills and checks only through its orders.
  looks_up_by_number: {
    field: 'customs',
    rows: [
      ['BANK', null, false],
      ['PLATFORM', null, true],
      ['REGULATOR', null, true],
      ['OFFICER', 'customs', true],
      ['SYSTEM', 'tax', true],
    ],
  },
};

describe('authorization policies', () => {
  for (const [name, { field, rows }] of Object.entries(TABLE) as [PolicyName, (typeof TABLE)[PolicyName]][]) {
    it.each(rows)(`${name} on a ${field} field: %s of %s -> %s`, (role, department, allowed) => {
      const zone = role === 'OFFICER' ? 'JIEYANG' : null;
      expect(POLICIES[name].allows(caller({ role, department, zone }), { coordinate: `Mutation.x`, department: field })).toBe(allowed);
    });
  }

  it('own_department allows nobody on a field no single department resolves', () => {
    expect(POLICIES.own_department.allows(caller({ role: 'SYSTEM', department: 'commerce' }), { coordinate: 'Order.no', department: null })).toBe(false);
  });

  it('knows exactly the policies in its table', () => {
    expect(Object.keys(POLICIES).sort()).toEqual(Object.keys(TABLE).sort());
    expect(isPolicyName('own_department')).toBe(true);
    expect(isPolicyName('toString')).toBe(false);
  });

  it('describes each policy in words for the refusal', () => {
    expect(POLICIES.own_department.describe({ coordinate: 'Mutation.submitWaybill', department: 'post' })).toBe('an officer or system of post');
    expect(POLICIES.looks_up_by_number.describe({ coordinate: 'Query.waybill', department: 'post' })).toContain('waybills');
  });
});
