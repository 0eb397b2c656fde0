import { Redis } from 'ioredis';
import { Client, Pool, type ClientBase } from 'pg';
import { isDepartment } from '../caller';
import type { Logger } from '../logger';
import { isZoneCode } from '../zones';
import { isEventTopic, type ZoneEvent } from './topics';

/** The PostgreSQL NOTIFY channel of the event bus (one per database). */
export const EVENT_CHANNEL = 'zone_events';

/** Redis key prefix when REDIS_KEY_PREFIX is not set (the gateway's rate-limit counters use the same). */
export const DEFAULT_EVENT_KEY_PREFIX = 'zone-gateway';

/**
 * Where committed events travel from the departments' outbox relays to every gateway replica:
 * PostgreSQL LISTEN/NOTIFY on one database, or Redis pub/sub on one channel.
 */
export type EventBusConfig = { kind: 'postgres'; url: string } | { kind: 'redis'; url: string; channel: string };

/**
 * The bus a process uses: Redis when REDIS_URL is set (channel `<REDIS_KEY_PREFIX>:events`), else
 * PostgreSQL NOTIFY on EVENT_BUS_DATABASE_URL, else on `databaseUrl` (the shared DATABASE_URL of
 * the embedded default, where departments and gateway use one database).
 */
export function eventBusConfigOf(env: NodeJS.ProcessEnv, databaseUrl: string): EventBusConfig {
  if (env.REDIS_URL) return { kind: 'redis', url: env.REDIS_URL, channel: `${env.REDIS_KEY_PREFIX || DEFAULT_EVENT_KEY_PREFIX}:events` };
  return { kind: 'postgres', url: env.EVENT_BUS_DATABASE_URL || databaseUrl };
}

/** A description of the bus for logs, without credentials. */
export function describeEventBus(config: EventBusConfig): string {
  const url = new URL(config.url);
  return config.kind === 'redis' ? `redis ${url.host} channel ${config.channel}` : `postgres ${url.host}${url.pathname} channel ${EVENT_CHANNEL}`;
}

/** Publishes events on the bus; an error means none of them is known to be published. */
export interface EventPublisher {
  /**
   * Publishes `events` in order. With `tx`, a transaction on the bus's own database, the
   * notifications go out when (and only if) `tx` commits.
   */
  publish: (events: readonly ZoneEvent[], tx?: ClientBase) => Promise<void>;
  close: () => Promise<void>;
}

async function notifyAll(client: ClientBase, events: readonly ZoneEvent[]): Promise<void> {
  for (const event of events) await client.query('SELECT pg_notify($1, $2)', [EVENT_CHANNEL, JSON.stringify(event)]);
}

