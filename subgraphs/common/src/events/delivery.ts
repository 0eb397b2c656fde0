import type { Department } from '../caller';
import type { FederatedApi } from '../federated-api';
import { RecordSettlementEvidenceDocument, type SettlementEvidenceNoticeInput } from '../generated/federated/graphql';
import type { EventTopic, SettlementEvidenceEventPayload, ZoneEvent } from './topics';

/**
 * Codes of an answer that stays the same however often the events are sent again: the receiver
 * read them and refused them (a wrong field, a fact the sender may not report, a document the
 * gateway cannot run). Any other failure (unreachable, timeout, 5xx, DEPENDENCY_UNAVAILABLE,
 * INTERNAL_SERVER_ERROR, UNAUTHENTICATED while keys are rotated) may pass and is retried.
 */
export const PERMANENT_REFUSAL_CODES: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

/** The receiver refused the events for good (PERMANENT_REFUSAL_CODES): sending them again changes nothing. */
export class DeliveryRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DeliveryRefused';
  }
}

/** The refusal of a GraphQL answer's errors when every one is permanent, else null (a transient failure). */
export function permanentRefusalOf(errors: readonly { message: string; extensions?: Record<string, unknown> }[]): string | null {
  if (errors.length === 0 || !errors.every((error) => PERMANENT_REFUSAL_CODES.has(String(error.extensions?.code)))) return null;
  return errors
    .map((error) => {
      const problems = Array.isArray(error.extensions?.problems) ? (error.extensions.problems as { field?: unknown; reason?: unknown }[]) : [];
      const detail = problems.map((problem) => `${String(problem.field)} ${String(problem.reason)}`).join('; ');
      return `${String(error.extensions?.code)}: ${error.message}${detail ? ` (${detail})` : ''}`;
    })
    .join(' | ')
    .slice(0, 2000);
}

/**
 * Events one other department must act on, not merely hear about: the bus is fire-and-forget (a
 * receiver that is down, or a NOTIFY missed, loses the message), so the outbox relay also hands
 * these rows to their receiver through the federated API, one batch at a time, and marks them
 * `acknowledged_at` only when the receiver answered without error. Until then they are sent again
 * (after 1 s, doubling up to 10 s): a lost notification is late, never dropped. The receiver
 * keys what it does on the event id, so a batch sent twice acts once. An event the receiver
 * refuses for good (`deliver` throws DeliveryRefused) is marked dead with the refusal instead
 * (dead_at, dead_reason), logged at error level and counted, and the later events go on.
 */
export interface OutboxDelivery {
  /** The department that receives and acknowledges. */
  to: Department;
  /** The topics it receives (their rows in event_outbox await its acknowledgement). */
  topics: readonly EventTopic[];
  /** Events per call (at most what the receiver accepts). */
  batchSize: number;
  /**
   * Hands the events over; resolves only when the receiver acknowledged every one of them. Throws
   * DeliveryRefused when the receiver refused them for good, any other error when it may pass.
   */
  deliver: (events: readonly ZoneEvent[]) => Promise<void>;
}

/** Largest batch of notices forex's recordSettlementEvidence takes. */
export const SETTLEMENT_EVIDENCE_BATCH = 100;

/** A settlementEvidenceChanged event as forex's SettlementEvidenceNoticeInput. */
export function settlementEvidenceNoticeOf(event: ZoneEvent): SettlementEvidenceNoticeInput {
  const payload = event.payload as SettlementEvidenceEventPayload;
  return {
    noticeId: event.id,
    fact: payload.fact,
    zone: payload.zone,
    ebpCode: payload.ebpCode ?? null,
    orderNo: payload.orderNo ?? null,
    ebcCode: payload.ebcCode ?? null,
    occurredAt: event.occurredAt,
  };
}

/**
 * How customs, post and commerce tell forex that a fact a settlement answer rests on changed
 * (settlementEvidenceChanged): forex's recordSettlementEvidence, called as the department's system.
 */
export function settlementEvidenceDelivery(federated: FederatedApi): OutboxDelivery {
  return {
    to: 'forex',
    topics: ['settlementEvidenceChanged'],
    batchSize: SETTLEMENT_EVIDENCE_BATCH,
    deliver: async (events) => {
      const result = await federated.request(
        RecordSettlementEvidenceDocument,
        { notices: events.map(settlementEvidenceNoticeOf) },
        { purpose: 'settlement evidence changed: payments back into the transaction feed' },
      );
      const refusal = permanentRefusalOf(result.errors);
      if (refusal !== null) throw new DeliveryRefused(`forex refused the settlement evidence: ${refusal}`);
      if (result.errors.length > 0 || !result.data?.recordSettlementEvidence) {
        throw new Error(`forex did not acknowledge the settlement evidence: ${result.errors.map((error) => error.message).join('; ') || 'no data'}`);
      }
    },
  };
}
