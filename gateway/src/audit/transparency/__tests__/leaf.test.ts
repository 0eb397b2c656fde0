import { createHash } from 'node:crypto';
import type { SequencedAuditRecord } from '../../hash';
import { entryLeafHash, leafInput } from '../leaf';

const entry: SequencedAuditRecord = {
  seq: 42n,
  at: new Date('2026-12-03T08:00:00.120Z'),
  requestId: 'req-42',
  organisation: '91440300MA5FXXXX0X',
  role: 'BANK',
  zone: null,
  purpose: '结汇核验',
  operationName: 'BankSettlementCheck',
  operationHash: 'a'.repeat(64),
  variablesDigest: 'b'.repeat(64),
  fields: ['Query.order', 'Order.payment'],
  personalData: false,
  unmasked: false,
  outcome: 'OK',
  durationMs: 7,
  count: 1,
};

describe("an entry's leaf", () => {
  it('is the UTF-8 of the canonical JSON of its content: sorted keys, seq as a string, no whitespace, no link to the entry before', () => {
    const expected =
      '{"at":"2026-12-03T08:00:00.120Z","count":1,"durationMs":7,"fields":["Query.order","Order.payment"],"operationHash":"' +
      'a'.repeat(64) +
      '","operationName":"BankSettlementCheck","organisation":"91440300MA5FXXXX0X","outcome":"OK","personalData":false,"purpose":"结汇核验",' +
      '"requestId":"req-42","role":"BANK","seq":"42","unmasked":false,"variablesDigest":"' +
      'b'.repeat(64) +
      '","zone":null}';
    expect(leafInput(entry).toString('utf8')).toBe(expected);
    expect(leafInput(entry).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(entryLeafHash(entry)).toEqual(createHash('sm3').update(Buffer.concat([Buffer.from([0]), Buffer.from(expected, 'utf8')])).digest());
  });

  it('leaves out unmasked and count where they are null (entries older than those columns), so their content is unchanged', () => {
    const json = leafInput({ ...entry, unmasked: null, count: null }).toString('utf8');
    expect(json).not.toContain('unmasked');
    expect(json).not.toContain('count');
  });

  it('changes with any column', () => {
    expect(entryLeafHash({ ...entry, durationMs: 8 })).not.toEqual(entryLeafHash(entry));
    expect(entryLeafHash({ ...entry, seq: 43n })).not.toEqual(entryLeafHash(entry));
  });
});