export function createEventPublisher(config: EventBusConfig): EventPublisher {
  if (config.kind === 'postgres') {
    let pool: Pool | null = null;
    return {
      publish: async (events, tx) => {
        if (tx) return notifyAll(tx, events);
        if (!pool) {
          pool = new Pool({ connectionString: config.url, max: 1 });
          pool.on('error', () => undefined);
        }
        const client = await pool.connect();
        try {
          await notifyAll(client, events);
        } finally {
          client.release();
        }
      },
      close: async () => {
        await pool?.end();
      },
    };
  }
  const redis = new Redis(config.url, {
    // Unreachable Redis fails the publish at once; the rows stay in the outbox and are published later.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5000),
    disconnectTimeout: 100,
  });
  redis.on('error', () => undefined);
  redis.on('connect', () => redis.stream.unref());
  return {
    publish: async (events) => {
      if (redis.status !== 'ready') throw new Error(`Redis is ${redis.status}`);
      for (const event of events) await redis.publish(config.channel, JSON.stringify(event));
    },
    close: async () => {
      if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}

/** An event as read off the bus, or null when the message is not one (never trusted blindly). */
export function parseZoneEvent(text: string): ZoneEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const event = value as Record<string, unknown>;
  if (typeof event.id !== 'string' || typeof event.department !== 'string' || !isDepartment(event.department)) return null;
  if (!isEventTopic(event.topic) || typeof event.occurredAt !== 'string') return null;
  if (event.zone !== null && (typeof event.zone !== 'string' || !isZoneCode(event.zone))) return null;
  if (typeof event.payload !== 'object' || event.payload === null) return null;
  return event as unknown as ZoneEvent;
}

/** Receives the bus's events in a gateway: every replica receives every event. */
export interface EventSubscriber {
  /** Calls `handler` with each event from now on; returns the function that stops calling it. */
  onEvent: (handler: (event: ZoneEvent) => void) => () => void;
  /** Resolves once the subscriber listens (and again after each reconnection). */
  ready: () => Promise<void>;
  /** Whether it listens right now. */
  listening: () => boolean;
  close: () => Promise<void>;
}

export interface EventSubscriberOptions {
  log: Logger;
  /** Wait before listening again after the connection was lost (1000 ms, doubled up to 10 s). */
  reconnectMs?: number;
}

/** How many event ids a subscriber remembers to drop a redelivered event. */
const REMEMBERED_EVENT_IDS = 10_000;

export function createEventSubscriber(config: EventBusConfig, options: EventSubscriberOptions): EventSubscriber {
  const { log } = options;
  const handlers = new Set<(event: ZoneEvent) => void>();
  const seen = new Set<string>();
  const deliver = (text: string) => {
    const event = parseZoneEvent(text);
    if (!event) {
      log.warn('event bus: dropped a message that is not an event');
      return;
    }
    if (seen.has(event.id)) return;
    seen.add(event.id);
    if (seen.size > REMEMBERED_EVENT_IDS) seen.delete(seen.values().next().value as string);
    for (const handler of handlers) {
      try {
        handler(event);
      } catch (error) {
        log.error({ err: error, event: event.id }, 'event bus: a handler failed');
      }
    }
  };
  let isListening = false;
  let waiters: (() => void)[] = [];
  const becameReady = () => {
    isListening = true;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  let closed = false;
  let close: () => Promise<void>;

  if (config.kind === 'redis') {
    const redis = new Redis(config.url, { retryStrategy: (attempt) => Math.min(attempt * 200, 5000), disconnectTimeout: 100, maxRetriesPerRequest: null });
    redis.on('error', (error: Error) => {
      if (isListening) log.error({ err: error }, 'event bus: Redis unreachable; alerts pause until it is back');
      isListening = false;
    });
    redis.on('message', (_channel: string, message: string) => deliver(message));
    // ioredis subscribes again by itself after a reconnection.
    let subscribed = false;
    redis.on('ready', () => {
      if (subscribed) becameReady();
    });
    redis
      .subscribe(config.channel)
      .then(() => {
        subscribed = true;
        becameReady();
      })
      .catch((error: unknown) => log.error({ err: error }, 'event bus: Redis subscribe failed'));
    close = async () => {
      closed = true;
      redis.disconnect();
    };
  } else {
    let client: Client | null = null;
    let retryTimer: NodeJS.Timeout | null = null;
    let delay = options.reconnectMs ?? 1000;
    const connect = async () => {
      retryTimer = null;
      if (closed) return;
      const candidate = new Client({ connectionString: config.url });
      const lost = (error?: Error) => {
        if (client !== candidate) return;
        client = null;
        if (isListening) log.error({ err: error }, 'event bus: the PostgreSQL listening connection is lost; alerts pause until it is back');
        isListening = false;
        candidate.removeAllListeners('notification');
        void candidate.end().catch(() => undefined);
        if (!closed) retryTimer = setTimeout(() => void connect(), delay);
        delay = Math.min(delay * 2, 10_000);
      };
      client = candidate;
      candidate.on('error', lost);
      candidate.on('end', () => lost());
      candidate.on('notification', (message) => {
        if (message.channel === EVENT_CHANNEL && message.payload) deliver(message.payload);
      });
      try {
        await candidate.connect();
        await candidate.query(`LISTEN ${EVENT_CHANNEL}`);
        if (closed) {
          await candidate.end();
          return;
        }
        delay = options.reconnectMs ?? 1000;
        becameReady();
      } catch (error) {
        lost(error as Error);
      }
    };
    void connect();
    close = async () => {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    };
  }
  return {
    onEvent: (handler) => {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    ready: () => (isListening ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    listening: () => isListening,
    close: () => close(),
  };
}
