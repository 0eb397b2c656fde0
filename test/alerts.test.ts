import { Client as PgClient } from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { emitEvent, type AssistanceRequestEventPayload, type EventPayloads, type EventTopic, type WatchFlagEventPayload } from '@zone/common';
import { createGatewayProcessKeys, startGatewayProcess, type GatewayProcess, type GatewayProcessKeys } from './support/gateway-process';
import { startStack, type Stack } from './support/stack';

/**
 * Live alerts through real gateways: subscriptions over WebSocket (graphql-ws, the client library
 * a front end uses) on a second gateway process, fed by a department's outbox relay over
 * PostgreSQL NOTIFY; the row rules per event; tokens checked at connection; every delivery audited.
 */

let stack: Stack;
let keys: GatewayProcessKeys;
let second: GatewayProcess;
const clients: Client[] = [];

type TxRunner = { $transaction: <T>(fn: (tx: { $executeRawUnsafe: (query: string, ...values: unknown[]) => Promise<number> }) => Promise<T>) => Promise<T> };

/** Commits an event in a department's own transaction, as its write paths do. */
async function commitEvent<T extends EventTopic>(department: 'public-security' | 'commerce', topic: T, payload: EventPayloads[T]): Promise<void> {
  const prisma = stack.runtimes[department].prisma as unknown as TxRunner;
  await prisma.$transaction((tx) => emitEvent(tx, topic, payload));
}

const flag = (caseReference: string, zone: WatchFlagEventPayload['zone'] = 'SHAOGUAN', subjectKind: WatchFlagEventPayload['subjectKind'] = 'ENTERPRISE'): WatchFlagEventPayload => ({
  subjectKind,
  subjectKey: subjectKind === 'PERSON' ? 'a'.repeat(64) : '91440200MA4ALERT1X',
  zone,
  category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING',
  since: '2026-12-01T08:00:00.000Z',
  caseReference,
  active: true,
});

const request = (requestNo: string, addressed: AssistanceRequestEventPayload['addressedDepartments'], zone: AssistanceRequestEventPayload['zone'] = 'SHAOGUAN'): AssistanceRequestEventPayload => ({
  requestNo,
  zone,
  status: 'FILED',
  requestingDepartment: 'forex',
  addressedDepartments: addressed,
  actingDepartment: 'forex',
  dueAt: '2026-12-10T00:00:00.000Z',
});

function wsUrlOf(httpUrl: string): string {
  return httpUrl.replace(/^http/, 'ws');
}

