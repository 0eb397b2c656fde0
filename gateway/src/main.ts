import fs from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, importJWK, type JSONWebKeySet, type JWK, type KeyLike } from 'jose';
import { createEventSubscriber, createLogger, describeEventBus, loadJwkFile, loadKeyDirectory, startTracing, type TracingHandle } from '@zone/common';
import { createJwtAuthenticator, insecurePlatformCaller } from './auth/authenticate';
import { loadGatewayConfig, type GatewayConfig } from './config';
import { signToken, type TokenClaims } from './auth/dev-keys';
import { createAuditDatabase, createAuditLog, createAuditSequencer, createIntentReconciler, departmentWriteCommitted, type IntentReconciler } from './audit';
import { createGateway } from './gateway';
import { createTransparencyLog, loadAuditSigningKey, treeSequencerOptions, type AuditSigningKey } from './audit/transparency';
import { createRateLimiter } from './rate-limit/rate-limiter';
import { loadManifest } from './trusted-documents/manifest';

/** The development sign-in of the console and GraphiQL: demo tokens signed with the issuer's key, 8 hours. */
async function demoTokenMinter(keyPath: string | null, security: GatewayConfig['security']): Promise<((claims: TokenClaims) => Promise<string>) | null> {
  if (!keyPath || security.mode !== 'on') return null;
  const jwk = JSON.parse(fs.readFileSync(keyPath, 'utf8')) as JWK;
  const key = (await importJWK(jwk, 'ES256')) as KeyLike;
  return (claims) => signToken(key, jwk.kid, claims, { issuer: security.issuer, audience: security.audience, expiresIn: '8h' });
}

async function main(): Promise<void> {
  const log = createLogger('gateway');
  let config;
  try {
    config = loadGatewayConfig(process.env, process.argv.slice(2));
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
  // OpenTelemetry traces when OTEL_EXPORTER_OTLP_ENDPOINT is set (tracing.ts in common).
  let tracing: TracingHandle | null = null;
  try {
    tracing = startTracing('gateway');
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
  if (tracing) log.info('tracing on: spans exported over OTLP/HTTP as zone-gateway');
  const { security } = config;
  const assertionKey = security.assertionKeyPath ? await loadJwkFile(security.assertionKeyPath, 'ASSERTION_KEY_PATH') : null;
  let authenticate = insecurePlatformCaller;
  if (security.mode === 'on') {
    const keys = 'path' in security.jwks
      ? createLocalJWKSet(JSON.parse(fs.readFileSync(security.jwks.path, 'utf8')) as JSONWebKeySet)
      : createRemoteJWKSet(new URL(security.jwks.url));
    authenticate = createJwtAuthenticator({ keys, issuer: security.issuer, audience: security.audience });
  } else {
    const banner = '!'.repeat(78);
    log.warn(`\n${banner}\n  SECURITY IS OFF (--no-security): every request is served as an unauthenticated\n  PLATFORM caller. For development and conformance runs only; never expose this gateway.\n${banner}`);
  }
  const supergraphSdl = fs.readFileSync(config.supergraphPath, 'utf8');
  let trustedDocuments;
  try {
    trustedDocuments = loadManifest(config.trustedDocumentsPath);
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
  const rateLimiter = createRateLimiter(config.rateLimit, log);
  const audit = config.auditDatabaseUrl ? createAuditDatabase({ url: config.auditDatabaseUrl }) : null;
  if (!audit) log.warn('no audit database: operations are not recorded (--no-security without DATABASE_URL)');
  let signingKey: AuditSigningKey | null = null;
  try {
    signingKey = config.auditSigningKeyPath ? loadAuditSigningKey(config.auditSigningKeyPath) : null;
  } catch (error) {
    log.fatal((error as Error).message);
    process.exit(1);
  }
  if (audit && !signingKey) log.warn('AUDIT_SIGNING_KEY_PATH is not set: this gateway signs no audit tree heads');
  // The Merkle tree over the entries and its signed heads, over the same database.
  const transparency = audit ? createTransparencyLog({ prisma: audit.prisma, signingKey, log }) : null;
  // Every gateway runs a sequencer; the one holding its advisory lock integrates every gateway's
  // submissions into the chain and the tree, and signs the tree heads.
  // The leader also resolves the write intents that gateways which died left without an outcome.
  let reconciler: IntentReconciler | null = null;
  const reconcile = { name: 'write-intent reconciler', intervalMs: 5000, run: async () => reconciler?.reconcile() };
  const sequencer = config.auditDatabaseUrl
    ? createAuditSequencer({ url: config.auditDatabaseUrl, log, ...(transparency ? treeSequencerOptions(transparency, log) : {}), leaderTasks: [reconcile] })
    : null;
  const auditLog = audit ? createAuditLog({ prisma: audit.prisma, pool: audit.pool, onSubmitted: () => sequencer?.wake() }) : undefined;
  if (audit && auditLog && assertionKey) {
    reconciler = createIntentReconciler({ prisma: audit.prisma, auditLog, log, writeCommitted: departmentWriteCommitted({ subgraphUrls: config.subgraphUrls, assertionKey }) });
  }
  // Every replica listens on the bus and serves the subscriptions of its own clients.
  const events = config.eventBus ? createEventSubscriber(config.eventBus, { log }) : null;
  if (config.eventBus) log.info({ bus: describeEventBus(config.eventBus) }, 'alerts: listening for departments\' events');
  else log.warn('no event bus (no database and no REDIS_URL): subscriptions are not served');
  // Development only (npm start): null unless CONSOLE_DEMO_ISSUER_KEY_PATH is set, which production refuses.
  const demoTokens = await demoTokenMinter(config.consoleDemoIssuerKeyPath, security);
  const gateway = createGateway({
    auditLog,
    auditDatabase: audit?.prisma,
    ...(config.attestationKeyDirectoryPath ? { attestationKeys: loadKeyDirectory(config.attestationKeyDirectoryPath, 'ATTESTATION_KEY_DIRECTORY_PATH') } : {}),
    ...(transparency ? { auditTransparency: transparency } : {}),
    ...(sequencer ? { auditSequencer: sequencer } : {}),
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    departmentTimeoutsMs: config.departmentTimeoutsMs,
    breaker: config.breaker,
    authenticate,
    assertionKey,
    log,
    limits: config.limits,
    rateLimiter,
    trustProxy: config.trustProxy,
    cors: config.cors,
    console: { demoTokens },
    graphiql: { demoTokens },
    batchMaxOperations: config.batchMaxOperations,
    trustedDocuments,
    ...(security.mode === 'off' ? { securityOff: true as const } : {}),
    ...(events ? { events } : {}),
  });
  const running = await gateway.listen(config.port, config.host);
  sequencer?.start();
  log.info(
    { supergraph: config.supergraphPath, security: security.mode, rateLimit: config.rateLimit.redis ? `redis (on failure: ${config.rateLimit.redis.onFailure})` : 'memory', trustedDocuments: trustedDocuments.operations.length },
    `GraphQL endpoint ${running.url}`,
  );
  // SIGTERM or SIGINT: stop accepting, answer the requests in flight, write every audit entry
  // still queued, close the pools, exit 0. A second signal while that runs changes nothing.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: draining requests and flushing the audit log');
    try {
      await running.close();
      await events?.close();
      await sequencer?.stop();
      await audit?.disconnect();
      await tracing?.shutdown();
      log.info({ signal }, 'stopped');
      process.exit(0);
    } catch (error) {
      log.error({ err: error, signal }, 'stopping failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

void main();
