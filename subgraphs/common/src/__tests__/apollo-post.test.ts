import type http from 'node:http';
import { headerOf, isGraphqlPath } from '../apollo-post';

describe('isGraphqlPath: which requests a department serves without Express', () => {
  it.each([
    ['/graphql', true],
    ['/graphql?operationName=Order', true],
    ['/graphql/', false],
    ['/graphql/extra', false],
    ['/GraphQL', false],
    ['/graphqlx', false],
    ['/health', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isGraphqlPath(url)).toBe(expected);
  });
});

describe('headerOf: a request header as one string', () => {
  const request = (headers: http.IncomingHttpHeaders) => ({ headers }) as http.IncomingMessage;
  it.each([
    [{ 'x-zone-assertion': 'abc' }, 'abc'],
    [{ 'set-cookie': ['a=1', 'b=2'] }, 'a=1, b=2'],
    [{}, undefined],
  ] as [http.IncomingHttpHeaders, string | undefined][])('%j', (headers, expected) => {
    const name = Object.keys(headers)[0] ?? 'x-zone-assertion';
    expect(headerOf(request(headers), name)).toBe(expected);
  });
});
