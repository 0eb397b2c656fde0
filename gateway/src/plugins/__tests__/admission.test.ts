import { GraphQLError } from 'graphql';
import { createLogger, unauthenticated, type Caller, type CallerRole } from '@zone/common';
import type { AccessRecord } from '../../access-log';
import { recordingAuditLog } from '../../audit/__tests__/recording-audit-log';
import { createGatewayMetrics } from '../../metrics';
import { createMemoryRateLimiter } from '../../rate-limit/rate-limiter';
import { composeGatewayPlugins, errorsDeclaredBy, type AdmissionRequest } from '../gateway-plugin';
import { useAuditLog } from '../useAuditLog';
import { useAuthentication } from '../useAuthentication';
import { useRateLimit } from '../useRateLimit';

// Admission as gateway.ts composes it: the audit of refusals around the rate limits around authentication.
const BANK: Caller = { organisation: '91440300MA5FXXXX0X', role: 'BANK', zone: null, department: null, scopes: [] };
const ONE_A_MINUTE: Record<CallerRole, number> = { PLATFORM: 1, BANK: 1, REGULATOR: 1, OFFICER: 1, SYSTEM: 1 };

function admissionUnderTest() {
  const { auditLog, entries } = recordingAuditLog();
  const verified: string[] = [];
  const authenticate = async (headers: Headers): Promise<Caller> => {
    const token = headers.get('authorization');
    verified.push(token ?? '(none)');
    if (token !== 'Bearer good') throw unauthenticated('Invalid bearer token: token signature is invalid');
    return BANK;
  };
  const metrics = createGatewayMetrics({ processMetrics: false });
  const log = createLogger('gateway', 'silent');
  const checks = [useRateLimit({ rateLimiter: createMemoryRateLimiter({ perMinute: ONE_A_MINUTE, anonymousPerMinute: 1 }), metrics }), useAuthentication({ authenticate })];
  const plugins = composeGatewayPlugins([useAuditLog({ auditLog, errors: errorsDeclaredBy(checks), log }), ...checks], { log });
  let n = 0;
  const admit = (address: string, headers: Record<string, string> = {}, access?: AccessRecord) => {
    const request: AdmissionRequest = { headers: new Headers(headers), address, requestId: `r-${(n += 1)}`, body: { query: '{ zones }', operationName: 'Zones' }, ...(access ? { access } : {}) };
    return plugins.admit(request);
  };
  const refusalOf = (promise: Promise<unknown>) => promise.then(() => null, (error: GraphQLError) => ({ code: error.extensions.code, status: (error.extensions.http as { status: number }).status }));
  const refusals = async (caller: string) => (await metrics.registry.getSingleMetric('zone_gateway_rate_limit_refusals_total')!.get()).values.find((v) => v.labels.caller === caller)?.value ?? 0;
  return { admit, entries, verified, refusalOf, refusals, close: plugins.close };
}

describe('admission: authentication and rate limits, in order', () => {
  it('spends an address\'s allowance before any token work when no token is sent', async () => {
    const { admit, entries, verified, refusalOf, refusals } = admissionUnderTest();
    expect(await refusalOf(admit('10.0.0.1'))).toEqual({ code: 'UNAUTHENTICATED', status: 401 });
    expect(verified).toEqual(['(none)']);
    expect(await refusalOf(admit('10.0.0.1'))).toEqual({ code: 'RATE_LIMITED', status: 429 });
    // Refused before the token was looked at.
    expect(verified).toEqual(['(none)']);
    expect(await refusals('anonymous')).toBe(1);
    expect(entries.map((e) => [e.requestId, e.organisation, e.role, e.outcome, e.operationName])).toEqual([
      ['r-1', '(unauthenticated)', '(none)', 'REFUSED_UNAUTHENTICATED', 'Zones'],
      ['r-2', '(unauthenticated)', '(none)', 'RATE_LIMITED', 'Zones'],
    ]);
  });

  it('spends the address\'s allowance once a token has failed, and not before', async () => {
    const { admit, verified, refusalOf } = admissionUnderTest();
    expect(await refusalOf(admit('10.0.0.2', { authorization: 'Bearer forged' }))).toEqual({ code: 'UNAUTHENTICATED', status: 401 });
    expect(await refusalOf(admit('10.0.0.2', { authorization: 'Bearer forged' }))).toEqual({ code: 'RATE_LIMITED', status: 429 });
    // The second token was verified (and failed) before the address's allowance was spent.
    expect(verified).toEqual(['Bearer forged', 'Bearer forged']);
    // A valid token from the same address spends its caller's allowance, not the address's.
    await expect(admit('10.0.0.2', { authorization: 'Bearer good' })).resolves.toEqual(BANK);
  });

  it('admits a caller with the purpose it states, names it in the access record, then holds it to its own allowance', async () => {
    const { admit, entries, refusalOf, refusals } = admissionUnderTest();
    const access: AccessRecord = { caller: null, operations: [], errorCodes: new Set(), subgraphs: new Set(), partial: false };
    await expect(admit('10.0.0.3', { authorization: 'Bearer good', 'x-purpose': 'settlement' }, access)).resolves.toEqual({ ...BANK, purpose: 'settlement' });
    expect(access.caller).toEqual({ organisation: BANK.organisation, role: 'BANK' });
    expect(await refusalOf(admit('10.0.0.4', { authorization: 'Bearer good', 'x-purpose': 'settlement' }))).toEqual({ code: 'RATE_LIMITED', status: 429 });
    expect(await refusals('BANK')).toBe(1);
    expect(entries).toEqual([expect.objectContaining({ organisation: BANK.organisation, role: 'BANK', purpose: 'settlement', outcome: 'RATE_LIMITED' })]);
  });

  it('refuses a purpose too long as BAD_REQUEST, recorded against the caller, without spending the address', async () => {
    const { admit, entries, refusalOf } = admissionUnderTest();
    expect(await refusalOf(admit('10.0.0.5', { authorization: 'Bearer good', 'x-purpose': 'x'.repeat(201) }))).toEqual({ code: 'BAD_REQUEST', status: 400 });
    expect(entries).toEqual([expect.objectContaining({ organisation: BANK.organisation, role: 'BANK', purpose: null, outcome: 'DENIED' })]);
    expect(await refusalOf(admit('10.0.0.5'))).toEqual({ code: 'UNAUTHENTICATED', status: 401 });
  });
});
