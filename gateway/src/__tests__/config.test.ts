import path from 'node:path';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig } from '../config';

const SECURE = { JWKS_PATH: '/keys/jwks.json', JWT_ISSUER: 'https://idp.example', ASSERTION_KEY_PATH: '/keys/assertion.jwk.json', DATABASE_URL: 'postgresql://db/zones' };

describe('gateway configuration', () => {
  it('defaults to port 4000, the committed supergraph and the departments on 4001-4006', () => {
    const config = loadGatewayConfig(SECURE);
    expect(config.port).toBe(4000);
    expect(config.supergraphPath).toBe(DEFAULT_SUPERGRAPH_PATH);
    expect(config.subgraphUrls).toMatchObject({
      commerce: 'http://127.0.0.1:4001/graphql',
      'public-security': 'http://127.0.0.1:4006/graphql',
    });
  });

  it('takes --supergraph over SUPERGRAPH_PATH, and subgraph URLs from <DEPT>_URL', () => {
    const config = loadGatewayConfig({ ...SECURE, SUPERGRAPH_PATH: '/a.graphql', PUBLIC_SECURITY_URL: 'http://ps:4006/graphql', PORT: '8080' }, ['--supergraph', 'b.graphql']);
    expect(config.supergraphPath).toBe(path.resolve('b.graphql'));
    expect(config.subgraphUrls['public-security']).toBe('http://ps:4006/graphql');
    expect(config.port).toBe(8080);
  });

  it('requires the token issuer and the assertion key, with the audience defaulting to zone-gateway', () => {
    expect(loadGatewayConfig(SECURE).security).toEqual({
      mode: 'on',
      jwks: { path: '/keys/jwks.json' },
      issuer: 'https://idp.example',
      audience: 'zone-gateway',
      assertionKeyPath: '/keys/assertion.jwk.json',
    });
    expect(loadGatewayConfig({ ...SECURE, JWKS_PATH: '', JWKS_URL: 'https://idp.example/jwks' }).security).toMatchObject({ jwks: { url: 'https://idp.example/jwks' } });
  });

  it('records the audit log in AUDIT_DATABASE_URL, else DATABASE_URL, and will not run unaudited with security on', () => {
    expect(loadGatewayConfig(SECURE).auditDatabaseUrl).toBe('postgresql://db/zones');
    expect(loadGatewayConfig({ ...SECURE, AUDIT_DATABASE_URL: 'postgresql://audit/log' }).auditDatabaseUrl).toBe('postgresql://audit/log');
    expect(() => loadGatewayConfig({ ...SECURE, DATABASE_URL: '' })).toThrow('AUDIT_DATABASE_URL or DATABASE_URL must be set');
    expect(loadGatewayConfig({}, ['--no-security']).auditDatabaseUrl).toBeNull();
  });

  it('switches security off only on the explicit --no-security flag', () => {
    expect(loadGatewayConfig({}, ['--no-security']).security).toEqual({ mode: 'off', assertionKeyPath: null });
  });

  it.each([
    [{ ...SECURE, JWKS_PATH: '' }, [], 'JWKS_PATH or JWKS_URL must be set'],
    [{ ...SECURE, JWKS_PATH: '', JWKS_URL: 'idp/jwks' }, [], 'JWKS_URL must be an absolute URL'],
    [{ ...SECURE, JWT_ISSUER: '' }, [], 'JWT_ISSUER must be set'],
    [{ ...SECURE, ASSERTION_KEY_PATH: '' }, [], 'ASSERTION_KEY_PATH must point'],
  ])('refuses to start with security on but incomplete: %o', (env, argv, message) => {
    expect(() => loadGatewayConfig(env as NodeJS.ProcessEnv, argv)).toThrow(message);
  });

  it.each([
    [{ PORT: 'http' }, [], 'PORT must be a port number'],
    [{ FOREX_URL: 'not a url' }, [], 'FOREX_URL must be an absolute URL'],
    [{ SUBGRAPH_TIMEOUT_MS: '0' }, [], 'SUBGRAPH_TIMEOUT_MS must be a positive integer'],
    [{}, ['--supergraph'], '--supergraph needs a value'],
  ])('names the setting at fault: %o %o', (env, argv, message) => {
    expect(() => loadGatewayConfig({ ...SECURE, ...env } as NodeJS.ProcessEnv, argv)).toThrow(message);
  });
});

describe('admission of requests without a valid token', () => {
  it('limits them to 60 a minute per client address unless RATE_LIMIT_ANONYMOUS_PER_MINUTE says otherwise', () => {
    expect(loadGatewayConfig(SECURE).rateLimit.anonymousPerMinute).toBe(60);
    expect(loadGatewayConfig({ ...SECURE, RATE_LIMIT_ANONYMOUS_PER_MINUTE: '5' }).rateLimit.anonymousPerMinute).toBe(5);
    expect(() => loadGatewayConfig({ ...SECURE, RATE_LIMIT_ANONYMOUS_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_ANONYMOUS_PER_MINUTE/);
  });

  it.each<[string | undefined, number | string[] | null]>([
    [undefined, null],
    ['', null],
    ['false', null],
    ['1', 1],
    ['2', 2],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.4', ['10.0.0.0/8', '192.168.1.4']],
    ['fd00::/8', ['fd00::/8']],
  ])('TRUST_PROXY=%j trusts %j to name the client', (value, expected) => {
    expect(loadGatewayConfig({ ...SECURE, ...(value === undefined ? {} : { TRUST_PROXY: value }) }).trustProxy).toEqual(expected);
  });

  it.each(['true', 'everyone', '10.0.0.0/8; rm', '0'])('refuses TRUST_PROXY=%j, naming the variable', (value) => {
    expect(() => loadGatewayConfig({ ...SECURE, TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
  });
});
