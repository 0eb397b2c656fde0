import { loadCors, loadGatewayConfig } from '../config';
import { originAllowed, type CorsConfig } from '../cors';

const SECURE = { JWKS_PATH: '/keys/jwks.json', JWT_ISSUER: 'https://idp.example', ASSERTION_KEY_PATH: '/keys/assertion.jwk.json', DATABASE_URL: 'postgresql://db/zones' };

describe('CORS_ORIGINS and CORS_ALLOW_LOCALHOST', () => {
  it('allow no browser origin by default', () => {
    expect(loadGatewayConfig(SECURE).cors).toEqual({ origins: [], allowLocalhost: false });
  });

  it.each([
    ['', []],
    ['  ', []],
    ['https://app.zone.example.cn', ['https://app.zone.example.cn']],
    [' https://a.example.cn , http://127.0.0.1:5173 ', ['https://a.example.cn', 'http://127.0.0.1:5173']],
    ['HTTPS://App.Example.CN', ['https://app.example.cn']],
    ['https://a.example.cn:443', ['https://a.example.cn']],
    ['https://a.example.cn,https://a.example.cn', ['https://a.example.cn']],
    ['http://[::1]:3000', ['http://[::1]:3000']],
    ['*', '*'],
  ])('reads CORS_ORIGINS=%j as %j', (value, origins) => {
    expect(loadCors({ CORS_ORIGINS: value }).origins).toEqual(origins);
  });

  it.each([
    ['https://a.example.cn/', '"https://a.example.cn/"'],
    ['https://a.example.cn/app', '"https://a.example.cn/app"'],
    ['https://a.example.cn?x=1', '"https://a.example.cn?x=1"'],
    ['https://user@a.example.cn', '"https://user@a.example.cn"'],
    ['a.example.cn', '"a.example.cn"'],
    ['ftp://a.example.cn', '"ftp://a.example.cn"'],
    ['https://ok.example.cn,localhost:3000', '"localhost:3000"'],
    ['*,https://a.example.cn', '"*"'],
  ])('refuses CORS_ORIGINS=%j naming the variable and %s', (value, entry) => {
    expect(() => loadCors({ CORS_ORIGINS: value })).toThrow('CORS_ORIGINS');
    expect(() => loadCors({ CORS_ORIGINS: value })).toThrow(entry);
  });

  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['true', true],
  ])('reads CORS_ALLOW_LOCALHOST=%j as %j', (value, allowLocalhost) => {
    expect(loadCors({ CORS_ALLOW_LOCALHOST: value }).allowLocalhost).toBe(allowLocalhost);
  });

  it('refuses any other CORS_ALLOW_LOCALHOST', () => {
    expect(() => loadCors({ CORS_ALLOW_LOCALHOST: 'yes' })).toThrow('CORS_ALLOW_LOCALHOST must be "true" or "false", got "yes"');
  });
});

describe('originAllowed', () => {
  const listed: CorsConfig = { origins: ['https://app.zone.example.cn'], allowLocalhost: false };
  const development: CorsConfig = { origins: [], allowLocalhost: true };
  it.each([
    [listed, 'https://app.zone.example.cn', true],
    [listed, 'http://app.zone.example.cn', false],
    [listed, 'https://app.zone.example.cn:8443', false],
    [listed, 'https://evil.example.cn', false],
    [listed, 'http://localhost:5173', false],
    [listed, 'null', false],
    [development, 'http://localhost:5173', true],
    [development, 'http://127.0.0.1:3000', true],
    [development, 'http://localhost', true],
    [development, 'https://localhost:5173', false],
    [development, 'http://localhost.evil.cn', false],
    [development, 'http://127.0.0.1.evil.cn:80', false],
    [{ origins: '*', allowLocalhost: false }, 'https://anywhere.example', true],
  ] as const)('%j allows %s: %s', (config, origin, allowed) => {
    expect(originAllowed(config, origin)).toBe(allowed);
  });
});
