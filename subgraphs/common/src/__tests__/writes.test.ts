import Decimal from 'decimal.js';
import { GraphQLError } from 'graphql';
import type { Caller } from '../caller';
import { InputProblems, assertMayWrite, assertMayWriteInZone, businessLockKey, canonicalJson, queueByBusinessKey, contentHash, writeOutcome } from '../writes';

const caller = (over: Partial<Caller>): Caller => ({ organisation: 'X', role: 'PLATFORM', zone: null, department: null, scopes: [], ...over });

describe('idempotent writes by business key', () => {
  it('gives equal content the same hash whatever the key order, date or decimal representation', () => {
    const a = { b: new Decimal('1.50'), a: new Date('2026-01-01T00:00:00Z'), items: [{ y: 1, x: 2 }] };
    const b = { items: [{ x: 2, y: 1 }], a: new Date('2026-01-01T00:00:00.000Z'), b: new Decimal('1.5') };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash({ ...a, b: new Decimal('1.51') })).not.toBe(contentHash(a));
  });

  it.each([
    [null, 'h1', 'CREATED'],
    [undefined, 'h1', 'CREATED'],
    ['h1', 'h1', 'UNCHANGED'],
    ['h1', 'h2', 'CHANGED'],
  ])('existing %s, new %s -> %s', (existing, next, outcome) => {
    expect(writeOutcome(existing, next)).toBe(outcome);
  });
});

describe('input problems', () => {
  it('reports every wrong field in one BAD_USER_INPUT error', () => {
    const problems = new InputProblems().check('a', 'x', () => 'is bad').check('b', 'y', () => null).add('c', 'is missing');
    expect(problems.count).toBe(2);
    try {
      problems.throwIfAny();
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'a', reason: 'is bad' }, { field: 'c', reason: 'is missing' }] });
    }
  });
});

describe('who may write a department', () => {
  it.each([
    [caller({ role: 'PLATFORM' }), 'commerce', true],
    [caller({ role: 'OFFICER', department: 'customs' }), 'customs', true],
    [caller({ role: 'SYSTEM', department: 'customs' }), 'customs', true],
    [caller({ role: 'OFFICER', department: 'tax' }), 'customs', false],
    [caller({ role: 'REGULATOR' }), 'commerce', false],
    [caller({ role: 'BANK' }), 'forex', false],
    [null, 'commerce', false],
  ] as const)('%o writing %s: %s', (who, department, allowed) => {
    if (allowed) expect(assertMayWrite(who, department).role).toBe(who!.role);
    else expect(() => assertMayWrite(who, department)).toThrow(/may not write|Only identified/);
  });
});

describe('who may write a subject of a zone', () => {
  it.each([
    [caller({ role: 'PLATFORM' }), 'commerce', 'HEYUAN', null],
    [caller({ role: 'PLATFORM', zone: 'HEYUAN' }), 'commerce', 'HEYUAN', null],
    [caller({ role: 'PLATFORM', zone: 'SHAOGUAN' }), 'commerce', 'HEYUAN', 'A caller of zone SHAOGUAN may not write commerce data of zone HEYUAN'],
    [caller({ role: 'OFFICER', department: 'customs', zone: 'HEYUAN' }), 'customs', 'HEYUAN', null],
    [caller({ role: 'OFFICER', department: 'customs', zone: 'SHAOGUAN' }), 'customs', 'HEYUAN', 'A caller of zone SHAOGUAN may not write customs data of zone HEYUAN'],
    [caller({ role: 'OFFICER', department: 'customs' }), 'customs', 'HEYUAN', null],
    [caller({ role: 'OFFICER', department: 'tax', zone: 'HEYUAN' }), 'customs', 'HEYUAN', 'A OFFICER of tax may not write customs data'],
    [caller({ role: 'SYSTEM', department: 'public-security' }), 'public-security', 'YUNFU', null],
  ] as const)('%o writing %s of %s', (who, department, zone, refusal) => {
    if (refusal === null) expect(assertMayWriteInZone(who, department, zone).organisation).toBe('X');
    else expect(() => assertMayWriteInZone(who, department, zone)).toThrow(refusal);
  });

  it('refuses with FORBIDDEN', () => {
    expect(() => assertMayWriteInZone(caller({ role: 'OFFICER', department: 'post', zone: 'SHAOGUAN' }), 'post', 'HEYUAN'))
      .toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });
});

describe('business-key locks', () => {
  it.each([
    [['commerce.order', ['A', 'B']], ['commerce.order', ['A', 'B']], true],
    [['commerce.order', ['A', 'B']], ['forex.payment', ['A', 'B']], false],
    [['commerce.order', ['A/B', 'C']], ['commerce.order', ['A', 'B/C']], false],
  ] as const)('%j and %j share a lock: %s', ([typeA, partsA], [typeB, partsB], same) => {
    expect(businessLockKey(typeA, partsA) === businessLockKey(typeB, partsB)).toBe(same);
  });
});

describe('writers of one business key queue in the process', () => {
  it('runs writers of one key one after another, of other keys meanwhile, and goes on after a failure', async () => {
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = queueByBusinessKey('t', ['A'], async () => {
      log.push('A1 start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      log.push('A1 end');
      throw new Error('A1 failed');
    });
    const second = queueByBusinessKey('t', ['A'], async () => {
      log.push('A2');
      return 2;
    });
    const other = queueByBusinessKey('t', ['B'], async () => {
      log.push('B');
      return 'b';
    });
    await expect(other).resolves.toBe('b');
    expect(log).toEqual(['A1 start', 'B']);
    releaseFirst();
    await expect(first).rejects.toThrow('A1 failed');
    await expect(second).resolves.toBe(2);
    expect(log).toEqual(['A1 start', 'B', 'A1 end', 'A2']);
  });
});
