import fs from 'node:fs';
import path from 'node:path';
import { graphql, parse } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { usccCheckChar } from '../identifiers';
import { withInputChecks } from '../input-checks';
import { scalarResolvers } from '../scalars';

const scalars = fs.readFileSync(path.join(__dirname, '..', 'scalars.graphql'), 'utf8');
const typeDefs = parse(`${scalars}
  input LineInput { name: String! @maxLength(n: 5) tags: [String!] @maxLength(n: 3) hsCode: HsCode }
  input OrderInput { orderNo: String! @maxLength(n: 10) ebpCode: USCC! ebcCode: USCC! payCode: USCC!
    note: String @maxLength(n: 20) @multiline lines: [LineInput!] amount: Decimal at: DateTime }
  type Query { echo(text: String @maxLength(n: 4), id: ID @maxLength(n: 6)): String }
  type Mutation { submit(input: OrderInput!): String }
`);

const received: unknown[] = [];
const schema = withInputChecks(buildSubgraphSchema({
  typeDefs,
  resolvers: {
    ...scalarResolvers,
    Query: { echo: (_: unknown, args: { text?: string }) => { received.push(args); return args.text ?? null; } },
    Mutation: { submit: (_: unknown, args: unknown) => { received.push(args); return 'ok'; } },
  } as unknown as GraphQLResolverMap<unknown>,
}));

const first17 = '91440200MA4W12345';
const uscc = first17 + usccCheckChar(first17);
const wrong = first17 + (usccCheckChar(first17) === '0' ? '1' : '0');
const expected = usccCheckChar(first17);

const validInput = { orderNo: 'NO-1', ebpCode: uscc, ebcCode: uscc, payCode: uscc, note: 'line one\nline two', lines: [{ name: 'milk', tags: ['a', 'bcd'], hsCode: '1901101000' }], amount: '12.50', at: '2026-03-01T08:00:00Z' };

/** The input written as a GraphQL literal. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
  return JSON.stringify(value);
}

async function submitBothWays(input: Record<string, unknown>) {
  const asVariable = await graphql({ schema, source: 'mutation($input: OrderInput!) { submit(input: $input) }', variableValues: { input } });
  const inline = await graphql({ schema, source: `mutation { submit(input: ${literal(input)}) }` });
  return { asVariable: JSON.parse(JSON.stringify(asVariable)), inline: JSON.parse(JSON.stringify(inline)) };
}

beforeEach(() => received.splice(0));

describe('argument checks of a department schema', () => {
  it('passes valid input to the resolver, scalars read as before', async () => {
    const { asVariable, inline } = await submitBothWays(validInput);
    expect(asVariable).toEqual({ data: { submit: 'ok' } });
    expect(inline).toEqual({ data: { submit: 'ok' } });
    expect((received[0] as { input: { at: Date } }).input.at).toEqual(new Date('2026-03-01T08:00:00Z'));
  });

  it.each([
    ['a bad USCC among three', { ebcCode: wrong }, [{ field: 'input.ebcCode', reason: `check character is ${wrong.charAt(17)}, expected ${expected}` }]],
    ['a NUL in a string', { orderNo: 'NO\u00001' }, [{ field: 'input.orderNo', reason: 'contains a control character U+0000 at character 3' }]],
    ['an over-long string', { orderNo: 'N'.repeat(11) }, [{ field: 'input.orderNo', reason: 'must be at most 10 characters' }]],
    ['a tab in multi-line text', { note: 'a\tb' }, [{ field: 'input.note', reason: 'contains a control character U+0009 at character 2 (only line feeds U+000A are allowed)' }]],
    ['a string deep in a list of input objects', { lines: [{ name: 'ok' }, { name: 'toolong' }] }, [{ field: 'input.lines[1].name', reason: 'must be at most 5 characters' }]],
    ['an element of a list of strings', { lines: [{ name: 'ok', tags: ['abc', 'abcd'] }] }, [{ field: 'input.lines[0].tags[1]', reason: 'must be at most 3 characters' }]],
    ['a scalar deep in a list', { lines: [{ name: 'ok', hsCode: '19011010' }] }, [{ field: 'input.lines[0].hsCode', reason: 'must be 10 digits, got 8' }]],
    ['a NUL in a scalar', { ebpCode: `${uscc.slice(0, 17)}\u0000` }, [{ field: 'input.ebpCode', reason: 'contains a control character U+0000 at character 18' }]],
    ['an over-long scalar', { payCode: uscc.repeat(1000) }, [{ field: 'input.payCode', reason: 'must be at most 18 characters' }]],
    ['an over-long decimal', { amount: '1'.repeat(100_000) }, [{ field: 'input.amount', reason: 'must be at most 40 characters' }]],
    ['a DateTime with a NUL', { at: '2026-03-01T08:00:00Z\u0000' }, [{ field: 'input.at', reason: 'contains a control character U+0000 at character 21' }]],
    ['a DateTime that is no date', { at: 'yesterday' }, [{ field: 'input.at', reason: 'must be an ISO 8601 string' }]],
    ['several problems at once', { orderNo: 'N'.repeat(11), ebcCode: wrong, payCode: 'X' }, [
      { field: 'input.orderNo', reason: 'must be at most 10 characters' },
      { field: 'input.ebcCode', reason: `check character is ${wrong.charAt(17)}, expected ${expected}` },
      { field: 'input.payCode', reason: 'must be 18 characters, got 1' },
    ]],
  ])('refuses %s with the same BAD_USER_INPUT inline and as a variable', async (_case, change, problems) => {
    const { asVariable, inline } = await submitBothWays({ ...validInput, ...change });
    expect(asVariable.errors).toHaveLength(1);
    expect(asVariable.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', problems });
    expect(asVariable.errors[0].message).toBe(`Invalid input. ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`);
    // Only the location in the document differs: the mutation field starts elsewhere in the text.
    const withoutLocations = (r: { errors: { locations?: unknown }[] }) => ({ ...r, errors: r.errors.map(({ locations: _, ...e }) => e) });
    expect(withoutLocations(inline)).toEqual(withoutLocations(asVariable));
    expect(received).toEqual([]);
  });

  it('refuses a scalar given as another kind of value, naming the field either way', async () => {
    const asVariable = await graphql({ schema, source: 'mutation($input: OrderInput!) { submit(input: $input) }', variableValues: { input: { ...validInput, amount: 12.5 } } });
    const inline = await graphql({ schema, source: `mutation { submit(input: ${literal(validInput).replace('amount: "12.50"', 'amount: 12.5')}) }` });
    expect(asVariable.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'input.amount', reason: 'must be a string such as "12.50"' }] });
    expect(inline.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'input.amount', reason: 'must be a string such as "12.50", got a number' }] });
  });

  it('checks top-level String and ID arguments of queries', async () => {
    const result = await graphql({ schema, source: '{ echo(text: "abcde", id: "a\\u0000") }' });
    expect(result.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [
      { field: 'text', reason: 'must be at most 4 characters' },
      { field: 'id', reason: 'contains a control character U+0000 at character 2' },
    ] });
    expect((await graphql({ schema, source: '{ echo(text: "abcd", id: 123456) }' })).data).toEqual({ echo: 'abcd' });
  });

  it('never quotes a refused value in the error', async () => {
    const { asVariable, inline } = await submitBothWays({ ...validInput, ebcCode: wrong, orderNo: 'SECRET\u0000' });
    expect(JSON.stringify(asVariable)).not.toContain(wrong);
    expect(JSON.stringify(inline)).not.toContain('SECRET');
  });
});
