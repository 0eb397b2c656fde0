import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runAuditVerify } from '../scripts/audit-verify';
import { prismaQuery, storedRoot } from '../gateway/src/audit/transparency';
import { startStack, type Stack } from './support/stack';

const ROOT = path.join(__dirname, '..');

interface HttpResult<T> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

let stack: Stack;
let dir: string;
beforeAll(async () => {
  stack = await startStack();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-proofs-'));
});
afterAll(async () => {
  await stack?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function post<T>(payload: Record<string, unknown>, token: string, requestId = randomUUID()): Promise<HttpResult<T>> {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as HttpResult<T>['body'] };
}

async function getJson(route: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${stack.gatewayBase}${route}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const HEAD_FIELDS = 'treeSize rootHash timestamp keyId signature';
const INCLUSION = `query Proof($requestId: String!) { auditInclusionProof(requestId: $requestId) { leafIndex treeSize leafHash path treeHead { ${HEAD_FIELDS} } } }`;
const CONSISTENCY = `query Consistency($fromSize: Int!, $toSize: Int!) { auditConsistencyProof(fromSize: $fromSize, toSize: $toSize) { fromSize toSize path fromHead { ${HEAD_FIELDS} } toHead { ${HEAD_FIELDS} } } }`;
const ENTRIES = `query Entries($filter: AuditEntryFilter) { auditEntries(filter: $filter, first: 200) { edges { node {
  seq at requestId organisation role zone purpose operationName operationHash variablesDigest fields personalData unmasked outcome durationMs count submissionId
} } } }`;

interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  leafHash: string;
  path: string[];
  treeHead: { treeSize: number; rootHash: string; timestamp: string; keyId: string; signature: string };
}

const save = (name: string, value: unknown): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
};

/** audit:verify as a child process, as an auditor runs it: only files, no database. */
function verifyInChild(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATABASE_URL: '', AUDIT_DATABASE_URL: '' };
    execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'audit-verify.ts'), ...args], { cwd: ROOT, env, timeout: 60000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** audit:verify in this process, its output collected. */
async function verify(args: string[], withDatabase = false): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runAuditVerify(args, { out: (l) => lines.push(l), err: (l) => lines.push(l) }, withDatabase ? stack.audit.prisma : undefined);
  return { code, out: lines.join('\n') };
}

let keysFile: string;
let headFile: string;
let proofFile: string;
let entryFile: string;
let proof: InclusionProof;
let entry: Record<string, unknown>;

