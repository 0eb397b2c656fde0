import { Client } from 'pg';
import type { Department } from './caller';
import { poolConfigFor } from './database';

/**
 * A dedicated connection that LISTENs on one channel of a department's database and calls `onWake`
 * for every notification: what makes the outbox relay and the statistics drain prompt. A lost
 * connection (PostgreSQL restarting, a network cut) is dropped and opened again after `retryMs`;
 * meanwhile the caller's own poll keeps the work going, so a missed notification only delays it.
 */
export interface WakeListener {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createWakeListener(options: { department: Department; databaseUrl: string; channel: string; retryMs: number; onWake: () => void }): WakeListener {
  let stopped = true;
  let listener: Client | null = null;

  const listen = async () => {
    if (stopped) return;
    const client = new Client(poolConfigFor(options.department, options.databaseUrl, 1));
    listener = client;
    const lost = () => {
      if (listener !== client) return;
      listener = null;
      void client.end().catch(() => undefined);
      if (!stopped) setTimeout(() => void listen(), options.retryMs).unref();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', () => options.onWake());
    try {
      await client.connect();
      await client.query(`LISTEN ${options.channel}`);
    } catch {
      lost();
    }
  };

  return {
    start: async () => {
      if (!stopped) return;
      stopped = false;
      await listen();
    },
    stop: async () => {
      stopped = true;
      const current = listener;
      listener = null;
      await current?.end().catch(() => undefined);
    },
  };
}
