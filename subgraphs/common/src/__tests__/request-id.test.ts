import { MAX_REQUEST_ID_LENGTH, acceptedRequestId } from '../request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('acceptedRequestId', () => {
  it.each([
    ['a UUID', '0d6f7a8e-3c1b-4b7e-9a52-1f0c2d3e4f5a'],
    ['letters, digits, dot, underscore, colon and hyphen', 'trace:abc_DEF.123-x'],
    ['exactly 128 characters', 'a'.repeat(MAX_REQUEST_ID_LENGTH)],
    ['one character', '7'],
  ])('keeps %s as sent', (_name, inbound) => {
    expect(acceptedRequestId(inbound)).toBe(inbound);
  });

  it.each<[string, string | string[] | undefined | null]>([
    ['129 characters', 'a'.repeat(MAX_REQUEST_ID_LENGTH + 1)],
    ['7,000 characters', 'x'.repeat(7000)],
    ['an empty header', ''],
    ['a space', 'abc def'],
    ['a slash', 'a/b'],
    ['a NUL character', 'a\u0000b'],
    ['a newline', 'a\nb'],
    ['a non-ASCII letter', '订单1'],
    ['several headers', ['a', 'b']],
    ['no header', undefined],
    ['null', null],
  ])('replaces %s with a fresh UUID', (_name, inbound) => {
    const id = acceptedRequestId(inbound);
    expect(id).toMatch(UUID);
    expect(acceptedRequestId(inbound)).not.toBe(id);
  });
});
