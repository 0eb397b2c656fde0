import { loadGatewayConfig } from '../config';

const SECURE = { JWKS_PATH: '/keys/jwks.json', JWT_ISSUER: 'https://idp.example', ASSERTION_KEY_PATH: '/keys/assertion.jwk.json', DATABASE_URL: 'postgresql://db/zones' };

describe('department timeouts and circuit breaker settings', () => {
  it('defaults every department to SUBGRAPH_TIMEOUT_MS (10 s) and the breaker to 5 failures and a 5 s pause', () => {
    const config = loadGatewayConfig(SECURE);
    expect(config.subgraphTimeoutMs).toBe(10000);
    expect(Object.values(config.departmentTimeoutsMs)).toEqual([10000, 10000, 10000, 10000, 10000, 10000]);
    expect(config.breaker).toEqual({ failures: 5, halfOpenAfterMs: 5000 });
  });

  it('takes <DEPT>_TIMEOUT_MS over SUBGRAPH_TIMEOUT_MS for that department only', () => {
    const config = loadGatewayConfig({ ...SECURE, SUBGRAPH_TIMEOUT_MS: '8000', POST_TIMEOUT_MS: '2000', PUBLIC_SECURITY_TIMEOUT_MS: '3000' });
    expect(config.departmentTimeoutsMs).toEqual({ commerce: 8000, customs: 8000, tax: 8000, forex: 8000, post: 2000, 'public-security': 3000 });
  });

  it('reads SUBGRAPH_BREAKER_FAILURES and SUBGRAPH_BREAKER_HALF_OPEN_MS', () => {
    expect(loadGatewayConfig({ ...SECURE, SUBGRAPH_BREAKER_FAILURES: '3', SUBGRAPH_BREAKER_HALF_OPEN_MS: '1500' }).breaker).toEqual({ failures: 3, halfOpenAfterMs: 1500 });
  });

  it.each([
    ['POST_TIMEOUT_MS', 'soon'],
    ['SUBGRAPH_TIMEOUT_MS', '0'],
    ['SUBGRAPH_BREAKER_FAILURES', '-1'],
    ['SUBGRAPH_BREAKER_HALF_OPEN_MS', '1.5'],
  ])('refuses %s=%s, naming the variable', (variable, value) => {
    expect(() => loadGatewayConfig({ ...SECURE, [variable]: value })).toThrow(variable);
  });
});
