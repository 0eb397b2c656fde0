import { parse } from 'graphql';
import { countTokens, tokenLimitOf } from '../tokens';

describe('countTokens', () => {
  it.each([
    ['{ zones { code } }', 6],
    ['query Q($n: Int = 3) { enterprises(first: $n) { totalCount } }', 22],
    ['# a comment is not a token\n{ zones { code } }', 6],
    ['{ a: zones { code } b: zones { code } }', 14],
    ['{ enterprise(uscc: "91350100M000100Y43") { name } }', 11],
  ])('%s has %i tokens', (query, expected) => {
    expect(countTokens(query)).toBe(expected);
  });

  it.each(['{ zones { code } }', 'query Q($n: Int = 3) { enterprises(first: $n) { totalCount } }', '{ a: zones { code } b: zones { code } }'])(
    'agrees with the limit graphql-js parse() enforces: %s',
    (query) => {
      const tokens = countTokens(query);
      expect(() => parse(query, { maxTokens: tokens })).not.toThrow();
      expect(() => parse(query, { maxTokens: tokens - 1 })).toThrow(new RegExp(`Document contains more tha[nt] ${tokens - 1} tokens`));
    },
  );

  it('counts a token bomb of 100,000 tokens quickly', () => {
    const query = `{ ${'__typename '.repeat(99998)}}`;
    const started = Date.now();
    expect(countTokens(query)).toBe(100000);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('tokenLimitOf', () => {
  it('reads the limit from the parser\'s error, and nothing from any other', () => {
    let message = '';
    try {
      parse('{ a b c d }', { maxTokens: 3 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(tokenLimitOf(message)).toBe(3);
    expect(tokenLimitOf('Syntax Error: Expected Name, found "}".')).toBeNull();
  });
});
