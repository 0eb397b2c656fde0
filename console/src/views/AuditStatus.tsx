import { useCallback, useEffect, useState } from 'react';
import { graphql, RequestFailed } from '../api';

interface TreeHead {
  treeSize: number;
  rootHash: string;
  timestamp: string;
  keyId: string;
}

interface ChainVerification {
  intact: boolean;
  entries: number;
  firstBadSeq: string | null;
  reason: string | null;
}

/** The audit log's state: its latest signed tree head, and (for auditors, audit:read) the whole chain recomputed now. */
export function AuditStatus({ canVerify }: { canVerify: boolean }) {
  const [head, setHead] = useState<TreeHead | null | undefined>(undefined);
  const [headError, setHeadError] = useState<string | null>(null);
  const [verification, setVerification] = useState<ChainVerification | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);

  const loadHead = useCallback(async () => {
    setHeadError(null);
    try {
      const result = await graphql<{ auditTreeHead: TreeHead | null }>('{ auditTreeHead { treeSize rootHash timestamp keyId } }', {}, 'console: audit tree head');
      setHead(result.data?.auditTreeHead ?? null);
    } catch (caught) {
      setHeadError(caught instanceof RequestFailed ? caught.message : String(caught));
    }
  }, []);

  useEffect(() => {
    void loadHead();
  }, [loadHead]);

  const verify = async () => {
    setVerifying(true);
    setVerifyError(null);
    try {
      const result = await graphql<{ auditChainVerification: ChainVerification }>('{ auditChainVerification { intact entries firstBadSeq reason } }', {}, 'console: audit chain verification');
      setVerification(result.data?.auditChainVerification ?? null);
    } catch (caught) {
      setVerifyError(caught instanceof RequestFailed ? caught.message : String(caught));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title" tabIndex={-1}>审计链 Audit chain</h2>
      <p>Every request to the gateway is recorded in a hash chain (SM3) and a Merkle tree whose heads the gateway signs (SM2).</p>
      <h3>最新签名树头 Latest signed tree head</h3>
      {headError && <p role="alert" className="error">{headError}</p>}
      {head === undefined && !headError && <p role="status">…</p>}
      {head === null && <p>No tree head signed yet.</p>}
      {head && (
        <dl className="facts" data-testid="tree-head">
          <dt>Entries in the tree</dt>
          <dd>{head.treeSize.toLocaleString()}</dd>
          <dt>Root hash</dt>
          <dd><code>{head.rootHash}</code></dd>
          <dt>Signed at</dt>
          <dd>{head.timestamp}</dd>
          <dt>Key</dt>
          <dd>{head.keyId}</dd>
        </dl>
      )}
      <button type="button" onClick={() => void loadHead()}>刷新 Refresh</button>
      <h3>全链校验 Whole-chain verification</h3>
      {!canVerify && <p>Recomputing the chain needs an auditor's token (scope audit:read).</p>}
      <button type="button" onClick={() => void verify()} disabled={verifying}>
        校验全链 Verify the chain now
      </button>
      {verifying && <p role="status">正在校验 Verifying…</p>}
      {verifyError && <p role="alert" className="error">{verifyError}</p>}
      {verification && (
        <p role="status" className={verification.intact ? 'ok' : 'error'} data-testid="chain-verdict">
          {verification.intact
            ? `完整 Intact: ${verification.entries.toLocaleString()} entries verified`
            : `受损 Broken at entry ${verification.firstBadSeq}: ${verification.reason ?? ''} (${verification.entries.toLocaleString()} entries verified before it)`}
        </p>
      )}
    </section>
  );
}
