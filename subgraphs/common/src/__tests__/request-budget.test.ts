import { callBudgetMs, requestBudgetOf, withDeadline, type FederatedApi, type FederatedRequestOptions } from '../federated-api';
import { isConnectionFailure } from '../keep-alive';

describe('requestBudgetOf (x-request-budget-ms)', () => {
  it.each([
    ['2500', 2500],
    [' 10000 ', 10000],
    ['0', 0],
    ['3600000', 3600000],
    ['3600001', null],
    ['-1', null],
    ['1.5', null],
    ['1e4', null],
    ['', null],
    [undefined, null],
    [null, null],
  ])('%p → %p', (header, expected) => {
    expect(requestBudgetOf(header)).toBe(expected);
  });
});

describe('callBudgetMs: a call uses its own timeout, shortened to the time its request has left', () => {
  it.each([
    ['no deadline', 10000, null, 0, 10000],
    ['a deadline further than the timeout', 10000, 60000, 0, 10000],
    ['a deadline nearer than the timeout', 10000, 3000, 1000, 2000],
    ['a deadline just reached', 10000, 5000, 5000, 0],
    ['a deadline passed', 10000, 5000, 6000, -1000],
  ])('%s', (_name, timeoutMs, deadline, now, expected) => {
    expect(callBudgetMs(timeoutMs, deadline, now)).toBe(expected);
  });
});

describe('withDeadline', () => {
  it("passes the request's deadline to every call unless the call states its own", async () => {
    const seen: (FederatedRequestOptions | undefined)[] = [];
    const api: FederatedApi = { request: async (_q, _v, options) => (seen.push(options), { data: null, errors: [] }) };
    const bound = withDeadline(api, 5000);
    await bound.request('{ a }');
    await bound.request('{ a }', {}, { purpose: 'x' });
    await bound.request('{ a }', {}, { deadline: 4000 });
    expect(seen).toEqual([{ deadline: 5000 }, { purpose: 'x', deadline: 5000 }, { deadline: 4000 }]);
    expect(withDeadline(api, null)).toBe(api);
  });
});

describe('isConnectionFailure', () => {
  const withCode = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(code), { code }) });
  it.each([
    ['ECONNREFUSED', true],
    ['ECONNRESET', true],
    ['EPIPE', true],
    ['UND_ERR_SOCKET', true],
    ['ENOTFOUND', false],
    ['UND_ERR_HEADERS_TIMEOUT', false],
  ])('a fetch failing with %s → %p', (code, expected) => {
    expect(isConnectionFailure(withCode(code))).toBe(expected);
  });
  it('is false for a timeout and for a plain error', () => {
    expect(isConnectionFailure(new DOMException('timeout', 'TimeoutError'))).toBe(false);
    expect(isConnectionFailure(new Error('boom'))).toBe(false);
  });
});
