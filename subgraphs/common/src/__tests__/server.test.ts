import { GraphQLError } from 'graphql';
import { maskUnexpectedError, withoutInputValues } from '../server';
import { DEPARTMENT_ERRORS, EXPECTED_ERROR_CODES, REQUEST_ERRORS, badUserInput, conflict, dependencyUnavailable, forbidden, notFound } from '../errors';
import { unauthenticated } from '../assertion';

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

describe('maskUnexpectedError: the declared error kinds', () => {
  const log = { error: jest.fn() } as unknown as Parameters<typeof maskUnexpectedError>[2];

  it.each([...DEPARTMENT_ERRORS, ...REQUEST_ERRORS].map((declared) => [declared.code]))('passes %s to the client as it is', (code) => {
    const error = new GraphQLError(`refused with ${code}`, { extensions: { code } });
    expect(maskUnexpectedError(error.toJSON(), error, log, 'customs')).toEqual({ message: `refused with ${code}`, extensions: { code } });
  });

  it('masks a code nobody declared', () => {
    const error = new GraphQLError('ledger row 17 locked', { extensions: { code: 'LEDGER_LOCKED' } });
    expect(maskUnexpectedError(error.toJSON(), error, log, 'customs')).toMatchObject({ message: 'Internal error in the customs service', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes the codes a server adds to the expected ones', () => {
    const error = new GraphQLError('over the limit', { extensions: { code: 'RATE_LIMITED' } });
    expect(maskUnexpectedError(error.toJSON(), error, log, 'gateway', new Set([...EXPECTED_ERROR_CODES, 'RATE_LIMITED'])).extensions).toEqual({ code: 'RATE_LIMITED' });
  });

  it('makes each department error with its declared code', () => {
    expect([badUserInput({ field: 'uscc', reason: 'too short' }), forbidden('no'), notFound('none'), conflict('clash'), dependencyUnavailable('later', 'gateway'), unauthenticated('who?')].map((e) => e.extensions.code)).toEqual(
      ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'DEPENDENCY_UNAVAILABLE', 'UNAUTHENTICATED'],
    );
  });
});
