import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DEPARTMENT_ERRORS, REQUEST_ERRORS, createLogger, type Caller } from '@zone/common';
import { recordingAuditLog } from '../../audit/__tests__/recording-audit-log';
import type { GatewayContext } from '../../context';
import { LIMIT_ERRORS } from '../../limits/policy';
import { classifyErrors, type GatewayError } from '../../operations/errors';
import { composeGatewayPlugins, type GatewayPlugin } from '../gateway-plugin';
import { AUTHENTICATION_ERRORS } from '../useAuthentication';
import { useAuditLog } from '../useAuditLog';
import { RATE_LIMIT_ERRORS } from '../useRateLimit';
import { TRUSTED_DOCUMENT_ERRORS } from '../useTrustedDocuments';

// Each plugin's declarations, as the gateway composes them, beside the departments' and Apollo Server's own.
const declaring: GatewayPlugin[] = [
  { name: 'rate-limit', errors: RATE_LIMIT_ERRORS },
  { name: 'authentication', errors: AUTHENTICATION_ERRORS },
  { name: 'trusted-documents', errors: TRUSTED_DOCUMENT_ERRORS },
  { name: 'demand-control', errors: LIMIT_ERRORS },
];
const log = createLogger('gateway');
const { auditLog, entries } = recordingAuditLog();
const composed = composeGatewayPlugins([useAuditLog({ auditLog, errors: classifyErrors(declaring.map((p) => p.errors!)), log }), ...declaring], { log });
const caller: Caller = { organisation: 'GD-REGULATOR', role: 'REGULATOR', zone: null, department: null, scopes: [] };

/** An Apollo Server whose one field fails with the error given, formatted and audited as the gateway's. */
let failWith: () => never = () => {
  throw new Error('no error chosen');
};
const server = new ApolloServer<GatewayContext>({
  typeDefs: 'type Query { answer: String }',
  resolvers: { Query: { answer: () => failWith() } },
  plugins: composed.apolloPlugins,
  formatError: composed.formatError,
});

async function answerFailingWith(error: Error) {
  failWith = () => {
    throw error;
  };
  entries.length = 0;
  const response = await server.executeOperation({ query: '{ answer }' }, { contextValue: { requestId: 'r-1', caller, log } });
  await auditLog.flush();
  const body = response.body.kind === 'single' ? response.body.singleResult : null;
  return { errors: body?.errors ?? [], outcome: entries.at(-1)?.outcome };
}

beforeAll(() => server.start());
afterAll(() => server.stop());

const everyDeclared: GatewayError[] = [...DEPARTMENT_ERRORS, ...REQUEST_ERRORS, ...declaring.flatMap((p) => p.errors!)];

describe('errors as the composed plugins declare them', () => {
  it.each(everyDeclared.map((declared) => [declared.code, declared.audit] as const))('passes %s to the client as raised and audits the operation %s', async (code, audit) => {
    const { errors, outcome } = await answerFailingWith(new GraphQLError(`refused: ${code}`, { extensions: { code, limit: 3 } }));
    expect(errors).toEqual([expect.objectContaining({ message: `refused: ${code}`, extensions: { code, limit: 3 } })]);
    expect(outcome).toBe(audit);
  });

  it('masks an error code no plugin declared as INTERNAL_SERVER_ERROR, and audits an ERROR', async () => {
    const { errors, outcome } = await answerFailingWith(new GraphQLError('ledger row 17 locked by pid 4242', { extensions: { code: 'LEDGER_LOCKED' } }));
    expect(errors).toEqual([expect.objectContaining({ message: 'Internal error in the gateway service', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(outcome).toBe('ERROR');
  });

  it('masks an error without a code, and a plain Error', async () => {
    for (const error of [new GraphQLError('connect ECONNREFUSED 10.0.0.7:5432'), new Error('Cannot read properties of undefined')]) {
      const { errors } = await answerFailingWith(error);
      expect(errors[0]).toMatchObject({ message: 'Internal error in the gateway service', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
  });

  it('passes a department\'s error (serviceName) whatever its code', async () => {
    const { errors, outcome } = await answerFailingWith(new GraphQLError('tax is down', { extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'tax' } }));
    expect(errors[0]).toMatchObject({ message: 'tax is down', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'tax' } });
    expect(outcome).toBe('ERROR');
  });

  it('a plugin that declares nothing of a code gets it masked: the declaration is what passes it', async () => {
    const bare = composeGatewayPlugins([{ name: 'authentication' }], { log });
    const error = new GraphQLError('Rate limit exceeded', { extensions: { code: 'RATE_LIMITED' } });
    expect(bare.formatError(error.toJSON(), error)).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(composed.formatError(error.toJSON(), error)).toEqual({ message: 'Rate limit exceeded', extensions: { code: 'RATE_LIMITED' } });
  });

  it.each([
    ['UNAUTHENTICATED', 401, 'REFUSED_UNAUTHENTICATED'],
    ['RATE_LIMITED', 429, 'RATE_LIMITED'],
    ['RATE_LIMITER_UNAVAILABLE', 503, 'ERROR'],
    ['BAD_REQUEST', 400, 'DENIED'],
    ['NOBODY_DECLARED_THIS', 500, 'ERROR'],
  ])('records a refusal before the pipeline with %s (HTTP %i) as %s', (code, status, outcome) => {
    expect(composed.errors.refusalOutcomeOf(new GraphQLError('refused', { extensions: { code, http: { status } } }))).toBe(outcome);
  });

  it('refuses to compose one code declared two ways', () => {
    expect(() => classifyErrors([[{ code: 'FORBIDDEN', audit: 'ERROR' }]])).toThrow('Error code FORBIDDEN is declared twice, differently');
    expect(() => classifyErrors([[{ code: 'UNAUTHENTICATED', audit: 'DENIED', refusal: 'REFUSED_UNAUTHENTICATED' }], [{ code: 'UNAUTHENTICATED', audit: 'DENIED', refusal: 'RATE_LIMITED' }]])).toThrow(/declared twice/);
    expect(classifyErrors([AUTHENTICATION_ERRORS, AUTHENTICATION_ERRORS]).codes.has('UNAUTHENTICATED')).toBe(true);
  });
});
