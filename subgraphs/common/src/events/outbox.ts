import type { RawExecutor } from '../write-requests';
import { currentWriteRequestId } from '../write-requests';
import { isEventTopic, type EventPayloads, type EventTopic } from './topics';

/** Largest payload emitEvent takes, as JSON text: a PostgreSQL NOTIFY carries at most 8000 bytes with its envelope. */
export const MAX_EVENT_PAYLOAD_CHARS = 3000;

/** The NOTIFY channel on which emitEvent wakes the relay of the outbox in `schema` (at commit, never before). */
export function outboxWakeChannelOf(schema: string): string {
  return `event_outbox_${schema}`;
}

/**
 * Records an event in the department's `event_outbox` table inside the write's own transaction
 * `tx` (the one that took lockBusinessKey): the event commits with the write or not at all.
 *
 * Contract for callers:
 * - Call it inside the transaction of the write the event announces, after the write's checks,
 *   with the payload of its topic (EventPayloads in ./topics): the payload is what subscribers
 *   receive and what the gateway filters on (`zone`, departments), so it holds no personal data
 *   beyond keyed ID hashes and never a case file. It must be at most MAX_EVENT_PAYLOAD_CHARS of
 *   JSON, or emitEvent throws (a programming error, not a client's).
 * - Emit only when something changed: an UNCHANGED resubmission emits nothing.
 * - Nothing is published here. The department's outbox relay (createOutboxRelay, started with the
 *   department's service) publishes committed rows to the event bus (PostgreSQL NOTIFY, or Redis
 *   with REDIS_URL) and marks them published; a row whose process died before publishing is
 *   published when a relay next runs. Delivery is at least once, in commit order per department;
 *   the gateway drops an event id it has already delivered.
 * - A rolled-back transaction leaves no event; emitEvent itself never commits anything.
 */
export async function emitEvent<T extends EventTopic>(tx: RawExecutor, topic: T, payload: EventPayloads[T]): Promise<void> {
  if (!isEventTopic(topic)) throw new Error(`emitEvent: unknown topic "${String(topic)}"`);
  const json = JSON.stringify(payload);
  if (json.length > MAX_EVENT_PAYLOAD_CHARS) throw new Error(`emitEvent: the ${topic} payload is ${json.length} characters of JSON, over ${MAX_EVENT_PAYLOAD_CHARS}`);
  const zone = (payload as { zone?: unknown }).zone;
  await tx.$executeRawUnsafe(
    'INSERT INTO event_outbox (topic, zone, payload, request_id) VALUES ($1, $2, $3::jsonb, $4)',
    topic,
    typeof zone === 'string' ? zone : null,
    json,
    currentWriteRequestId(),
  );
  // Delivered at commit only (and dropped on rollback): the relay wakes as soon as the row is visible.
  await tx.$executeRawUnsafe("SELECT pg_notify('event_outbox_' || current_schema(), '')");
}