describe('the audit log as a transparency log, over HTTP', () => {
  it("proves to the platform that its own request was logged, and the offline verifier accepts the saved head, proof and entry", async () => {
    const platform = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    const requestId = randomUUID();
    expect((await post({ query: '{ zones { code } }' }, platform, requestId)).status).toBe(200);
    for (let i = 0; i < 6; i += 1) await post({ query: '{ zones { code } }' }, platform);
    await stack.auditLog.sequenced();
    // A head over all seven now (the leader's may be older), so that every proof below has a path of several hashes.
    expect((await stack.transparency.publish())!.treeSize).toBeGreaterThanOrEqual(7);

    const result = await post<{ auditInclusionProof: InclusionProof | null }>({ query: INCLUSION, variables: { requestId } }, platform);
    expect(result.body.errors).toBeUndefined();
    proof = result.body.data!.auditInclusionProof!;
    expect(proof.leafHash).toMatch(/^[0-9a-f]{64}$/);
    expect(proof.treeSize).toBe(proof.treeHead.treeSize);
    expect(proof.leafIndex).toBeLessThan(proof.treeSize);
    expect(proof.path.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
    expect(proof.treeHead).toMatchObject({ keyId: 'audit:1', signature: expect.stringMatching(/^[0-9a-f]{128}$/) });

    const keys = await getJson('/audit/keys.json');
    expect(keys.status).toBe(200);
    expect(keys.body).toEqual({ keys: [{ kid: 'audit:1', algorithm: 'SM2-SM3', publicKey: expect.stringMatching(/^04[0-9a-f]{128}$/) }] });
    const head = await getJson('/audit/tree-head');
    expect(head.status).toBe(200);
    expect(head.body.treeSize as number).toBeGreaterThanOrEqual(proof.treeSize);

    const auditor = await stack.token({ role: 'REGULATOR', org: 'GD-AUDIT', scopes: ['audit:read'] });
    const entries = await post<{ auditEntries: { edges: { node: Record<string, unknown> }[] } }>({ query: ENTRIES, variables: { filter: { organisation: 'ZONE-PLATFORM' } } }, auditor);
    entry = entries.body.data!.auditEntries.edges.map((e) => e.node).find((node) => node.requestId === requestId)!;
    expect(Number(entry.seq)).toBe(proof.leafIndex + 1);

    keysFile = save('keys.json', keys.body);
    headFile = save('head.json', proof.treeHead);
    proofFile = save('proof.json', result.body);
    entryFile = save('entry.json', entry);
    const child = await verifyInChild(['--head', headFile, '--proof', proofFile, '--keys', keysFile, '--entry', entryFile]);
    expect(child.stderr).toBe('');
    expect(child.code).toBe(0);
    expect(child.stdout).toContain(`audit proof ${proofFile} verified`);
    expect(child.stdout).toContain(`inclusion: leaf ${proof.leafIndex}`);

    // Against the later head from GET /audit/tree-head too: the proof's own signed head is checked.
    expect((await verify(['--head', save('latest-head.json', head.body), '--proof', proofFile, '--keys', keysFile])).code).toBe(0);
  });

  it.each<[string, () => string[], RegExp]>([
    ['a tampered entry', () => ['--entry', save('entry-tampered.json', { ...entry, durationMs: (entry.durationMs as number) + 1 })], /the entry was changed/],
    ['an entry claimed at the next position (a re-ordered pair)', () => ['--entry', '', '--proof', save('proof-moved.json', { ...proof, leafIndex: proof.leafIndex + 1 })], /not in that tree at that place/],
    ['a path with a pair of hashes swapped', () => ['--proof', save('proof-swapped.json', { ...proof, path: [proof.path[1], proof.path[0], ...proof.path.slice(2)] })], /not in that tree at that place/],
    ['a tree head rewritten with another root', () => ['--head', save('head-root.json', { ...proof.treeHead, rootHash: proof.leafHash }), '--proof', save('proof-root.json', { ...proof, treeHead: undefined })], /signature does not verify/],
    ['a tree head rewritten with another size', () => ['--head', save('head-size.json', { ...proof.treeHead, treeSize: proof.treeHead.treeSize + 1 })], /signature does not verify/],
    ['keys that did not sign the head', () => ['--keys', save('other-keys.json', { keys: [{ kid: 'audit:1', algorithm: 'SM2-SM3', publicKey: `04${'1'.repeat(128)}` }] })], /does not verify/],
  ])('the offline verifier detects %s', async (_name, change, reason) => {
    const args = { '--head': headFile, '--proof': proofFile, '--keys': keysFile, '--entry': entryFile } as Record<string, string>;
    const changed = change();
    for (let i = 0; i < changed.length; i += 2) {
      if (changed[i + 1] === '') delete args[changed[i]!];
      else args[changed[i]!] = changed[i + 1]!;
    }
    const result = await verify(Object.entries(args).flat());
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/REJECTED/);
    expect(result.out).toMatch(reason);
  });

  it("gives a bank the proof of its own request through its registered operation, and nobody another organisation's", async () => {
    const bank = await stack.token({ role: 'BANK', org: '91440300MA5FXXXX0X' });
    const requestId = randomUUID();
    await post({ query: '{ zones { code } }' }, bank, requestId);
    await stack.auditLog.sequenced();
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'gateway', 'trusted-documents.json'), 'utf8')) as { operations: { id: string; name: string }[] };
    const registered = { persistedQuery: { version: 1, sha256Hash: manifest.operations.find((o) => o.name === 'BankAuditInclusionProof')!.id } };
    const own = await post<{ auditInclusionProof: InclusionProof | null }>({ extensions: registered, variables: { requestId } }, bank);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.auditInclusionProof).toMatchObject({ leafHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    // The platform's request, asked by the bank: as if it did not exist.
    const other = await post<{ auditInclusionProof: InclusionProof | null }>({ extensions: registered, variables: { requestId: entry.requestId } }, bank);
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data!.auditInclusionProof).toBeNull();

    // A regulator without audit:read is no auditor: only its own organisation's entries.
    const regulator = await stack.token({ role: 'REGULATOR', org: 'GD-COMMERCE-DEPT' });
    expect((await post<{ auditInclusionProof: null }>({ query: INCLUSION, variables: { requestId } }, regulator)).body.data!.auditInclusionProof).toBeNull();
    const auditor = await stack.token({ role: 'REGULATOR', org: 'GD-AUDIT', scopes: ['audit:read'] });
    expect((await post<{ auditInclusionProof: InclusionProof }>({ query: INCLUSION, variables: { requestId } }, auditor)).body.data!.auditInclusionProof.leafHash).toBe(
      own.body.data!.auditInclusionProof!.leafHash,
    );
  });

  it('proves a later head consistent with an earlier one; the verifier accepts it and rejects a changed proof', async () => {
    const platform = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    for (let i = 0; i < 5; i += 1) await post({ query: '{ zones { code } }' }, platform);
    await stack.auditLog.sequenced();
    const later = (await stack.transparency.publish())!;
    expect(later.treeSize).toBeGreaterThan(proof.treeSize);
    const result = await post<{ auditConsistencyProof: { path: string[]; fromSize: number; toSize: number } }>({ query: CONSISTENCY, variables: { fromSize: proof.treeSize, toSize: later.treeSize } }, platform);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data!.auditConsistencyProof).toMatchObject({ fromSize: proof.treeSize, toSize: later.treeSize });
    const consistencyFile = save('consistency.json', result.body);
    const accepted = await verify(['--head', headFile, '--proof', consistencyFile, '--keys', keysFile]);
    expect(accepted.out).toContain(`consistency: the tree of size ${proof.treeSize} is a prefix of the tree of size ${later.treeSize}`);
    expect(accepted.code).toBe(0);

    const body = result.body.data!.auditConsistencyProof;
    const changed = save('consistency-changed.json', { ...body, path: [proof.leafHash, ...body.path.slice(1)] });
    const rejected = await verify(['--head', headFile, '--proof', changed, '--keys', keysFile]);
    expect(rejected.code).toBe(1);
    expect(rejected.out).toMatch(/is not a prefix/);

    const unsigned = await post<null>({ query: CONSISTENCY, variables: { fromSize: proof.treeSize, toSize: later.treeSize + 1000 } }, platform);
    expect(unsigned.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toSize' });
  });
});

