import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import {
  createDepartmentDatabase,
  createEventPublisher,
  createEventSubscriber,
  createLogger,
  createOutboxRelay,
  emitEvent,
  type DepartmentDatabase,
  type DepartmentPrisma,
  type EventBusConfig,
  type EventSubscriber,
  type OutboxRelay,
  type WatchFlagEventPayload,
  type ZoneEvent,
} from '@zone/common';
import { DEPARTMENT_ENTRIES } from '../scripts/lib/departments';
import { withDatabase } from './support/urls';

// The outbox on real PostgreSQL: events written in a department's transaction, published by its
// relay over PostgreSQL NOTIFY (and Redis where it runs), received by two subscribers as two
// gateway replicas would, and never lost when no relay runs at commit time.

const adminUrl = process.env.TEST_PG_ADMIN_URL!;
const database = `${process.env.TEST_TEMPLATE_DB!.replace('zone_tpl_', 'zone_t_')}_outbox_${randomBytes(3).toString('hex')}`;
const url = withDatabase(adminUrl, database);
const log = createLogger('public-security', 'silent');
const REDIS_URL = 'redis://127.0.0.1:6379';

type TxPrisma = DepartmentPrisma & { $transaction: <T>(fn: (tx: { $executeRawUnsafe: (query: string, ...values: unknown[]) => Promise<number> }) => Promise<T>) => Promise<T> };

let db: DepartmentDatabase<TxPrisma>;
const closers: (() => Promise<void>)[] = [];

const flag = (caseReference: string): WatchFlagEventPayload => ({
  subjectKind: 'ENTERPRISE',
  subjectKey: '91440200MA4TEST01X',
  zone: 'SHAOGUAN',
  category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING',
  since: '2026-12-01T00:00:00.000Z',
  caseReference,
  active: true,
});

async function emitCommitted(caseReference: string): Promise<void> {
  await db.prisma.$transaction((tx) => emitEvent(tx, 'watchFlagRaised', flag(caseReference)));
}

