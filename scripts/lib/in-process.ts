import fs from 'node:fs';
import {
  DEPARTMENTS,
  createAttestationKeyRing,
  createDepartmentRuntime,
  createFederatedApi,
  createLogger,
  type Department,
  type DepartmentPrisma,
  type DepartmentRuntime,
  type RunningService,
  keyDirectoryOf,
  signerOf,
  type AttestationKeyRing,
  type KeyDirectory,
  type EventBusConfig,
  type EventSubscriber,
  createEventSubscriber,
} from '@zone/common';
import { DEFAULT_SUPERGRAPH_PATH } from '../../gateway/src/config';
import { createGateway } from '../../gateway/src/gateway';
import type { CorsConfig } from '../../gateway/src/cors';
import type { ConsoleOptions } from '../../gateway/src/console';
import type { GraphiqlOptions } from '../../gateway/src/graphiql';
import type { RateLimiter } from '../../gateway/src/rate-limit/rate-limiter';
import type { Authenticate } from '../../gateway/src/auth/authenticate';
import { createAssertionKeys } from '../../gateway/src/auth/dev-keys';
import { createTransparencyLog, generateAuditSigningKey, treeSequencerOptions, type TransparencyLog } from '../../gateway/src/audit/transparency';
import { createAuditDatabase, createAuditLog, createAuditSequencer, createIntentReconciler, departmentWriteCommitted, type AuditDatabase, type AuditLog, type AuditSequencer, type IntentReconciler } from '../../gateway/src/audit';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, loadManifest, type Manifest } from '../../gateway/src/trusted-documents/manifest';
import type { BreakerSettings } from '../../gateway/src/upstream-policy';
import type { KeyLike } from 'jose';
import { DEPARTMENT_ENTRIES } from './departments';
import { startHangableProxy, type HangableProxy } from './hangable-proxy';

export interface InProcessOptions {
  urlOf: (department: Department) => string;
  poolSize?: number;
  subgraphTimeoutMs?: number;
  /** Departments' own timeouts where they differ from subgraphTimeoutMs. */
  departmentTimeoutsMs?: Partial<Record<Department, number>>;
  /** The gateway's circuit breaker settings (default DEFAULT_BREAKER). */
  breaker?: BreakerSettings;
  /** true: the gateway reaches each department through a proxy that hangDepartment can make hang. */
  hangable?: true;
  /** How the gateway authenticates callers (a JWT authenticator over a local issuer in tests). */
  authenticate: Authenticate;
  /** Database with the audit schema; every operation is recorded there. */
  auditDatabaseUrl: string;
  /** Registered operations for banks; default the committed gateway/trusted-documents.json; null: banks may send any document. */
  trustedDocuments?: Manifest | null;
  /** false: no audiences; every role works with the whole API schema (tests of the rules behind them). */
  contracts?: false;
  /** Each department system's token source for calling the gateway (none: departments call nothing). */
  systemTokens?: (department: Department) => () => Promise<string>;
  /** The departments' attestation key rings (default: fresh ones, in memory). */
  attestationKeys?: readonly AttestationKeyRing[];
  /** The key pair of the gateway's caller assertions (default: a fresh one), e.g. to run a gateway process against these departments. */
  assertionKeys?: { privateKey: KeyLike; publicKey: KeyLike };
  /** Browser origins that may call the gateway's /graphql (default: none). */
  cors?: CorsConfig;
  /** Requests per caller and minute at the gateway (default: none counted). */
  rateLimiter?: RateLimiter;
  /** Where events travel from the departments' outbox relays to gateways (default: NOTIFY on the audit database). */
  eventBus?: EventBusConfig;
  /** The web console's options (its development sign-in, for the browser tests). */
  console?: ConsoleOptions;
  /** GraphiQL's options (its development role picker, for the browser tests). */
  graphiql?: GraphiqlOptions;
}

export interface InProcessStack {
  gatewayUrl: string;
  runtimes: Record<Department, DepartmentRuntime<DepartmentPrisma>>;
  services: Record<Department, RunningService>;
  subgraphUrls: Record<Department, string>;
  /** The audit log's database, for reading and verifying the chain. */
  audit: AuditDatabase;
  /** The departments' attestation public keys, as the gateway publishes them. */
  attestationKeys: KeyDirectory;
  /** The gateway's audit log: `await auditLog.sequenced()` before reading entries of requests just made. */
  auditLog: AuditLog;
  /** The gateway's audit sequencer (it leads unless another gateway on the same database does). */
  sequencer: AuditSequencer;
  /** Resolves write intents left without an outcome (run by the sequencer's leader; tests call it after a crash). */
  reconciler: IntentReconciler;
  /** The audit log's Merkle tree and signed heads, e.g. to sign a head now (publish). */
  transparency: TransparencyLog;
  /** The gateway's subscriber to the event bus (`await events.ready()` before expecting an alert). */
  events: EventSubscriber;
  /** Stops one department's server (its database stays). */
  stopDepartment: (department: Department) => Promise<void>;
  /** Makes a department accept connections and never answer, as a stopped process does (needs `hangable`). */
  hangDepartment: (department: Department) => void;
  /** Lets a hanging department answer again. */
  resumeDepartment: (department: Department) => void;
  close: () => Promise<void>;
}

/**
 * The six departments and the gateway in one process, each on its own free port and talking HTTP
 * to each other as in production: for integration tests and benchmarks.
 */
