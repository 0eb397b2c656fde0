import { Pool } from 'pg';
import { Counter, type Registry } from 'prom-client';
import type { Department } from '../caller';
import { poolConfigFor, schemaNameOf } from '../database';
import { createWakeListener } from '../wake-listener';
import type { Logger } from '../logger';
import { createEventPublisher, type EventBusConfig, type EventPublisher } from './bus';
import { DeliveryRefused, type OutboxDelivery } from './delivery';
import { outboxWakeChannelOf } from './outbox';
import type { EventTopic, ZoneEvent } from './topics';

export interface OutboxRelayOptions {
  department: Department;
  /** The department's database (its schema holds event_outbox). */
  databaseUrl: string;
  bus: EventBusConfig;
  log: Logger;
  /** Rows published per transaction (100). */
  batchSize?: number;
  /** Look for unpublished rows at least this often, whatever woke the relay (1000 ms). */
  pollIntervalMs?: number;
  /** Topics one other department must acknowledge, handed to it as well as published (./delivery). */
  delivery?: OutboxDelivery;
  /** The department's metrics registry: zone_outbox_dead_letters_total counts the events given up on. */
  registry?: Registry;
}

export interface OutboxRelay {
  /** Starts listening for commits and publishing; publishes whatever was left unpublished first. */
  start: () => Promise<void>;
  /** Publishes every committed, unpublished row now; resolves with how many it published. */
  flush: () => Promise<number>;
  /** Rows committed and not yet published. */
  pending: () => Promise<number>;
  /** Deliveries (options.delivery) that failed since the relay was made: the events were sent again later. */
  deliveryFailures: () => number;
  /** Events the receiver refused for good since the relay was made: marked dead (dead_at, dead_reason), not sent again. */
  deadLetters: () => number;
  /** Stops publishing (as a process that died would); start publishes what was left meanwhile. */
  stop: () => Promise<void>;
  /** Stops and releases the relay's connections for good. */
  close: () => Promise<void>;
}

