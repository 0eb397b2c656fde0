import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Lexical tokens of a GraphQL document, counted as graphql-js's `parse(source, { maxTokens })`
 * counts them (comments and the end of file are not tokens), so a count equal to the limit parses.
 * Throws the lexer's GraphQLError on text that is not GraphQL.
 */
export function countTokens(source: string | Source): number {
  const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/**
 * The token limit parse() enforced, when this error is the one it throws for too long a document
 * (graphql 16 spells it "more that N tokens"; "more than" is accepted for when that is corrected).
 */
export function tokenLimitOf(message: string): number | null {
  const match = /Document contains more tha[nt] (\d+) tokens/.exec(message);
  return match ? Number(match[1]) : null;
}
