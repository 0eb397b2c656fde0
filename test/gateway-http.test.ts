import fs from 'node:fs';
import { createLogger } from '@zone/common';
import * as telemetry from '@apollo/gateway/dist/utilities/opentelemetry';
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
const exporter = jest.spyOn(telemetry, 'createDataCollectionExporter');

beforeAll(async () => {
  const gateway = createGateway({ supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'), subgraphUrls: unreachable, subgraphTimeoutMs: 1000, log: createLogger('gateway') });
  running = await gateway.listen(0);
  base = running.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await running?.close();
});

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
    expect(sources.length).toBe(4);
    for (const source of sources) {
      expect(source.startsWith('/graphiql/')).toBe(true);
      const asset = await fetch(`${base}${source}`);
      expect(asset.status).toBe(200);
      expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('still answers GraphQL POSTs at /graphql, with an error naming the department that is down', async () => {
    const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ zones { code } }' }) });
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain('commerce');
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
