import type { Caller } from '@zone/common';
import { NEGATIVE_LIST_TEXT_MAX, negativeListActProblems, negativeListRefusal } from '../negative-list';

function caller(overrides: Partial<Caller>): Caller {
  return { organisation: 'ORG', role: 'PLATFORM', zone: null, department: null, scopes: [], ...overrides };
}

describe('who keeps the negative list (joint punishment is an enforcement act of commerce)', () => {
  it.each<[string, Caller, boolean]>([
    ['the commerce system', caller({ role: 'SYSTEM', department: 'commerce' }), true],
    ['a commerce officer of the enterprise zone', caller({ role: 'OFFICER', department: 'commerce', zone: 'SHAOGUAN' }), true],
    ['a commerce officer of another zone', caller({ role: 'OFFICER', department: 'commerce', zone: 'HEYUAN' }), false],
    ['a customs officer of the zone', caller({ role: 'OFFICER', department: 'customs', zone: 'SHAOGUAN' }), false],
    ['the customs system', caller({ role: 'SYSTEM', department: 'customs' }), false],
    ['the zone platform', caller({ role: 'PLATFORM' }), false],
    ['a regulator', caller({ role: 'REGULATOR' }), false],
    ['a bank', caller({ role: 'BANK' }), false],
  ])('%s: may act = %s', (_name, who, allowed) => {
    expect(negativeListRefusal(who, 'SHAOGUAN') === null).toBe(allowed);
  });
});

describe('the text of a listing names its reason and legal basis', () => {
  const long = 'x'.repeat(NEGATIVE_LIST_TEXT_MAX);
  it.each<[string, { reason?: string; legalBasis?: string }, string[]]>([
    ['both present', { reason: 'non-genuine trade', legalBasis: '粤府函〔2022〕58号' }, []],
    ['reason of exactly the maximum length', { reason: long, legalBasis: 'basis' }, []],
    ['reason one character too long', { reason: `${long}x`, legalBasis: 'basis' }, ['reason']],
    ['blank reason', { reason: '   ', legalBasis: 'basis' }, ['reason']],
    ['both missing', {}, ['reason', 'legalBasis']],
  ])('%s', (_name, act, fields) => {
    expect(negativeListActProblems(act, ['reason', 'legalBasis']).map((p) => p.field)).toEqual(fields);
  });
});
