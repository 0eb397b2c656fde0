import type { Caller, EventTopic, ZoneEvent } from '@zone/common';
import type { AssistanceRequestEventPayload, JointMeasureEventPayload, WatchFlagEventPayload } from '@zone/common';

/** The scope under which keyed ID hashes are served (as Buyer.idHash): department systems only. */
export const IDENTITY_MATCH_SCOPE = 'identity:match';

/**
 * The zone rule of every alert: a zone-bound caller receives events about subjects of its own
 * zone only (an event without a zone concerns no zone of its); a province-wide caller, every zone.
 */
export function inCallersZone(caller: Caller, zone: string | null): boolean {
  return caller.zone === null || caller.zone === zone;
}

/** Who acts for a department: its officers and its system. */
function departmentOf(caller: Caller): string | null {
  return (caller.role === 'OFFICER' || caller.role === 'SYSTEM') && caller.department ? caller.department : null;
}

/**
 * Whether `caller` receives `event` on the subscription of its topic: the same row rules as reads
 * (zone, department), applied to each event before it is delivered.
 * - assistanceRequestAddressed: the addressed departments' officers and systems; regulators.
 * - assistanceRequestUpdated: the requesting department's officers and systems; regulators.
 * - jointMeasureChanged: officers, systems, regulators and the zone platform.
 * - watchFlagRaised: officers, systems and regulators (never banks or the platform).
 * Banks receive no alert. Every rule is then narrowed to the caller's zone.
 */
export function mayReceive(caller: Caller, event: ZoneEvent): boolean {
  if (!inCallersZone(caller, event.zone)) return false;
  const department = departmentOf(caller);
  switch (event.topic) {
    case 'assistanceRequestAddressed': {
      if (caller.role === 'REGULATOR') return true;
      const payload = event.payload as AssistanceRequestEventPayload;
      return department !== null && (payload.addressedDepartments as readonly string[]).includes(department);
    }
    case 'assistanceRequestUpdated': {
      if (caller.role === 'REGULATOR') return true;
      const payload = event.payload as AssistanceRequestEventPayload;
      return department !== null && payload.requestingDepartment === department;
    }
    case 'jointMeasureChanged':
      return caller.role === 'REGULATOR' || caller.role === 'PLATFORM' || department !== null;
    case 'watchFlagRaised':
      return caller.role === 'REGULATOR' || department !== null;
    default:
      return false;
  }
}

/**
 * An event as a subscriber sees it: its payload with the event's id and time, a person's keyed
 * ID hash only for holders of identity:match (as everywhere else in the API).
 */
export function presentEvent(caller: Caller, event: ZoneEvent): Record<string, unknown> {
  const base = { eventId: event.id, occurredAt: event.occurredAt };
  const payload = event.payload as AssistanceRequestEventPayload | JointMeasureEventPayload | WatchFlagEventPayload;
  if ('subjectKind' in payload && payload.subjectKind === 'PERSON' && !caller.scopes.includes(IDENTITY_MATCH_SCOPE)) {
    return { ...payload, ...base, subjectKey: null };
  }
  return { ...payload, ...base };
}

/** The Subscription field that delivers a topic's events: one field per topic, of the same name. */
export function subscriptionFieldOf(topic: EventTopic): string {
  return topic;
}
