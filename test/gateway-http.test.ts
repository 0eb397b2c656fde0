import fs from 'node:fs';
import { createLogger } from '@zone/common';
import { SignJWT, UnsecuredJWT, generateKeyPair } from 'jose';
import * as telemetry from '@apollo/gateway/dist/utilities/opentelemetry';
import { QueryPlanner } from '@apollo/query-planner';
import { createJwtAuthenticator } from '../gateway/src/auth/authenticate';
import { createAssertionKeys, createLocalIssuer, type LocalIssuer } from '../gateway/src/auth/dev-keys';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { createGateway, type RunningGateway } from '../gateway/src/gateway';

const unreachable = {
  commerce: 'http://127.0.0.1:9/graphql',
  customs: 'http://127.0.0.1:9/graphql',
  tax: 'http://127.0.0.1:9/graphql',
  forex: 'http://127.0.0.1:9/graphql',
  post: 'http://127.0.0.1:9/graphql',
  'public-security': 'http://127.0.0.1:9/graphql',
};

let running: RunningGateway;
let base: string;
let issuer: LocalIssuer;
const exporter = jest.spyOn(telemetry, 'createDataCollectionExporter');

beforeAll(async () => {
  issuer = await createLocalIssuer();
  const gateway = createGateway({
    supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: unreachable,
    subgraphTimeoutMs: 1000,
    authenticate: createJwtAuthenticator({ keys: issuer.keys, issuer: issuer.issuer, audience: issuer.audience }),
    assertionKey: (await createAssertionKeys()).privateKey,
    log: createLogger('gateway'),
  });
  running = await gateway.listen(0);
  base = running.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await running?.close();
});

async function post(authorization?: string, query = '{ zones { code } }'): Promise<{ status: number; body: { errors?: { message: string; extensions?: { code?: string } }[] } }> {
  const response = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

describe('gateway over HTTP without departments', () => {
  it('is live once the supergraph is loaded but not ready while no department answers', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { subgraphs: unknown }).subgraphs).toEqual(Object.fromEntries(Object.keys(unreachable).map((k) => [k, 'down'])));
  });

  it('never starts the usage telemetry exporter', () => {
    expect(exporter).not.toHaveBeenCalled();
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });

  it('serves GraphiQL to browsers with every asset from this server', async () => {
    const page = await fetch(running.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    // GraphiQL's stylesheet, React, ReactDOM and GraphiQL, graphql-ws, the page's fetcher (queries over HTTP,
    // subscriptions over WebSocket) and the page itself (nothing sent without a token, schema per headers).
    expect(sources.map((source) => source.split('/').pop()).sort()).toEqual([
      'graphiql.min.css', 'graphiql.min.js', 'graphql-ws.min.js', 'react-dom.production.min.js', 'react.production.min.js', 'zone-fetcher.js', 'zone-graphiql.js',
    ]);
    for (const source of sources) {
      expect(source.startsWith('/graphiql/')).toBe(true);
      const asset = await fetch(`${base}${source}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('answers an authenticated query with an error naming the department that is down', async () => {
    const { status, body } = await post(`Bearer ${await issuer.issue({ role: 'PLATFORM', org: 'P' })}`);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.message).toContain('commerce');
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});

describe('query planning', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers a planner failure behind the authorization rules with QUERY_PLANNING_FAILED, not an internal error', async () => {
    jest.spyOn(QueryPlanner.prototype, 'buildQueryPlan').mockImplementationOnce(() => {
      throw new Error('Number of non-local selections exceeds limit of 100000');
    });
    // A document planned for the first time (plans are cached per document).
    const { status, body } = await post(`Bearer ${await issuer.issue({ role: 'PLATFORM', org: 'P' })}`, 'query NotPlannedYet { zones { code city } }');
    expect(status).toBe(400);
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_PLANNING_FAILED');
    expect(body.errors?.[0]?.message).not.toContain('non-local');
  });
});

describe('authentication', () => {
  const claims = { org: 'BANK-1', role: 'BANK', scope: '' };

  it.each([
    ['no Authorization header', async () => undefined, 'Authentication required'],
    ['a non-bearer scheme', async () => 'Basic dXNlcjpwYXNz', 'must be "Bearer <token>"'],
    ['garbage', async () => 'Bearer not.a.jwt', 'malformed'],
    ['alg: none', async () => `Bearer ${new UnsecuredJWT(claims).setIssuer(issuer.issuer).setAudience(issuer.audience).setExpirationTime('5m').encode()}`, 'Invalid bearer token'],
    ['an expired token', async () => `Bearer ${await issuer.issue({ role: 'BANK', org: 'BANK-1' }, '-1m')}`, 'expired'],
    ['a token for another audience', async () => `Bearer ${await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setIssuer(issuer.issuer).setAudience('someone-else').setExpirationTime('5m').sign((await generateKeyPair('ES256')).privateKey)}`, 'Invalid bearer token'],
    ['a token signed by an unknown key', async () => `Bearer ${await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'unknown' }).setIssuer(issuer.issuer).setAudience(issuer.audience).setExpirationTime('5m').sign((await generateKeyPair('ES256')).privateKey)}`, 'key the gateway does not know'],
    ['a token not yet valid', async () => `Bearer ${await issuer.issue({ role: 'BANK', org: 'BANK-1' }, '20m', '10m')}`, 'claim "nbf"'],
    ['an OFFICER token without its department', async () => `Bearer ${await issuer.issue({ role: 'OFFICER', org: 'O', zone: 'SHAOGUAN' })}`, 'must name its department'],
    ['a SYSTEM token signed by the general issuer rather than its department key', async () => `Bearer ${await issuer.issueSignedBy('issuer', { role: 'SYSTEM', org: 'SYSTEM-CUSTOMS', department: 'customs' })}`, 'must be signed with the key system:customs'],
    ['a SYSTEM token for customs signed with the commerce key', async () => `Bearer ${await issuer.issueSignedBy('commerce', { role: 'SYSTEM', org: 'SYSTEM-CUSTOMS', department: 'customs' })}`, 'must be signed with the key system:customs'],
    ['a PLATFORM token signed with a department system key', async () => `Bearer ${await issuer.issueSignedBy('customs', { role: 'PLATFORM', org: 'ZONE-PLATFORM' })}`, 'signs only SYSTEM tokens'],
  ])('refuses %s with 401 and a clear error', async (_name, authorization, message) => {
    const { status, body } = await post(await authorization());
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toContain(message);
  });
});
