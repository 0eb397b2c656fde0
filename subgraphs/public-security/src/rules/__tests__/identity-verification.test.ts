import { hashIdNumber } from '@zone/common';
import { normaliseName, serialNumber, verifyIdentity } from '../identity-verification';

const key = 'test-key';
// A valid GB 11643-1999 number (check digit 1), used only as a registry key here.
const idNumber = '110101199003070011';
const nameHash = (name: string) => hashIdNumber(normaliseName(name), key);

describe('identity verification against the resident registry', () => {
  const registered = nameHash('张三');

  it.each([
    ['the registered name', registered, nameHash('张三'), 'MATCH'],
    ['the registered name with a trailing space', registered, nameHash('张三 '), 'MATCH'],
    ['the registered name with an ideographic space', registered, nameHash('　张三　'), 'MATCH'],
    ['another name', registered, nameHash('李四'), 'MISMATCH'],
    ['a name hashed under another key', registered, hashIdNumber('张三', 'other-key'), 'MISMATCH'],
    ['an ID number not in the registry', null, nameHash('张三'), 'NO_RECORD'],
  ])('answers %s with %s', (_case, registry, presented, verdict) => {
    expect(verifyIdentity(registry, presented)).toBe(verdict);
  });

  it.each([
    ['presentedNameHash', registered, idNumber],
    ['presentedNameHash', null, idNumber],
    ['registryNameHash', idNumber, registered],
    ['presentedNameHash', registered, registered.toUpperCase()],
    ['presentedNameHash', registered, registered.slice(1)],
  ])('rejects a malformed %s without echoing it', (field, registry, presented) => {
    let message = '';
    try {
      verifyIdentity(registry, presented);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`${field} must be a keyed hash of 64 lower-case hex digits`);
    expect(message).not.toContain(idNumber);
  });

  it('never puts the ID number in a verdict or serial number', () => {
    const outputs = [verifyIdentity(hashIdNumber(idNumber, key), nameHash('张三')), serialNumber('GA', new Date('2026-11-27T02:00:00Z'), 123)];
    for (const output of outputs) expect(output).not.toContain(idNumber.slice(-6));
  });
});

describe('name normalisation before hashing', () => {
  it.each([
    ['张三', '张三'],
    ['张三 ', '张三'],
    [' 张三', '张三'],
    ['张三\t\n', '张三'],
    ['张三　', '张三'], // ideographic (full-width) space U+3000
    ['　张三　', '张三'],
    ['买买提·艾力', '买买提·艾力'],
    ['ＪＯＨＮ　ＳＭＩＴＨ', 'JOHN SMITH'], // full-width Latin letters and space
    ['John   Smith', 'John Smith'],
    ['John \t Smith', 'John Smith'],
    ['john smith', 'john smith'], // case is left alone
    ['Ｊｏｈｎ', 'John'],
    ['', ''],
    ['   ', ''],
  ])('%j becomes %j', (raw, normalised) => {
    expect(normaliseName(raw)).toBe(normalised);
  });

  it('makes "张三 ", "张三" and the full-width forms hash alike', () => {
    const forms = ['张三', '张三 ', '张三　', '　张三', ' 张三　 '];
    expect(new Set(forms.map(normaliseName))).toEqual(new Set(['张三']));
    expect(new Set(forms.map(nameHash)).size).toBe(1);
  });

  it('leaves Chinese characters as they are', () => {
    for (const name of ['张三', '欧阳娜娜', '龘', '𠀀']) expect(normaliseName(name)).toBe(name);
  });
});

describe('serial number of an identity check', () => {
  it.each([
    ['GA', '2026-11-27T02:00:00Z', 123, 'GA20261127000123'],
    ['GA', '2026-11-27T02:00:00Z', 1, 'GA20261127000001'],
    ['GA', '2026-11-27T02:00:00Z', 999999, 'GA20261127999999'],
    ['GA', '2026-11-26T15:59:59.999Z', 7, 'GA20261126000007'], // 23:59:59.999 Beijing
    ['GA', '2026-11-26T16:00:00Z', 7, 'GA20261127000007'], // midnight Beijing, still the 26th in UTC
    ['GAJY', '2026-01-01T00:00:00+08:00', 42, 'GAJY20260101000042'],
  ])('%s, %s, #%d gives %s', (prefix, iso, sequence, expected) => {
    expect(serialNumber(prefix, new Date(iso), sequence)).toBe(expected);
  });

  it('fits the 32 characters the check table holds', () => {
    expect(serialNumber('ABCDEFGH', new Date('2026-11-27T02:00:00Z'), 999999).length).toBeLessThanOrEqual(32);
  });

  it.each<[string, string, number, string]>([
    ['ga', '2026-11-27T02:00:00Z', 1, 'prefix must be 1 to 8 upper-case letters'],
    ['', '2026-11-27T02:00:00Z', 1, 'prefix must be 1 to 8 upper-case letters'],
    ['ABCDEFGHI', '2026-11-27T02:00:00Z', 1, 'prefix must be 1 to 8 upper-case letters'],
    ['G1', '2026-11-27T02:00:00Z', 1, 'prefix must be 1 to 8 upper-case letters'],
    ['GA', 'nope', 1, 'checkedAt must be a valid date'],
    ['GA', '2026-11-27T02:00:00Z', 0, 'sequence must be a whole number from 1 to 999999'],
    ['GA', '2026-11-27T02:00:00Z', 1000000, 'sequence must be a whole number from 1 to 999999'],
    ['GA', '2026-11-27T02:00:00Z', 1.5, 'sequence must be a whole number from 1 to 999999'],
    ['GA', '2026-11-27T02:00:00Z', -1, 'sequence must be a whole number from 1 to 999999'],
  ])('rejects prefix %j, time %s, sequence %d', (prefix, iso, sequence, message) => {
    expect(() => serialNumber(prefix, new Date(iso), sequence)).toThrow(message);
  });
});
