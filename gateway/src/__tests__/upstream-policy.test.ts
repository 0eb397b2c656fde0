import { GraphQLError } from 'graphql';
import { CallerDeadlineError, inboundDeadline, isDepartmentFailure, mayRetry, operationTypeOf } from '../upstream-policy';

const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4005'), { code: 'ECONNREFUSED' }) });
const reset = new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
const closed = new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
const timedOut = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
const httpError = (status: number) => new GraphQLError(`${status}`, { extensions: { response: { status, body: {} } } });

describe('operationTypeOf', () => {
  it.each([
    ['query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }', 'query'],
    ['mutation { submitOrder(input: {}) { status } }', 'mutation'],
    ['  \n mutation M { a }', 'mutation'],
    ['{ zones { code } }', 'query'],
    ['# comment\nmutation { a }', 'mutation'],
    ['subscription { a }', 'subscription'],
    ['queryish', 'query'],
  ])('%j is a %s', (document, type) => {
    expect(operationTypeOf(document)).toBe(type);
  });
});

describe('mayRetry: one retry of a query when the connection was refused, reset or closed, never after a timeout or of a mutation', () => {
  it.each([
    ['query', refused, true],
    ['query', reset, true],
    ['query', closed, true],
    ['query', timedOut, false],
    ['query', httpError(502), false],
    ['query', new Error('Unexpected token < in JSON'), false],
    ['mutation', refused, false],
    ['mutation', reset, false],
    ['subscription', reset, false],
  ] as const)('%s after %p → %p', (operation, error, expected) => {
    expect(mayRetry(operation, error)).toBe(expected);
  });
});

describe("isDepartmentFailure: what counts against a department's circuit", () => {
  it.each([
    ['unreachable', refused, true],
    ['connection reset', reset, true],
    ['its own timeout', timedOut, true],
    ['HTTP 500', httpError(500), true],
    ['HTTP 503', httpError(503), true],
    ['an answered refusal (HTTP 400)', httpError(400), false],
    ['an answered refusal (HTTP 401)', httpError(401), false],
    ["the caller's spent deadline", new CallerDeadlineError('no time left'), false],
  ])('%s → %p', (_name, error, expected) => {
    expect(isDepartmentFailure(error)).toBe(expected);
  });
});

describe('inboundDeadline: a department SYSTEM caller may shorten the gateway\'s calls, nobody else', () => {
  const now = 1_000_000;
  it.each([
    ['SYSTEM with 2500 ms', 'SYSTEM', '2500', now + 2500],
    ['SYSTEM with 0 ms (no time left)', 'SYSTEM', '0', now],
    ['SYSTEM without the header', 'SYSTEM', undefined, null],
    ['SYSTEM with a malformed header', 'SYSTEM', '12abc', null],
    ['SYSTEM with a negative budget', 'SYSTEM', '-5', null],
    ['SYSTEM with a budget over an hour', 'SYSTEM', '3600001', null],
    ['PLATFORM', 'PLATFORM', '2500', null],
    ['BANK', 'BANK', '100', null],
  ] as const)('%s → %p', (_name, role, header, expected) => {
    expect(inboundDeadline({ role }, header, now)).toBe(expected);
  });

  it('has no deadline for an unauthenticated caller', () => {
    expect(inboundDeadline(null, '100', now)).toBeNull();
  });
});