export async function startInProcess(options: InProcessOptions): Promise<InProcessStack> {
  const runtimes = {} as Record<Department, DepartmentRuntime<DepartmentPrisma>>;
  const services = {} as Record<Department, RunningService>;
  const subgraphUrls = {} as Record<Department, string>;
  const assertion = options.assertionKeys ?? (await createAssertionKeys());
  const attestationRings = options.attestationKeys ?? DEPARTMENTS.map((department) => createAttestationKeyRing(department));
  const attestationKeys = keyDirectoryOf(attestationRings);
  const signerOfDepartment = (department: Department) => {
    const ring = attestationRings.find((candidate) => candidate.department === department);
    return ring ? signerOf(ring) : null;
  };
  // Departments start before the gateway, so they learn its address when they first call it.
  let gatewayUrl: string | null = null;
  const urlOfGateway = () => {
    if (!gatewayUrl) throw new Error('the gateway is not listening yet');
    return gatewayUrl;
  };
  for (const department of DEPARTMENTS) {
    runtimes[department] = createDepartmentRuntime(DEPARTMENT_ENTRIES[department].definition, {
      databaseUrl: options.urlOf(department),
      poolSize: options.poolSize,
      assertionKey: assertion.publicKey,
      attestationSigner: signerOfDepartment(department),
      eventBus: options.eventBus ?? { kind: 'postgres', url: options.auditDatabaseUrl },
      ...(options.systemTokens ? { federated: createFederatedApi({ department, url: urlOfGateway, token: options.systemTokens(department) }) } : {}),
    });
    services[department] = await runtimes[department].service.listen(0);
    await runtimes[department].relay?.start();
    subgraphUrls[department] = services[department].url;
  }
  const proxies = {} as Partial<Record<Department, HangableProxy>>;
  if (options.hangable) {
    for (const department of DEPARTMENTS) {
      proxies[department] = await startHangableProxy(services[department].url);
      subgraphUrls[department] = proxies[department].url;
    }
  }
  const proxyOf = (department: Department): HangableProxy => {
    const proxy = proxies[department];
    if (!proxy) throw new Error('the stack was started without hangable: true');
    return proxy;
  };
  const audit = createAuditDatabase({ url: options.auditDatabaseUrl });
  // The tree heads are signed with a key of this stack's own (GET /audit/keys.json publishes it).
  const transparency = createTransparencyLog({ prisma: audit.prisma, signingKey: generateAuditSigningKey() });
  let reconciler: IntentReconciler | null = null;
  const reconcile = { name: 'write-intent reconciler', intervalMs: 5000, run: async () => reconciler?.reconcile() };
  const sequencer = createAuditSequencer({ url: options.auditDatabaseUrl, log: createLogger('gateway'), ...treeSequencerOptions(transparency), leaderTasks: [reconcile] });
  const auditLog = createAuditLog({ prisma: audit.prisma, pool: audit.pool, onSubmitted: () => sequencer.wake() });
  reconciler = createIntentReconciler({
    prisma: audit.prisma,
    auditLog,
    log: createLogger('gateway'),
    writeCommitted: departmentWriteCommitted({ subgraphUrls, assertionKey: assertion.privateKey }),
  });
  const eventBus = options.eventBus ?? { kind: 'postgres' as const, url: options.auditDatabaseUrl };
  const events = createEventSubscriber(eventBus, { log: createLogger('gateway') });
  const gateway = createGateway({
    events,
    auditLog,
    auditDatabase: audit.prisma,
    attestationKeys,
    auditTransparency: transparency,
    auditSequencer: sequencer,
    ...(options.contracts === false ? { contracts: false as const } : {}),
    supergraphSdl: fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls,
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    departmentTimeoutsMs: options.departmentTimeoutsMs,
    breaker: options.breaker,
    authenticate: options.authenticate,
    assertionKey: assertion.privateKey,
    log: createLogger('gateway'),
    trustedDocuments: options.trustedDocuments === undefined ? loadManifest(DEFAULT_TRUSTED_DOCUMENTS_PATH) : (options.trustedDocuments ?? undefined),
    ...(options.cors ? { cors: options.cors } : {}),
    ...(options.console ? { console: options.console } : {}),
    ...(options.graphiql ? { graphiql: options.graphiql } : {}),
    ...(options.rateLimiter ? { rateLimiter: options.rateLimiter } : {}),
  });
  const running = await gateway.listen(0);
  sequencer.start();
  gatewayUrl = running.url;
  const stopped = new Set<Department>();
  return {
    gatewayUrl: running.url,
    runtimes,
    services,
    subgraphUrls,
    audit,
    attestationKeys,
    auditLog,
    sequencer,
    reconciler,
    transparency,
    events,
    stopDepartment: async (department) => {
      stopped.add(department);
      await services[department].close();
    },
    hangDepartment: (department) => proxyOf(department).hang(),
    resumeDepartment: (department) => proxyOf(department).resume(),
    close: async () => {
      await running.close();
      await events.close();
      await sequencer.stop();
      await audit.disconnect();
      for (const proxy of Object.values(proxies)) await proxy.close();
      for (const department of DEPARTMENTS) {
        if (!stopped.has(department)) await services[department].close();
        await runtimes[department].disconnect();
      }
    },
  };
}
