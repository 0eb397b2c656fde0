import type { AuditLog, AuditRecord } from '..';

/** An audit log for unit tests that keeps every appended record in `entries`, in order. */
export function recordingAuditLog(): { auditLog: AuditLog; entries: AuditRecord[] } {
  const entries: AuditRecord[] = [];
  const auditLog = {
    append: async (record: AuditRecord) => {
      entries.push(record);
    },
    flush: async () => {},
    sequenced: async () => {},
    close: async () => {},
  } satisfies AuditLog;
  return { auditLog, entries };
}
