/**
 * A schema per audience: schema/audiences/*.graphql are committed, printed from the contracts,
 * and identical to what each audience's introspection at the gateway returns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import type { CallerRole, Department } from '@zone/common';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { AUDIENCES_DIR, audienceFiles } from '../scripts/audience-schemas';
import { startStack, type Stack } from './support/stack';

const AUDIENCES: [string, CallerRole, string, Department | null][] = [
  ['platform', 'PLATFORM', 'ZONE-PLATFORM', null],
  ['bank', 'BANK', '91440300MA5FXXXX0X', null],
  ['regulator', 'REGULATOR', 'GD-COMMERCE-DEPT', null],
  // The whole API schema, which the departments' calls back through the gateway are typed against.
  ['department', 'SYSTEM', 'SYSTEM-CUSTOMS', 'customs'],
];

const committed = (name: string) => fs.readFileSync(path.join(AUDIENCES_DIR, `${name}.graphql`), 'utf8');
/** The file without its two comment lines. */
const body = (text: string) => text.replace(/^(#[^\n]*\n)+\n/, '');

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('schema/audiences', () => {
  it('are fresh: printed again from the supergraph, each file is unchanged (npm run audiences)', () => {
    const files = audienceFiles(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'));
    for (const [name] of AUDIENCES) expect({ name, text: committed(name) }).toEqual({ name, text: files[name as keyof typeof files] });
  });

  it.each(AUDIENCES)('%s.graphql is what that audience\'s introspection returns', async (name, role, org, department) => {
    const token = await stack.token({ role, org, ...(department ? { department } : {}) });
    const result = await stack.query<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }), undefined, { authorization: `Bearer ${token}` });
    expect(result.errors).toBeUndefined();
    const live = printSchema(lexicographicSortSchema(buildClientSchema(result.data!)));
    expect(`${live}\n`).toBe(body(committed(name)));
  });

  it('keeps what the platform may not ask out of its schema, which the whole supergraph has', () => {
    const platform = committed('platform');
    const supergraph = fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
    for (const field of ['individualFxQuota', 'idHash']) {
      expect(supergraph).toContain(field);
      expect(platform).not.toContain(field);
    }
  });
});
