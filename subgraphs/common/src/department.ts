import { PrismaPg } from '@prisma/adapter-pg';
import type { KeyLike } from 'jose';
import type { Department } from './caller';
import type { FederatedApi } from './federated-api';
import type { AttestationSigner } from './attestation/key-directory';
import { schemaNameOf } from './database';
import { createLogger, type Logger } from './logger';
import { collectProcessMetrics, createDepartmentPool, createServiceMetrics, type ServiceMetrics } from './metrics';
import { registerRowReader } from './row-reader';
import { createSubgraphService, type RequestContextBase, type SubgraphService } from './server';
import { buildDepartmentSchema } from './typedefs';
import { hasCommittedWrite } from './write-requests';
import { createOutboxRelay, type OutboxRelay } from './events/relay';
import type { EventBusConfig } from './events/bus';
import type { OutboxDelivery } from './events/delivery';
import type { BucketTable } from './statistics/buckets';
import { createStatisticsStore, registerStatisticsStore, type StatisticsStore } from './statistics/store';

/** The part of a generated Prisma client the runtime needs. */
export interface DepartmentPrisma {
  $queryRaw: (query: TemplateStringsArray, ...values: unknown[]) => Promise<unknown>;
  $disconnect: () => Promise<void>;
}

/** What makes a department's subgraph: its folder (SDL, Prisma), resolvers and context. */
export interface DepartmentDefinition<P extends DepartmentPrisma, C extends RequestContextBase> {
  department: Department;
  /** Folder holding schema.graphql and prisma/. */
  dir: string;
  resolvers: unknown;
  /** Wraps the adapter in the department's own generated PrismaClient. */
  createPrisma: (adapter: PrismaPg) => P;
  createContext: (prisma: P, base: RequestContextBase, services: DepartmentServices) => C;
  /** Events of its outbox another department must acknowledge, and how they reach it (needs the federated API). */
  outboxDelivery?: (federated: FederatedApi) => OutboxDelivery;
  /** The department's statistics bucket tables, kept from its `stat_dirty` queue; none: it has no statistics. */
  statistics?: readonly BucketTable[];
}

/** What a department's runtime holds besides its database, handed to its context. */
export interface DepartmentServices {
  /** The department's current attestation key; null: its decisions are recorded without attestations. */
  attestationSigner: AttestationSigner | null;
}

export interface DepartmentDatabase<P extends DepartmentPrisma> {
  prisma: P;
  metrics: ServiceMetrics;
  /** The statistics buckets (read through the counted pool); null for a department without. */
  statistics: StatisticsStore | null;
  /** Releases the database connections. */
  disconnect: () => Promise<void>;
}

export interface DepartmentRuntime<P extends DepartmentPrisma> extends DepartmentDatabase<P> {
  department: Department;
  log: Logger;
  service: SubgraphService;
  /** Publishes the department's committed events (not started: the process or test stack starts it); null without a bus. */
  relay: OutboxRelay | null;
}

export interface DepartmentDatabaseOptions {
  databaseUrl: string;
  /** Pool size (default 10). */
  poolSize?: number;
}

export interface DepartmentRuntimeOptions extends DepartmentDatabaseOptions {
  log?: Logger;
  /** The gateway's public key for caller assertions. */
  assertionKey: KeyLike;
  /** How the department calls the federated API as its own system. */
  federated?: FederatedApi;
  /** The department's current SM2 attestation key (from ATTESTATION_KEY_PATH, or made in memory by test stacks). */
  attestationSigner?: AttestationSigner | null;
  /** Where the outbox relay publishes committed events; none: events stay in the outbox. */
  eventBus?: EventBusConfig;
}

/** A department's Prisma client over a counted pool in its own schema (for the service, seeds and tools). */
export function createDepartmentDatabase<P extends DepartmentPrisma, C extends RequestContextBase>(
  definition: DepartmentDefinition<P, C>,
  options: DepartmentDatabaseOptions,
): DepartmentDatabase<P> {
  const metrics = createServiceMetrics(definition.department, false);
  const pool = createDepartmentPool(definition.department, options.databaseUrl, metrics, options.poolSize);
  const prisma = definition.createPrisma(new PrismaPg(pool, { schema: schemaNameOf(definition.department) }));
  // The loaders' hot reads go through the same pool as fixed-shape SQL (row-reader.ts).
  registerRowReader(prisma, pool);
  const statistics = definition.statistics ? createStatisticsStore({ department: definition.department, pool, tables: definition.statistics, databaseUrl: options.databaseUrl }) : null;
  if (statistics) registerStatisticsStore(prisma, statistics);
  return {
    prisma,
    metrics,
    statistics,
    disconnect: async () => {
      await statistics?.stop();
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** Builds a department's subgraph over its database; nothing listens until service.listen. */
export function createDepartmentRuntime<P extends DepartmentPrisma, C extends RequestContextBase>(
  definition: DepartmentDefinition<P, C>,
  options: DepartmentRuntimeOptions,
): DepartmentRuntime<P> {
  const { department } = definition;
  const log = options.log ?? createLogger(department);
  const database = createDepartmentDatabase(definition, options);
  const { prisma, metrics } = database;
  // /metrics carries the process's own metrics (CPU, memory, event loop, GC) beside the department's.
  collectProcessMetrics(metrics);
  const schema = buildDepartmentSchema(definition.dir, definition.resolvers);
  const services: DepartmentServices = { attestationSigner: options.attestationSigner ?? null };
  const service = createSubgraphService<C>({
    department,
    schema,
    createContext: (base) => definition.createContext(prisma, base, services),
    ping: () => prisma.$queryRaw`SELECT 1`,
    writeCommitted: (requestId) => hasCommittedWrite(prisma, requestId),
    metrics,
    log,
    assertionKey: options.assertionKey,
    federated: options.federated,
  });
  // The buckets follow the writes as they commit, whoever writes (this process, another, a seed).
  void database.statistics?.start(log);
  if (definition.outboxDelivery && !options.federated) log.warn('no federated API (SYSTEM_KEY_PATH): events other departments must acknowledge stay in the outbox');
  const delivery = definition.outboxDelivery && options.federated ? definition.outboxDelivery(options.federated) : undefined;
  const relay = options.eventBus ? createOutboxRelay({ department, databaseUrl: options.databaseUrl, bus: options.eventBus, log, delivery, registry: metrics.registry }) : null;
  return {
    ...database,
    disconnect: async () => {
      await relay?.close();
      await database.disconnect();
    },
    department,
    log,
    service,
    relay,
  };
}
