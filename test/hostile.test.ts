import fs from 'node:fs';
import { SignJWT, generateKeyPair } from 'jose';
import { Client } from 'pg';
import { DEPARTMENTS, type Department } from '@zone/common';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { apiSchemaOf } from '../gateway/src/trusted-documents/validate';
import { verifyAuditChain } from '../gateway/src/audit';
import { startStack, type Stack } from './support/stack';
import { LEAK, hostileCorpus, type HostileRequest } from './support/hostile';

const SEED = Number(process.env.HOSTILE_SEED ?? 20260101);
const CONCURRENCY = 12;
const SUPERGRAPH = fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');

/** Which department answers each mutation, from the supergraph's join__field. */
function mutationOwners(): Record<string, Department> {
  const body = /type Mutation[\s\S]*?\{([\s\S]*?)\n\}/.exec(SUPERGRAPH)![1]!;
  const owners: Record<string, Department> = {};
  for (const match of body.matchAll(/^\s+(\w+)\([\s\S]*?@join__field\(graph: (\w+)/gm)) {
    owners[match[1]!] = match[2]!.toLowerCase().replace('_', '-') as Department;
  }
  for (const match of body.matchAll(/^\s+(\w+): [\w!\][]+ @join__field\(graph: (\w+)/gm)) {
    owners[match[1]!] = match[2]!.toLowerCase().replace('_', '-') as Department;
  }
  return owners;
}

/** Rows of every department table: a refused request changes none of them. */
async function departmentRowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const schemas = DEPARTMENTS.map((d) => d.replace('-', '_'));
    const { rows: tables } = await client.query<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = ANY($1) AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
      [schemas],
    );
    const counts: Record<string, number> = {};
    for (const { table_schema, table_name } of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table_schema}"."${table_name}"`);
      counts[`${table_schema}.${table_name}`] = Number(rows[0]!.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

/**
 * The row counts once every department has drained its statistics queue: the seeded days are
 * noted in stat_dirty and recomputed into the buckets in the background, which would otherwise
 * change derived rows while the corpus runs. Nothing the corpus sends may note a day again.
 */
async function settledRowCounts(databaseUrl: string): Promise<Record<string, number>> {
  for (;;) {
    const counts = await departmentRowCounts(databaseUrl);
    if (Object.entries(counts).every(([table, n]) => !table.endsWith('.stat_dirty') || n === 0)) return counts;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function forgedTokens(stack: Stack): Promise<Record<string, string>> {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { org: 'ATTACKER', role: 'PLATFORM', iss: stack.issuer.issuer, aud: stack.issuer.audience, sub: 'ATTACKER', exp: Math.floor(Date.now() / 1000) + 3600 };
  const valid = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
  const [header, payload] = valid.split('.');
  const stranger = await generateKeyPair('ES256');
  const sign = (body: Record<string, unknown>, head: Record<string, unknown> = { alg: 'ES256' }) =>
    new SignJWT(body).setProtectedHeader(head as { alg: string }).sign(stranger.privateKey);
  const now = Math.floor(Date.now() / 1000);
  return {
    'forged:alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`,
    'forged:alg none, signature kept': `${b64({ alg: 'none' })}.${payload}.${valid.split('.')[2]}`,
    'forged:HS256 with a guessable secret': await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('secret')),
    'forged:wrong key': await sign(claims),
    'forged:wrong key, issuer kid': await sign(claims, { alg: 'ES256', kid: JSON.parse(Buffer.from(header!, 'base64url').toString()).kid }),
    'forged:system kid, stranger key': await sign({ ...claims, role: 'SYSTEM', department: 'customs' }, { alg: 'ES256', kid: 'system:customs' }),
    'forged:kid path traversal': await sign(claims, { alg: 'ES256', kid: '../../../../etc/passwd' }),
    'forged:jku to localhost': await sign(claims, { alg: 'ES256', jku: 'http://127.0.0.1:1/jwks.json' }),
    'forged:embedded jwk': await sign(claims, { alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' } }),
    'forged:crit header': `${b64({ alg: 'ES256', crit: ['exp'], exp: 1 })}.${b64(claims)}.${(await sign(claims)).split('.')[2]}`,
    'forged:payload swapped': `${header}.${b64({ ...claims, role: 'REGULATOR' })}.${valid.split('.')[2]}`,
    'forged:signature truncated': valid.slice(0, -10),
    'forged:two parts': `${header}.${payload}`,
    'forged:four parts': `${valid}.x`,
    'forged:not base64': `${header}.%%%%.${valid.split('.')[2]}`,
    'forged:10 KB': `${header}.${'A'.repeat(10_000)}.${valid.split('.')[2]}`,
    'forged:expired': await stack.issuer.issue({ role: 'PLATFORM', org: 'ZONE-PLATFORM' }, '-1m'),
    'forged:not yet valid': await stack.issuer.issue({ role: 'PLATFORM', org: 'ZONE-PLATFORM' }, '2h', '1h'),
    'forged:system key claims another department': await stack.issuer.issueSignedBy('customs', { role: 'SYSTEM', org: 'SYSTEM-COMMERCE', department: 'commerce' }),
    'forged:department key claims PLATFORM': await stack.issuer.issueSignedBy('tax', { role: 'PLATFORM', org: 'ZONE-PLATFORM' }),
    'forged:unknown role': await stack.issuer.issue({ role: 'ADMIN' as never, org: 'ATTACKER' }),
    'forged:officer without department': await stack.issuer.issue({ role: 'OFFICER', org: 'ATTACKER' }),
    'forged:zone not a zone': await stack.issuer.issue({ role: 'OFFICER', org: 'ATTACKER', department: 'commerce', zone: 'ATLANTIS' as never }),
    'forged:department not a department': await stack.issuer.issue({ role: 'OFFICER', org: 'ATTACKER', department: 'army' as never }),
    'forged:iat in the future only': await new SignJWT({ ...claims, iat: now + 86_400 }).setProtectedHeader({ alg: 'ES256' }).sign(stranger.privateKey),
  };
}

function urlOf(stack: Stack, request: HostileRequest): string {
  const base = request.target === 'gateway' ? stack.gatewayUrl : stack.subgraphUrls[request.target];
  return `${base}${request.search ?? ''}`;
}

interface Outcome {
  request: HostileRequest;
  status: number;
  contentType: string;
  text: string;
}

async function send(stack: Stack, request: HostileRequest): Promise<Outcome> {
  const response = await fetch(urlOf(stack, request), { method: request.method, headers: request.headers, body: request.body });
  return { request, status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** What is wrong with a response to a hostile request, or null. */
function problemOf({ request, status, contentType, text }: Outcome): string | null {
  if (status >= 500) return `HTTP ${status}`;
  if (LEAK.test(text)) return `leaks internals: ${text.slice(0, 200)}`;
  if (request.method === 'POST' || request.method === 'GET') {
    if (!contentType.includes('json')) return `answered ${contentType || 'without a content type'} instead of JSON`;
    let body: { data?: Record<string, unknown> | null; errors?: unknown[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return 'body is not JSON';
    }
    if (text.includes('INTERNAL_SERVER_ERROR')) return `internal error: ${text.slice(0, 200)}`;
    const served = body.data && Object.values(body.data).some((value) => value !== null);
    if (status === 200 && (!body.errors || body.errors.length === 0)) return `served: ${text.slice(0, 200)}`;
    if (served && request.kind.startsWith('escalation:')) return `served: ${text.slice(0, 200)}`;
  }
  return null;
}

async function runAll(stack: Stack, requests: HostileRequest[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(requests.length);
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const index = next++;
      outcomes[index] = await send(stack, requests[index]!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

let stack: Stack;
beforeAll(async () => {
  // The registry's key, so that identity checks reach public security's own rules.
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('a hostile corpus through the gateway and the departments', () => {
  it('is refused without a 5xx, a stack trace or a path, and writes nothing', async () => {
    const page = await stack.query<{ enterprises: { edges: { node: { uscc: string } }[] } }>('{ enterprises(first: 1) { edges { node { uscc } } } }');
    const uscc = page.data!.enterprises.edges[0]!.node.uscc;
    const tokens: Record<string, string> = {
      platform: await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' }),
      regulator: await stack.token({ role: 'REGULATOR', org: 'GD-REGULATOR' }),
      bank: await stack.token({ role: 'BANK', org: '91440200BLLJ5275GD' }),
      ...(await forgedTokens(stack)),
    };
    for (const department of DEPARTMENTS) {
      tokens[`officer:${department}`] = await stack.token({ role: 'OFFICER', org: `${department.toUpperCase()}-SHAOGUAN`, department, zone: 'SHAOGUAN' });
      tokens[`system:${department}`] = await stack.token({ role: 'SYSTEM', org: `SYSTEM-${department.toUpperCase()}`, department });
    }
    const orderInput = {
      ebpCode: uscc, orderNo: 'HOSTILE-0001', direction: 'IMPORT', tradeMode: '9610', ebcCode: uscc, goodsValue: '398.00', freight: '12.00',
      discount: '0.00', taxTotal: '37.31', actualPaid: '447.31', currency: 'CNY',
      buyer: { name: '王小明', idType: '1', idNumber: '11010519491231002X', phone: '13800138000' },
      consignee: '王小明', consigneeAddress: '韶关市浈江区示例路1号', payCode: uscc, payTransactionId: 'PAY-HOSTILE-0001', orderedAt: '2026-11-27T08:00:00Z',
      items: [{ gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '199.00', totalPrice: '398.00', country: 'NZL' }],
    };
    const corpus = hostileCorpus({ schema: apiSchemaOf(SUPERGRAPH), mutationOwners: mutationOwners(), samples: { uscc }, tokens, seed: SEED }, orderInput);
    expect(corpus.length).toBeGreaterThanOrEqual(5000);
    const before = await settledRowCounts(stack.databaseUrl);

    const outcomes = await runAll(stack, corpus);


    const problems = outcomes.flatMap((outcome) => {
      const problem = problemOf(outcome);
      return problem ? [`${outcome.request.kind} → ${problem}`] : [];
    });
    // One line per kind of failure is enough to find it again (HOSTILE_SEED=<seed> replays the corpus).
    const distinct = [...new Set(problems.map((p) => p.replace(/ (inline|as variable) →/, ' →')))];
    expect({ seed: SEED, failures: problems.length, first: distinct.slice(0, 40) }).toEqual({ seed: SEED, failures: 0, first: [] });
    expect(await departmentRowCounts(stack.databaseUrl)).toEqual(before);
  }, 1_200_000);

  it('leaves every process serving and the audit chain intact', async () => {
    for (const url of [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)]) {
      expect((await fetch(new URL('/health', url))).status).toBe(200);
    }
    const normal = await stack.query<{ zones: { code: string }[] }>('{ zones { code } }');
    expect(normal.errors).toBeUndefined();
    expect(normal.data!.zones).toHaveLength(8);
    expect(await verifyAuditChain(stack.audit.prisma)).toMatchObject({ ok: true });
  });
});