function client(url: string, token: string): Client {
  const c = createClient({ url: wsUrlOf(url), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  clients.push(c);
  return c;
}

interface Subscription<T> {
  received: T[];
  errors: unknown[];
  /** Polls (with a deadline, no fixed sleep) until `match` is among the received values. */
  waitFor: (match: (value: T) => boolean, what: string) => Promise<T>;
}

function subscribe<T>(c: Client, query: string, field: string): Subscription<T> {
  const received: T[] = [];
  const errors: unknown[] = [];
  c.subscribe<Record<string, T>>(
    { query },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data?.[field]) received.push(result.data[field]);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    waitFor: async (match, what) => {
      const until = Date.now() + 30_000;
      for (;;) {
        const found = received.find(match);
        if (found) return found;
        if (Date.now() > until) throw new Error(`${what} never arrived; received ${JSON.stringify(received)}, errors ${JSON.stringify(errors)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

/** Resolves once the gateway serves `subscription` to this client: the first subscription of a connection waits for its acknowledgement. */
async function connected(c: Client): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const stop = c.on('connected', () => {
      stop();
      resolve();
    });
    const stopClosed = c.on('closed', (event) => {
      stopClosed();
      reject(new Error(`closed ${(event as { code?: number }).code}`));
    });
  });
}

/** Every event the gateway receives before the subscriber's own: the rules are checked once the subscription exists at the gateway. */
async function subscribed(gatewayUrl: string, before: number): Promise<void> {
  const until = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(gatewayUrl.replace(/\/graphql$/, '/ready'));
    const body = (await response.json()) as { alerts?: { subscriptions: number; bus: string } };
    if ((body.alerts?.subscriptions ?? 0) > before && body.alerts?.bus === 'listening') return;
    if (Date.now() > until) throw new Error(`the gateway at ${gatewayUrl} never counted the subscription: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function activeSubscriptions(gatewayUrl: string): Promise<number> {
  const response = await fetch(gatewayUrl.replace(/\/graphql$/, '/ready'));
  const body = (await response.json()) as { alerts?: { subscriptions: number } };
  return body.alerts?.subscriptions ?? 0;
}

/** Subscribes and resolves once the gateway holds the subscription. */
async function open<T>(gatewayUrl: string, token: string, query: string, field: string): Promise<Subscription<T>> {
  const before = await activeSubscriptions(gatewayUrl);
  const c = client(gatewayUrl, token);
  const ready = connected(c);
  const subscription = subscribe<T>(c, query, field);
  await ready;
  await subscribed(gatewayUrl, before);
  return subscription;
}

const WATCH_FLAGS = 'subscription { watchFlagRaised { eventId occurredAt subjectKind subjectKey zone category since caseReference active } }';
const ADDRESSED = 'subscription Addressed { assistanceRequestAddressed { eventId requestNo zone status requestingDepartment addressedDepartments dueAt } }';

beforeAll(async () => {
  keys = await createGatewayProcessKeys();
  stack = await startStack({ assertionKeys: keys.assertionKeys });
  second = await startGatewayProcess(stack, keys);
  await stack.events.ready();
}, 240_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await second?.stop();
  await stack?.close();
  keys?.remove();
}, 60_000);

describe('alerts over WebSocket', () => {
  it('delivers a watch flag committed by public security to an officer subscribed at a second gateway process, and audits the delivery', async () => {
    const officer = await keys.token({ role: 'OFFICER', org: 'GD-FOREX-SG', department: 'forex', zone: 'SHAOGUAN' });
    const alerts = await open<Record<string, unknown>>(second.url, officer, WATCH_FLAGS, 'watchFlagRaised');
    await commitEvent('public-security', 'watchFlagRaised', flag('GA-CASE-0001'));
    const alert = await alerts.waitFor((a) => a.caseReference === 'GA-CASE-0001', 'the watch flag');
    expect(alert).toMatchObject({ subjectKind: 'ENTERPRISE', subjectKey: '91440200MA4ALERT1X', zone: 'SHAOGUAN', category: 'NON_GENUINE_TRADE_MONEY_LAUNDERING', active: true });
    expect(alert.eventId).toMatch(/^public-security:\d+$/);
    // The delivery's audit entry (request id <subscription>:<event id>) was committed before the event was sent.
    await stack.auditLog.sequenced({ timeoutMs: 60_000 });
    const db = new PgClient({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ organisation: string; role: string; fields: string[] }>(
        "SELECT organisation, role, fields FROM audit.audit_entry WHERE request_id LIKE '%:' || $1",
        [alert.eventId],
      );
      expect(rows).toEqual([expect.objectContaining({ organisation: 'GD-FOREX-SG', role: 'OFFICER' })]);
      expect(rows[0]!.fields).toContain('Subscription.watchFlagRaised');
    } finally {
      await db.end();
    }
  }, 120_000);

  it('delivers nothing outside the subscriber\'s zone, nor a person\'s keyed ID hash without identity:match', async () => {
    const inZone = await open<Record<string, unknown>>(second.url, await keys.token({ role: 'OFFICER', org: 'GD-CUSTOMS-SG', department: 'customs', zone: 'SHAOGUAN' }), WATCH_FLAGS, 'watchFlagRaised');
    const otherZone = await open<Record<string, unknown>>(second.url, await keys.token({ role: 'OFFICER', org: 'GD-CUSTOMS-HY', department: 'customs', zone: 'HEYUAN' }), WATCH_FLAGS, 'watchFlagRaised');
    await commitEvent('public-security', 'watchFlagRaised', flag('GA-CASE-SG-PERSON', 'SHAOGUAN', 'PERSON'));
    await commitEvent('public-security', 'watchFlagRaised', flag('GA-CASE-HY', 'HEYUAN'));
    const person = await inZone.waitFor((a) => a.caseReference === 'GA-CASE-SG-PERSON', 'the Shaoguan flag');
    expect(person).toMatchObject({ subjectKind: 'PERSON', subjectKey: null });
    // One bus, one order: the Heyuan officer's first alert is the Heyuan flag, committed after the Shaoguan one.
    await otherZone.waitFor((a) => a.caseReference === 'GA-CASE-HY', 'the Heyuan flag');
    expect(otherZone.received.map((a) => a.caseReference)).toEqual(['GA-CASE-HY']);
    expect(inZone.received.map((a) => a.caseReference)).not.toContain('GA-CASE-HY');
  }, 120_000);

  it('delivers an assistance request only to the departments it is addressed to; a bank may not subscribe at all', async () => {
    // The in-process gateway trusts the stack's own issuer.
    const customs = await open<Record<string, unknown>>(stack.gatewayUrl, await stack.token({ role: 'SYSTEM', org: 'GD-CUSTOMS', department: 'customs' }), ADDRESSED, 'assistanceRequestAddressed');
    const tax = await open<Record<string, unknown>>(stack.gatewayUrl, await stack.token({ role: 'OFFICER', org: 'GD-TAX-SG', department: 'tax', zone: 'SHAOGUAN' }), ADDRESSED, 'assistanceRequestAddressed');
    await commitEvent('commerce', 'assistanceRequestAddressed', request('AR-TO-CUSTOMS', ['customs']));
    await commitEvent('commerce', 'assistanceRequestAddressed', request('AR-TO-TAX-AND-CUSTOMS', ['tax', 'customs']));
    await customs.waitFor((a) => a.requestNo === 'AR-TO-TAX-AND-CUSTOMS', 'the second request at customs');
    expect(customs.received.map((a) => a.requestNo)).toEqual(['AR-TO-CUSTOMS', 'AR-TO-TAX-AND-CUSTOMS']);
    await tax.waitFor((a) => a.requestNo === 'AR-TO-TAX-AND-CUSTOMS', 'the request addressed to tax');
    expect(tax.received.map((a) => a.requestNo)).toEqual(['AR-TO-TAX-AND-CUSTOMS']);

    const bank = client(stack.gatewayUrl, await stack.token({ role: 'BANK', org: '91440200BLLJ5275GD' }));
    const refused = subscribe(bank, WATCH_FLAGS, 'watchFlagRaised');
    const until = Date.now() + 30_000;
    while (refused.errors.length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(JSON.stringify(refused.errors)).toMatch(/GRAPHQL_VALIDATION_FAILED|not supported by the schema/);
  }, 120_000);

  it.each([
    ['no token', null],
    ['a forged token', 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImRldi0xIn0.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
    ['an expired token', 'expired'],
  ])('refuses a connection with %s (close code 4403) before any subscription', async (_name, token) => {
    const bearer = token === 'expired' ? await keys.token({ role: 'REGULATOR', org: 'GD-REGULATOR' }, '-10s') : token;
    const socket = new WebSocket(wsUrlOf(second.url), 'graphql-transport-ws');
    const messages: string[] = [];
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    socket.on('message', (data: Buffer) => messages.push(data.toString()));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: bearer ? { authorization: `Bearer ${bearer}` } : {} })));
    expect(await closed).toBe(4403);
    expect(messages).toEqual([]);
  }, 60_000);

  it('delivers an event committed while the department\'s relay was down once the relay runs again', async () => {
    const regulator = await open<Record<string, unknown>>(second.url, await keys.token({ role: 'REGULATOR', org: 'GD-REGULATOR' }), WATCH_FLAGS, 'watchFlagRaised');
    const relay = stack.runtimes['public-security'].relay!;
    await relay.stop();
    await commitEvent('public-security', 'watchFlagRaised', flag('GA-CASE-WHILE-RELAY-DOWN'));
    expect(await relay.pending()).toBe(1);
    await relay.start();
    await regulator.waitFor((a) => a.caseReference === 'GA-CASE-WHILE-RELAY-DOWN', 'the flag committed while the relay was down');
    expect(await relay.pending()).toBe(0);
  }, 120_000);
});
