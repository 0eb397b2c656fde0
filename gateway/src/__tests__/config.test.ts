import path from 'node:path';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig } from '../config';

describe('gateway configuration', () => {
  it('defaults to port 4000, the committed supergraph and the departments on 4001-4006', () => {
    const config = loadGatewayConfig({});
    expect(config.port).toBe(4000);
    expect(config.supergraphPath).toBe(DEFAULT_SUPERGRAPH_PATH);
    expect(config.subgraphUrls).toMatchObject({
      commerce: 'http://127.0.0.1:4001/graphql',
      'public-security': 'http://127.0.0.1:4006/graphql',
    });
  });

  it('takes --supergraph over SUPERGRAPH_PATH, and subgraph URLs from <DEPT>_URL', () => {
    const config = loadGatewayConfig({ SUPERGRAPH_PATH: '/a.graphql', PUBLIC_SECURITY_URL: 'http://ps:4006/graphql', PORT: '8080' }, ['--supergraph', 'b.graphql']);
    expect(config.supergraphPath).toBe(path.resolve('b.graphql'));
    expect(config.subgraphUrls['public-security']).toBe('http://ps:4006/graphql');
    expect(config.port).toBe(8080);
  });

  it.each([
    [{ PORT: 'http' }, [], 'PORT must be a port number'],
    [{ FOREX_URL: 'not a url' }, [], 'FOREX_URL must be an absolute URL'],
    [{ SUBGRAPH_TIMEOUT_MS: '0' }, [], 'SUBGRAPH_TIMEOUT_MS must be a positive integer'],
    [{}, ['--supergraph'], '--supergraph needs a value'],
  ])('names the setting at fault: %o %o', (env, argv, message) => {
    expect(() => loadGatewayConfig(env as NodeJS.ProcessEnv, argv)).toThrow(message);
  });
});
