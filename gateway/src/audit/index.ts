// The gateway's audit log (domain brief §7): every exchange hash-chained in schema "audit".
// How the request pipeline is meant to use it: README.md in this folder.
export { AUDIT_DATABASE_URL_VARIABLE, AUDIT_SCHEMA, AUDIT_SESSION_LIMITS, auditDatabaseUrlFrom, auditPoolConfig, auditSessionOptions } from './database';
export {
  SEQUENCER_LOCK_NAME,
  chainSubmissions,
  createAuditSequencer,
  sequencingLag,
  waitUntilSequenced,
  type AuditSequencer,
  type AuditSequencerOptions,
  type AuditSequencerStatus,
  type IntegrateEntries,
  type LeaderTask,
  type SequencedEntry,
  type SequencerTransaction,
  type SequencingLag,
} from './sequencer';
export {
  RECONCILER_CALLER,
  committedVerdict,
  createIntentReconciler,
  departmentWriteCommitted,
  unresolvedIntents,
  type DepartmentWriteCommittedOptions,
  type IntentReconciler,
  type IntentReconcilerOptions,
  type UnresolvedIntents,
  type WriteCommitted,
} from './reconciler';
export { createAuditDatabase, type AuditDatabase, type AuditDatabaseOptions, type AuditEntry, type AuditPrisma } from './client';
export {
  GENESIS_HASH,
  digestVariables,
  entryHash,
  hashedContent,
  operationHash,
  type AuditOutcome,
  type AuditRecord,
  type SequencedAuditRecord,
} from './hash';
export {
  DEFAULT_SENSITIVE_COORDINATES,
  classifyCoordinates,
  matchesCoordinate,
  operationFootprint,
  touchedCoordinates,
  type OperationFootprint,
  type SensitiveCoordinates,
} from './coordinates';
export { UNAUTHENTICATED_CALLER, refusalRecord, type RefusedRequest } from './refusal';
export { AUDIT_LIMITS, AuditWriteError, auditRecordProblem, boundedAuditRecord, boundedAuditText, createAuditLog, type AuditLog, type AuditLogOptions } from './log';
export { verifyAuditChain, type AuditChainVerdict, type VerifyAuditChainOptions } from './verify';
export {
  DEFAULT_REFUSALS_RECORDED_PER_MINUTE,
  aggregatedRefusalRecord,
  createRefusalAuditBudget,
  type RefusalAuditBudget,
  type RefusalAuditBudgetOptions,
} from './refusal-budget';
