import { createHash, createHmac } from 'node:crypto';
import { GENESIS_HASH, digestVariables, entryHash, operationHash, type SequencedAuditRecord } from '../hash';

const sm3 = (text: string) => createHash('sm3').update(text, 'utf8').digest('hex');

const entry: SequencedAuditRecord = {
  seq: 1n,
  at: new Date('2026-11-27T08:00:00.123Z'),
  requestId: 'req-1',
  organisation: '91440200MA4UX0000X',
  role: 'BANK',
  zone: 'SHAOGUAN',
  purpose: null,
  operationName: 'OrderPayment',
  operationHash: 'a'.repeat(64),
  variablesDigest: 'b'.repeat(64),
  fields: ['Order.payment', 'Payment.amountPaid', 'Query.order'],
  personalData: false,
  // As in entries written before the column existed.
  unmasked: null,
  outcome: 'OK',
  durationMs: 12,
};

describe('operationHash', () => {
  it('is SM3 of the document text (GB/T 32905-2016 example 1: "abc")', () => {
    expect(operationHash('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('tells documents apart that differ only in spacing: it records the text as received', () => {
    expect(operationHash('{ zones { code } }')).not.toBe(operationHash('{zones{code}}'));
  });
});

describe('digestVariables', () => {
  it.each([
    ['key order does not matter', { b: 1, a: { d: 2, c: 3 } }, { a: { c: 3, d: 2 }, b: 1 }],
    ['absent variables are the empty object', undefined, {}],
    ['null variables are the empty object', null, {}],
  ])('%s', (_name, left, right) => {
    expect(digestVariables(left)).toBe(digestVariables(right));
  });

  it.each([
    ['another value', { orderNo: 'A1' }, { orderNo: 'A2' }],
    ['a string and a number', { n: '1' }, { n: 1 }],
    ['array order', { ids: [1, 2] }, { ids: [2, 1] }],
  ])('differs for %s', (_name, left, right) => {
    expect(digestVariables(left)).not.toBe(digestVariables(right));
  });

  it('is SM3 of the canonical JSON, and never holds the values', () => {
    const variables = { name: '张三', idNumber: '440305199003071236' };
    const digest = digestVariables(variables);
    expect(digest).toBe(sm3('{"idNumber":"440305199003071236","name":"张三"}'));
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is HMAC-SM3 under a key when one is given, so guessed values cannot be confirmed without it', () => {
    const variables = { idNumber: '440305199003071236' };
    const keyed = digestVariables(variables, 'audit-key');
    expect(keyed).toBe(createHmac('sm3', 'audit-key').update('{"idNumber":"440305199003071236"}', 'utf8').digest('hex'));
    expect(keyed).not.toBe(digestVariables(variables));
    expect(keyed).not.toBe(digestVariables(variables, 'another-key'));
  });
});

describe('entryHash', () => {
  it('is SM3(prev_hash || canonical JSON of the other columns): keys sorted, seq a string, at ISO 8601 with milliseconds', () => {
    const json =
      '{"at":"2026-11-27T08:00:00.123Z","durationMs":12,"fields":["Order.payment","Payment.amountPaid","Query.order"],' +
      `"operationHash":"${'a'.repeat(64)}","operationName":"OrderPayment","organisation":"91440200MA4UX0000X","outcome":"OK",` +
      `"personalData":false,"purpose":null,"requestId":"req-1","role":"BANK","seq":"1","variablesDigest":"${'b'.repeat(64)}","zone":"SHAOGUAN"}`;
    expect(entryHash(GENESIS_HASH, entry)).toBe(sm3(GENESIS_HASH + json));
  });

  it('covers unmasked once it is set: the key joins the JSON in its sorted place', () => {
    const json =
      '{"at":"2026-11-27T08:00:00.123Z","durationMs":12,"fields":["Order.payment","Payment.amountPaid","Query.order"],' +
      `"operationHash":"${'a'.repeat(64)}","operationName":"OrderPayment","organisation":"91440200MA4UX0000X","outcome":"OK",` +
      `"personalData":false,"purpose":null,"requestId":"req-1","role":"BANK","seq":"1","unmasked":true,"variablesDigest":"${'b'.repeat(64)}","zone":"SHAOGUAN"}`;
    expect(entryHash(GENESIS_HASH, { ...entry, unmasked: true })).toBe(sm3(GENESIS_HASH + json));
    expect(entryHash(GENESIS_HASH, { ...entry, unmasked: false })).not.toBe(entryHash(GENESIS_HASH, entry));
  });

  it('covers count once it is set, and leaves entries older than the column as they were hashed', () => {
    const json =
      '{"at":"2026-11-27T08:00:00.123Z","count":37,"durationMs":12,"fields":["Order.payment","Payment.amountPaid","Query.order"],' +
      `"operationHash":"${'a'.repeat(64)}","operationName":"OrderPayment","organisation":"91440200MA4UX0000X","outcome":"OK",` +
      `"personalData":false,"purpose":null,"requestId":"req-1","role":"BANK","seq":"1","variablesDigest":"${'b'.repeat(64)}","zone":"SHAOGUAN"}`;
    expect(entryHash(GENESIS_HASH, { ...entry, count: 37 })).toBe(sm3(GENESIS_HASH + json));
    expect(entryHash(GENESIS_HASH, { ...entry, count: null })).toBe(entryHash(GENESIS_HASH, entry));
    expect(entryHash(GENESIS_HASH, { ...entry, count: 1 })).not.toBe(entryHash(GENESIS_HASH, entry));
  });

  it('starts the chain from 64 zeros', () => {
    expect(GENESIS_HASH).toBe('0'.repeat(64));
  });

  it.each<[string, Partial<SequencedAuditRecord>]>([
    ['seq', { seq: 2n }],
    ['at', { at: new Date('2026-11-27T08:00:00.124Z') }],
    ['requestId', { requestId: 'req-2' }],
    ['organisation', { organisation: 'GD-COMMERCE-DEPT' }],
    ['role', { role: 'REGULATOR' }],
    ['zone', { zone: null }],
    ['purpose', { purpose: 'settlement check' }],
    ['operationName', { operationName: null }],
    ['operationHash', { operationHash: 'c'.repeat(64) }],
    ['variablesDigest', { variablesDigest: 'd'.repeat(64) }],
    ['fields', { fields: ['Order.payment', 'Query.order'] }],
    ['personalData', { personalData: true }],
    ['unmasked', { unmasked: true }],
    ['count', { count: 2 }],
    ['outcome', { outcome: 'DENIED' }],
    ['durationMs', { durationMs: 13 }],
  ])('changes when %s changes', (_column, change) => {
    expect(entryHash(GENESIS_HASH, { ...entry, ...change })).not.toBe(entryHash(GENESIS_HASH, entry));
  });

  it('changes with the previous entry hash: each entry seals its predecessor', () => {
    expect(entryHash('1'.repeat(64), entry)).not.toBe(entryHash(GENESIS_HASH, entry));
  });

  it('ignores properties that are not columns of the entry', () => {
    const row = { ...entry, prevHash: GENESIS_HASH, hash: 'e'.repeat(64), extra: 'x' };
    expect(entryHash(GENESIS_HASH, row)).toBe(entryHash(GENESIS_HASH, entry));
  });
});
