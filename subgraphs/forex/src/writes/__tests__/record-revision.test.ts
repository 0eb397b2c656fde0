import type { Caller } from '@zone/common';
import type { ForexContext } from '../../context';
import { planRevision } from '../record-revision';
import { registerInFxDirectory } from '../register-in-fx-directory';
import { submitOverseasWarehouseSettlement } from '../submit-overseas-warehouse-settlement';

describe('revisions of directory registrations and overseas-warehouse settlements', () => {
  it.each([
    ['a first submission', null, 'h1', { outcome: 'CREATED', revision: 1 }],
    ['the same content again', { contentHash: 'h1', revision: 3 }, 'h1', { outcome: 'UNCHANGED', revision: 3 }],
    ['new content', { contentHash: 'h1', revision: 3 }, 'h2', { outcome: 'CHANGED', revision: 4 }],
  ] as const)('%s', (_case, current, hash, expected) => {
    expect(planRevision(current, hash)).toEqual(expected);
  });
});

/** A context whose database and federated API would fail any use: these callers are refused before. */
const context = (caller: Caller) => ({ caller, prisma: {}, federated: {}, clock: () => new Date('2026-03-01T08:00:00.000Z') }) as unknown as ForexContext;
const caller = (role: Caller['role'], department: Caller['department'] = null): Caller => ({ organisation: 'ORG', role, zone: null, department, scopes: [] });

describe('who may write forex records', () => {
  const registration = { uscc: 'X', registeredAt: new Date('2026-02-01T00:00:00Z'), registeredBy: '国家外汇管理局韶关市中心支局' };
  it.each([
    ['the zone platform', caller('PLATFORM')],
    ['a bank', caller('BANK')],
    ['a regulator', caller('REGULATOR')],
    ['an officer of commerce', caller('OFFICER', 'commerce')],
    ['the customs system', caller('SYSTEM', 'customs')],
  ])('refuses %s a directory registration', async (_case, who) => {
    await expect(registerInFxDirectory(context(who), registration)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  const settlement = { ebcCode: 'X', period: '2026-01', currency: 'USD', declaredExportValue: '1.00', grossSalesRevenue: '1.00', costs: [] };
  it.each([
    ['a bank', caller('BANK')],
    ['a regulator', caller('REGULATOR')],
    ['an officer of tax', caller('OFFICER', 'tax')],
  ])('refuses %s an overseas-warehouse settlement', async (_case, who) => {
    await expect(submitOverseasWarehouseSettlement(context(who), settlement)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});