interface OutboxRow {
  id: string;
  topic: string;
  zone: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Publishes a department's committed events (emitEvent's rows) to the bus and marks them
 * published. A row is marked only after its publication succeeded, so a relay that dies, or a bus
 * that is down, leaves the rows unpublished and the next run publishes them: at least once. When
 * the bus is PostgreSQL NOTIFY on the department's own database, publishing and marking are one
 * transaction: exactly once. Several relays of one department share the rows (SKIP LOCKED).
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { department, log } = options;
  const schema = schemaNameOf(department);
  const batchSize = options.batchSize ?? 100;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const pool = new Pool(poolConfigFor(department, options.databaseUrl, 2));
  pool.on('error', () => undefined);
  const sameDatabase = options.bus.kind === 'postgres' && options.bus.url === options.databaseUrl;
  let publisher: EventPublisher | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = true;
  let failing = false;
  const eventOf = (row: OutboxRow): ZoneEvent => ({
    id: `${department}:${row.id}`,
    department,
    topic: row.topic as EventTopic,
    zone: row.zone as ZoneEvent['zone'],
    payload: row.payload as unknown as ZoneEvent['payload'],
    occurredAt: row.created_at.toISOString(),
  });

  const publishBatch = async (): Promise<number> => {
    publisher ??= createEventPublisher(options.bus);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<OutboxRow>(
        'SELECT id::text AS id, topic, zone::text AS zone, payload, created_at FROM event_outbox WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED',
        [batchSize],
      );
      if (rows.length > 0) {
        const events = rows.map(eventOf);
        await publisher.publish(events, sameDatabase ? client : undefined);
        await client.query('UPDATE event_outbox SET published_at = now() WHERE id = ANY($1::bigint[])', [rows.map((row) => row.id)]);
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  const drain = async (): Promise<number> => {
    let total = 0;
    for (;;) {
      const count = await publishBatch();
      total += count;
      if (count < batchSize) return total;
    }
  };

  const { delivery } = options;
  // The topics are constants of the code (EVENT_TOPICS), quoted here so the partial index on unacknowledged rows serves the query.
  const deliveredTopics = (delivery?.topics ?? []).map((topic) => `'${topic.replace(/'/g, "''")}'`).join(', ');
  let deliveryDelayMs = 0;
  let deliveryRetryAt = 0;
  let deliveryFailures = 0;
  let deadLetters = 0;
  const deadLetterCounter = options.registry
    ? new Counter({
        name: 'zone_outbox_dead_letters_total',
        help: 'Outbox events the receiving department refused for good, marked dead and no longer sent',
        labelNames: ['topic'] as const,
        registers: [options.registry],
      })
    : null;

  /** Marks a refused event dead with the refusal: it no longer holds up the later ones. */
  const markDead = async (row: OutboxRow, refusal: DeliveryRefused): Promise<void> => {
    await pool.query('UPDATE event_outbox SET dead_at = now(), dead_reason = $2 WHERE id = $1::bigint AND acknowledged_at IS NULL', [row.id, refusal.reason]);
    deadLetters += 1;
    deadLetterCounter?.inc({ topic: row.topic });
    log.error({ to: delivery?.to, event: `${department}:${row.id}`, topic: row.topic, reason: refusal.reason }, 'outbox relay: the receiver refused an event for good; marked dead (dead_at), the later events go on');
  };

  /**
   * Hands one batch over. A batch refused for good is sent again one event at a time, so only the
   * events refused on their own are marked dead; any other failure stops the drain (retried later).
   */
  const deliverBatch = async (rows: readonly OutboxRow[]): Promise<void> => {
    const acknowledge = (batch: readonly OutboxRow[]) => pool.query('UPDATE event_outbox SET acknowledged_at = now() WHERE id = ANY($1::bigint[])', [batch.map((row) => row.id)]);
    try {
      await delivery!.deliver(rows.map(eventOf));
      await acknowledge(rows);
      return;
    } catch (error) {
      if (!(error instanceof DeliveryRefused)) throw error;
      if (rows.length === 1) return markDead(rows[0]!, error);
    }
    for (const row of rows) {
      try {
        await delivery!.deliver([eventOf(row)]);
        await acknowledge([row]);
      } catch (error) {
        if (!(error instanceof DeliveryRefused)) throw error;
        await markDead(row, error);
      }
    }
  };

  /**
   * Hands the unacknowledged rows of the delivered topics to their receiver, oldest first, and
   * marks them acknowledged once it answered, or dead once it refused them for good (deliverBatch). No row lock is held across the call (publishing must
   * not skip them meanwhile): two relays of a department may send one batch twice, which the
   * receiver acts on once.
   */
  const deliverAll = async (): Promise<number> => {
    if (!delivery || Date.now() < deliveryRetryAt) return 0;
    let total = 0;
    try {
      for (;;) {
        const { rows } = await pool.query<OutboxRow>(
          `SELECT id::text AS id, topic, zone::text AS zone, payload, created_at FROM event_outbox
            WHERE acknowledged_at IS NULL AND dead_at IS NULL AND topic IN (${deliveredTopics}) ORDER BY id LIMIT $1`,
          [delivery.batchSize],
        );
        if (rows.length === 0) break;
        await deliverBatch(rows);
        total += rows.length;
        if (rows.length < delivery.batchSize) break;
      }
      if (deliveryDelayMs > 0) log.info({ to: delivery.to }, 'outbox relay: delivering again');
      deliveryDelayMs = 0;
    } catch (error) {
      deliveryFailures += 1;
      if (deliveryDelayMs === 0) log.error({ err: error, to: delivery.to }, 'outbox relay: delivery failed; the events stay unacknowledged and are sent again');
      deliveryDelayMs = Math.min(Math.max(deliveryDelayMs * 2, pollIntervalMs), 10_000);
      deliveryRetryAt = Date.now() + deliveryDelayMs;
    }
    return total;
  };

  /** One drain at a time; a wake-up during a drain runs another after it. */
  const run = (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      try {
        try {
          do {
            again = false;
            total += await drain();
          } while (again);
          if (failing) log.info('outbox relay: publishing again');
          failing = false;
        } finally {
          // Independent of the bus: a receiver that is up gets its events while the bus is down, and the other way round.
          if (!stopped) await deliverAll();
        }
        return total;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  const runInBackground = () => {
    run().catch((error: unknown) => {
      if (!failing) log.error({ err: error }, 'outbox relay: publishing failed; the events stay in the outbox and are published when the bus is back');
      failing = true;
    });
  };

  // Listening makes delivery prompt; the poll keeps publishing while the listener is lost.
  const wake = createWakeListener({ department, databaseUrl: options.databaseUrl, channel: outboxWakeChannelOf(schema), retryMs: pollIntervalMs, onWake: () => runInBackground() });

  const stop = async () => {
    stopped = true;
    if (timer) clearInterval(timer);
    timer = null;
    await wake.stop();
    await running?.catch(() => undefined);
  };

  return {
    start: async () => {
      if (!stopped) return;
      stopped = false;
      await wake.start();
      timer = setInterval(runInBackground, pollIntervalMs);
      timer.unref();
      runInBackground();
    },
    flush: () => run(),
    pending: async () => {
      const { rows } = await pool.query<{ count: string }>('SELECT count(*)::text AS count FROM event_outbox WHERE published_at IS NULL');
      return Number(rows[0]?.count ?? 0);
    },
    deliveryFailures: () => deliveryFailures,
    deadLetters: () => deadLetters,
    stop,
    close: async () => {
      await stop();
      await publisher?.close();
      await pool.end();
    },
  };
}