/** Collects what a subscriber receives; `waitFor` polls with a deadline, never a fixed sleep. */
function collect(subscriber: EventSubscriber): { events: ZoneEvent[]; waitFor: (caseReference: string) => Promise<ZoneEvent> } {
  const events: ZoneEvent[] = [];
  subscriber.onEvent((event) => events.push(event));
  const find = (ref: string) => events.find((e) => (e.payload as WatchFlagEventPayload).caseReference === ref);
  return {
    events,
    waitFor: async (caseReference) => {
      const until = Date.now() + 20_000;
      for (;;) {
        const found = find(caseReference);
        if (found) return found;
        if (Date.now() > until) throw new Error(`event ${caseReference} never arrived; received ${JSON.stringify(events)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

function relayOn(bus: EventBusConfig): OutboxRelay {
  const relay = createOutboxRelay({ department: 'public-security', databaseUrl: url, bus, log, pollIntervalMs: 200 });
  closers.push(() => relay.close());
  return relay;
}

function subscriberOn(bus: EventBusConfig): EventSubscriber {
  const subscriber = createEventSubscriber(bus, { log });
  closers.push(() => subscriber.close());
  return subscriber;
}

async function unpublishedRows(): Promise<number> {
  const client = new Client({ connectionString: url, options: '-c search_path=public_security' });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*)::text AS n FROM event_outbox WHERE published_at IS NULL');
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

beforeAll(async () => {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${process.env.TEST_TEMPLATE_DB!}"`);
  await admin.end();
  db = createDepartmentDatabase(DEPARTMENT_ENTRIES['public-security'].definition, { databaseUrl: url, poolSize: 2 }) as unknown as DepartmentDatabase<TxPrisma>;
}, 60_000);

afterEach(async () => {
  // Each test leaves nothing unpublished for the next one's relay.
  const relay = createOutboxRelay({ department: 'public-security', databaseUrl: url, bus: { kind: 'postgres', url }, log });
  await relay.flush();
  await relay.close();
  for (const close of closers.splice(0)) await close();
});

afterAll(async () => {
  await db?.disconnect();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
}, 60_000);

describe('event outbox and relay over PostgreSQL NOTIFY', () => {
  const bus: EventBusConfig = { kind: 'postgres', url };

  it('delivers an event committed in a department transaction to every listening replica, once, as committed', async () => {
    const replicas = [subscriberOn(bus), subscriberOn(bus)];
    await Promise.all(replicas.map((r) => r.ready()));
    const received = replicas.map(collect);
    await relayOn(bus).start();
    await emitCommitted('CASE-NOTIFY-1');
    for (const replica of received) {
      const event = await replica.waitFor('CASE-NOTIFY-1');
      expect(event).toMatchObject({ department: 'public-security', topic: 'watchFlagRaised', zone: 'SHAOGUAN', payload: flag('CASE-NOTIFY-1') });
      expect(event.id).toMatch(/^public-security:\d+$/);
      expect(Number.isNaN(Date.parse(event.occurredAt))).toBe(false);
    }
    expect(await unpublishedRows()).toBe(0);
    expect(received.map((r) => r.events.filter((e) => (e.payload as WatchFlagEventPayload).caseReference === 'CASE-NOTIFY-1').length)).toEqual([1, 1]);
  }, 60_000);

  it('records nothing for a transaction that rolls back', async () => {
    const received = collect(subscriberOn(bus));
    await expect(
      db.prisma.$transaction(async (tx) => {
        await emitEvent(tx, 'watchFlagRaised', flag('CASE-ROLLED-BACK'));
        throw new Error('the write failed after emitting');
      }),
    ).rejects.toThrow('the write failed');
    expect(await unpublishedRows()).toBe(0);
    const relay = relayOn(bus);
    await relay.start();
    await emitCommitted('CASE-AFTER-ROLLBACK');
    await received.waitFor('CASE-AFTER-ROLLBACK');
    expect(received.events.some((e) => (e.payload as WatchFlagEventPayload).caseReference === 'CASE-ROLLED-BACK')).toBe(false);
  }, 60_000);

  it('keeps an event committed while no relay runs and publishes it when a relay starts', async () => {
    const subscriber = subscriberOn(bus);
    await subscriber.ready();
    const received = collect(subscriber);
    const relay = relayOn(bus);
    await relay.start();
    await relay.stop();
    await emitCommitted('CASE-WHILE-DOWN');
    expect(await unpublishedRows()).toBe(1);
    expect(await relay.pending()).toBe(1);
    await relay.start();
    await received.waitFor('CASE-WHILE-DOWN');
    expect(await unpublishedRows()).toBe(0);
  }, 60_000);

  it('publishes through a bus database reached on its own connection (at least once), and a replica drops a redelivered id', async () => {
    // Another URL string for the same database: the relay publishes outside its own transaction.
    const separate: EventBusConfig = { kind: 'postgres', url: `${url}?application_name=zone-event-bus` };
    const subscriber = subscriberOn(separate);
    await subscriber.ready();
    const received = collect(subscriber);
    await relayOn(separate).start();
    await emitCommitted('CASE-SEPARATE-BUS');
    const event = await received.waitFor('CASE-SEPARATE-BUS');
    const publisher = createEventPublisher(separate);
    closers.push(() => publisher.close());
    await publisher.publish([event]);
    await emitCommitted('CASE-AFTER-REDELIVERY');
    await received.waitFor('CASE-AFTER-REDELIVERY');
    expect(received.events.filter((e) => e.id === event.id)).toHaveLength(1);
  }, 60_000);

  it('refuses a payload too large for a notification, before writing anything', async () => {
    await expect(db.prisma.$transaction((tx) => emitEvent(tx, 'watchFlagRaised', flag('X'.repeat(4000))))).rejects.toThrow(/over 3000/);
    expect(await unpublishedRows()).toBe(0);
  });
});

describe('event outbox and relay over Redis pub/sub', () => {
  const channel = `zone-test-outbox:${randomBytes(3).toString('hex')}:events`;
  const bus: EventBusConfig = { kind: 'redis', url: REDIS_URL, channel };
  let haveRedis = false;

  beforeAll(async () => {
    haveRedis = await redisAnswers();
    if (!haveRedis && process.env.CI) throw new Error(`Redis does not answer on ${REDIS_URL}`);
  });

  it('delivers a committed event to two replicas, and one committed while no relay ran once a relay starts', async () => {
    if (!haveRedis) return console.warn(`Redis does not answer on ${REDIS_URL}: the Redis bus test did not run`);
    const replicas = [subscriberOn(bus), subscriberOn(bus)];
    await Promise.all(replicas.map((r) => r.ready()));
    const received = replicas.map(collect);
    const relay = relayOn(bus);
    await emitCommitted('CASE-REDIS-WHILE-DOWN');
    expect(await relay.pending()).toBe(1);
    await relay.start();
    await emitCommitted('CASE-REDIS-LIVE');
    for (const replica of received) {
      await replica.waitFor('CASE-REDIS-WHILE-DOWN');
      await replica.waitFor('CASE-REDIS-LIVE');
    }
    expect(await unpublishedRows()).toBe(0);
  }, 60_000);
});