describe('audit:verify against the database, incrementally', () => {
  it('verifies from a checkpoint, then only the entries since, and names an entry changed or a pair re-ordered after it', async () => {
    const checkpoint = path.join(dir, 'checkpoint.json');
    const first = await verify(['--checkpoint', checkpoint, '--keys', keysFile], true);
    expect(first.out).toMatch(/audit chain intact/);
    expect(first.out).toMatch(/audit tree intact: \d+ entries recomputed from size 0/);
    expect(first.code).toBe(0);
    const saved = JSON.parse(fs.readFileSync(checkpoint, 'utf8')) as { treeSize: number };

    const platform = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    for (let i = 0; i < 4; i += 1) await post({ query: '{ zones { code } }' }, platform);
    await stack.auditLog.sequenced();
    const head = (await stack.transparency.publish())!;
    const second = await verify(['--checkpoint', checkpoint, '--keys', keysFile], true);
    expect(second.out).toContain(`audit tree intact: ${head.treeSize - saved.treeSize} entries recomputed from size ${saved.treeSize} to the tree head of size ${head.treeSize}`);
    expect(second.out).not.toMatch(/audit chain/);
    expect(second.code).toBe(0);

    // Entries after that checkpoint, tampered with by someone who can switch the triggers off.
    const older = saved.treeSize;
    fs.writeFileSync(checkpoint, JSON.stringify(JSON.parse(fs.readFileSync(path.join(dir, 'head.json'), 'utf8'))));
    const admin = new Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    try {
      const target = older + 1;
      await admin.query('ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_append_only');
      await admin.query('UPDATE audit.audit_entry SET duration_ms = duration_ms + 1 WHERE seq = $1', [target]);
      const changed = await verify(['--checkpoint', checkpoint, '--keys', keysFile], true);
      expect(changed.code).toBe(1);
      expect(changed.out).toContain(`audit tree TAMPERED at entry ${target}: entry ${target} changed since it entered the tree`);
      await admin.query('UPDATE audit.audit_entry SET duration_ms = duration_ms - 1 WHERE seq = $1', [target]);
      expect((await verify(['--checkpoint', checkpoint, '--keys', keysFile], true)).code).toBe(0);

      // Two entries swap places: each keeps its seq, takes the other's content.
      fs.writeFileSync(checkpoint, JSON.stringify(JSON.parse(fs.readFileSync(path.join(dir, 'head.json'), 'utf8'))));
      const swap = `UPDATE audit.audit_entry e SET request_id = o.request_id, duration_ms = o.duration_ms, at = o.at
                      FROM audit.audit_entry o WHERE (e.seq, o.seq) IN (($1::bigint, $2::bigint), ($2::bigint, $1::bigint))`;
      const { rows } = await admin.query<{ differ: boolean }>('SELECT count(DISTINCT request_id) = 2 AS differ FROM audit.audit_entry WHERE seq IN ($1, $2)', [target, target + 1]);
      expect(rows[0]!.differ).toBe(true);
      await admin.query(swap, [target, target + 1]);
      const reordered = await verify(['--checkpoint', checkpoint, '--keys', keysFile], true);
      expect(reordered.code).toBe(1);
      expect(reordered.out).toContain(`audit tree TAMPERED at entry ${target}`);
      await admin.query(swap, [target, target + 1]);
    } finally {
      await admin.query('ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_append_only').catch(() => undefined);
      await admin.end();
    }
    expect((await verify(['--checkpoint', checkpoint, '--keys', keysFile], true)).code).toBe(0);
  });

  it('rebuilds a tree that is behind the chain (entries chained before it existed) from the entries, to the same roots', async () => {
    const before = (await stack.transparency.publish())!;
    const admin = new Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    try {
      await admin.query('ALTER TABLE audit.audit_tree_node DISABLE TRIGGER USER');
      await admin.query('DELETE FROM audit.audit_tree_node');
    } finally {
      await admin.query('ALTER TABLE audit.audit_tree_node ENABLE TRIGGER USER').catch(() => undefined);
      await admin.end();
    }
    // New entries arrive while the tree is empty: the sequencer cannot add them to it alone.
    const platform = await stack.token({ role: 'PLATFORM', org: 'ZONE-PLATFORM' });
    for (let i = 0; i < 3; i += 1) await post({ query: '{ zones { code } }' }, platform);
    await stack.auditLog.sequenced();
    const after = (await stack.transparency.publish())!;
    expect(after.treeSize).toBeGreaterThanOrEqual(before.treeSize + 3);
    expect(await storedRoot(prismaQuery(stack.audit.prisma), before.treeSize)).toBe(before.rootHash);
    const full = await verify(['--keys', keysFile], true);
    expect(full.out).toContain(`audit tree intact: ${after.treeSize} entries recomputed from size 0`);
    expect(full.code).toBe(0);
  });

  it('refuses to update or delete tree nodes and signed heads', async () => {
    const admin = new Client({ connectionString: stack.databaseUrl });
    await admin.connect();
    try {
      await expect(admin.query(`UPDATE audit.audit_tree_node SET hash = repeat('0', 64) WHERE level = 0 AND index = 0`)).rejects.toThrow(/append-only/);
      await expect(admin.query('DELETE FROM audit.audit_tree_head')).rejects.toThrow(/append-only/);
    } finally {
      await admin.end();
    }
  });
});

describe('the public tree routes', () => {
  it('answers the latest head as JSON, with no token, never cached', async () => {
    const response = await fetch(`${stack.gatewayBase}/audit/tree-head`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const head = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(head).sort()).toEqual(['keyId', 'rootHash', 'signature', 'timestamp', 'treeSize']);
    expect(head.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
