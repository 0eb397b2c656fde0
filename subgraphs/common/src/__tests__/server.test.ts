import { GraphQLError } from 'graphql';
import { maskUnexpectedError, withoutInputValues } from '../server';

describe('error messages never echo input values', () => {
  it.each([
    [
      'Variable "$input" got invalid value "440305199003071233" at "input.buyer.idNumber"; Invalid IdNumber: check digit does not match',
      'Variable "$input" got an invalid value at "input.buyer.idNumber"; Invalid IdNumber: check digit does not match',
    ],
    [
      'Variable "$id" got invalid value "440305199003071233"; Invalid IdNumber: check digit does not match',
      'Variable "$id" got an invalid value; Invalid IdNumber: check digit does not match',
    ],
    [
      'Variable "$input" got invalid value { name: "张三", idNumber: "1" } at "input"; Field "phone" of required type "String!" was not provided.',
      'Variable "$input" got an invalid value at "input"; Field "phone" of required type "String!" was not provided.',
    ],
    ['Invalid input. uscc: must be 18 characters, got 3', 'Invalid input. uscc: must be 18 characters, got 3'],
  ])('%s', (message, expected) => {
    expect(withoutInputValues(message)).toBe(expected);
    expect(withoutInputValues(message)).not.toContain('440305199003071233');
  });
});

describe('maskUnexpectedError: what a client learns of an error', () => {
  const log = { error: jest.fn() } as unknown as Parameters<typeof maskUnexpectedError>[2];
  const format = (error: GraphQLError) => maskUnexpectedError(error.toJSON(), error, log, 'gateway');

  it('keeps a 4xx refusal raised without a code as BAD_REQUEST, in its own words', () => {
    const refusal = new GraphQLError('Unsupported persisted query version', { extensions: { http: { status: 400, headers: new Map() } } });
    expect(format(refusal)).toEqual({ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } });
  });

  it('masks an error without a code or a client status', () => {
    expect(format(new GraphQLError('relation "commerce"."order" does not exist'))).toMatchObject({ message: 'Internal error in the gateway service', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(format(new GraphQLError('pool exhausted', { extensions: { http: { status: 503 } } }))).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
