// The transparency log over the audit entries (RFC 9162 with SM3, tree heads signed with SM2):
// gateway/src/audit/README.md, "Transparency log".
export * from './merkle';
export { entryLeafHash, leafInput } from './leaf';
export {
  DEFAULT_AUDIT_KEY_ID,
  SM2_USER_ID,
  TREE_HEAD_ALGORITHM,
  auditKeysDocument,
  auditSigningKeyFile,
  generateAuditSigningKey,
  keysDocumentProblem,
  loadAuditSigningKey,
  signTreeHead,
  treeHeadMessage,
  treeHeadProblem,
  verifyTreeHeadSignature,
  type AuditKeysDocument,
  type AuditPublicKey,
  type AuditSigningKey,
  type SignedTreeHead,
} from './signing';
export { TREE_LOCK_NAME, extendTree, integrateIntoTree, prismaQuery, readNodes, readRanges, treeSize, type TreeQuery } from './tree-store';
export {
  TREE_HEAD_INTERVAL_MS,
  TreeProofError,
  createTransparencyLog,
  treeSequencerOptions,
  latestTreeHead,
  storedRoot,
  treeHeadOfSize,
  type ConsistencyProof,
  type InclusionProof,
  type TransparencyLog,
  type TransparencyLogOptions,
} from './transparency-log';
export { auditTreeRouter } from './routes';
export { entryFromJson, verifySavedProof, type OfflineVerdict } from './verify-offline';
export { verifyTreeSince, type TreeVerdict, type VerifyTreeOptions } from './verify-tree';
