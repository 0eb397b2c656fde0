import type { Department } from '../caller';
import type { ZoneCode } from '../zones';

/**
 * The events departments publish and the gateway's subscriptions deliver. Each topic's payload
 * carries what the gateway needs to apply the row rules (zone, departments) and what a subscriber
 * sees; nothing else (no personal data, no case file).
 */
export interface EventPayloads {
  /** A request was filed or re-addressed: delivered to officers and systems of each addressed department. */
  assistanceRequestAddressed: AssistanceRequestEventPayload;
  /** A request changed status (acknowledged, answered, declined, closed): delivered to the requesting department. */
  assistanceRequestUpdated: AssistanceRequestEventPayload;
  /** A joint measure came into force on a subject or was lifted: delivered to callers of the subject's zone. */
  jointMeasureChanged: JointMeasureEventPayload;
  /** Public security raised (or lifted) a watch flag on a person or an enterprise. */
  watchFlagRaised: WatchFlagEventPayload;
  /**
   * A fact a settlement answer rests on changed (customs, post, commerce): forex puts the payments
   * it concerns back into the banks' transaction feed. Delivered to forex until it acknowledges
   * (ACKNOWLEDGED_TOPICS), not to subscribers.
   */
  settlementEvidenceChanged: SettlementEvidenceEventPayload;
}

export type EventTopic = keyof EventPayloads;

export const EVENT_TOPICS: readonly EventTopic[] = ['assistanceRequestAddressed', 'assistanceRequestUpdated', 'jointMeasureChanged', 'watchFlagRaised', 'settlementEvidenceChanged'];

export function isEventTopic(value: unknown): value is EventTopic {
  return typeof value === 'string' && (EVENT_TOPICS as readonly string[]).includes(value);
}

export interface AssistanceRequestEventPayload {
  requestNo: string;
  /** The subject's zone, or null for a province-wide subject. */
  zone: ZoneCode | null;
  /** Status after the change, e.g. FILED, ACKNOWLEDGED, ANSWERED, DECLINED, CLOSED. */
  status: string;
  requestingDepartment: Department;
  addressedDepartments: Department[];
  /** The department whose step this event records (the requester when filing or closing). */
  actingDepartment: Department;
  /** When the step's due date passes (ISO 8601), if it has one. */
  dueAt?: string | null;
}

export interface JointMeasureEventPayload {
  /** Kind of subject: ENTERPRISE, ORDER, INVENTORY_LIST, WAYBILL, PAYMENT or PERSON. */
  subjectKind: string;
  /** The subject's key: a USCC, `ebpCode orderNo`, an invtNo… (a person only by keyed ID hash). */
  subjectKey: string;
  zone: ZoneCode | null;
  /** The measure, e.g. NO_AUTO_RELEASE, SETTLEMENT_REFUSED. */
  measure: string;
  /** Where it comes from, e.g. NEGATIVE_LIST, CREDIT_CLASS, ASSISTANCE_REQUEST. */
  source: string;
  /** true: now in force; false: lifted. */
  inForce: boolean;
  /** The department that applies it. */
  department: Department;
}

export interface WatchFlagEventPayload {
  /** ENTERPRISE (subjectKey a USCC) or PERSON (subjectKey the keyed ID hash). */
  subjectKind: 'ENTERPRISE' | 'PERSON';
  subjectKey: string;
  zone: ZoneCode;
  /** e.g. NON_GENUINE_TRADE_MONEY_LAUNDERING. */
  category: string;
  /** When the flag was raised (ISO 8601). */
  since: string;
  caseReference: string;
  /** true: raised; false: lifted. */
  active: boolean;
}

/** The facts of other departments a bank's settlement answer rests on, as forex's SettlementEvidenceFact names them. */
export const SETTLEMENT_EVIDENCE_FACTS = [
  'LIST_RELEASED', 'LIST_REJECTED', 'LIST_CANCELLED', 'LIST_RETURNED', 'WAYBILL_DELIVERED', 'NEGATIVE_LISTED', 'NEGATIVE_LIST_LIFTED',
] as const;

export type SettlementEvidenceFact = (typeof SETTLEMENT_EVIDENCE_FACTS)[number];

export interface SettlementEvidenceEventPayload {
  fact: SettlementEvidenceFact;
  /** The zone of the list, waybill or enterprise. */
  zone: ZoneCode;
  /** The order of the list or waybill (list and waybill facts). */
  ebpCode?: string;
  orderNo?: string;
  /** The e-commerce enterprise put on or taken off the negative list (negative-list facts). */
  ebcCode?: string;
}

/**
 * One committed event as it travels from a department's outbox over the bus to the gateways.
 * `id` (`<department>:<outbox row id>`) is unique: a gateway that sees it twice delivers it once.
 */
export interface ZoneEvent<T extends EventTopic = EventTopic> {
  id: string;
  department: Department;
  topic: T;
  zone: ZoneCode | null;
  payload: EventPayloads[T];
  /** Commit time of the write that emitted it (ISO 8601). */
  occurredAt: string;
}
