import { useId, useState, type FormEvent } from 'react';
import { graphql, RequestFailed } from '../api';

interface Verification {
  valid: boolean;
  reasons: { code: string; message: string }[];
  claim: { serial: string; issuer: string; keyId: string; subjectType: string; subjectKey: string; claim: string; basis: string; issuedAt: string; expiresAt: string } | null;
}

const QUERY = `query ConsoleVerifyAttestation($token: String!) {
  verifyAttestation(token: $token) { valid reasons { code message } claim { serial issuer keyId subjectType subjectKey claim basis issuedAt expiresAt } }
}`;

/** 监管互认: paste a department's attestation and see whether it holds (signature, key, validity, revocation). */
export function AttestationCheck() {
  const inputId = useId();
  const [token, setToken] = useState('');
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const answer = await graphql<{ verifyAttestation: Verification }>(QUERY, { token: token.trim() }, 'console: verify attestation');
      setResult(answer.data?.verifyAttestation ?? null);
    } catch (caught) {
      setError(caught instanceof RequestFailed ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="attestation-title">
      <h2 id="attestation-title" tabIndex={-1}>证明核验 Attestation verification</h2>
      <form onSubmit={(event) => void submit(event)}>
        <label htmlFor={inputId}>Attestation token (as a department issued it)</label>
        <textarea id={inputId} rows={5} value={token} spellCheck={false} autoComplete="off" onChange={(event) => setToken(event.target.value)} />
        <button type="submit" disabled={busy}>核验 Verify</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {result && (
        <div role="status" data-testid="attestation-result">
          <p className={result.valid ? 'ok' : 'error'}>{result.valid ? '有效 Valid' : '无效 Not valid'}</p>
          {result.reasons.length > 0 && (
            <ul>
              {result.reasons.map((r) => (
                <li key={r.code}>{r.code}: {r.message}</li>
              ))}
            </ul>
          )}
          {result.claim && (
            <dl className="facts">
              <dt>Serial</dt>
              <dd>{result.claim.serial}</dd>
              <dt>Issuer · key</dt>
              <dd>{result.claim.issuer} · {result.claim.keyId}</dd>
              <dt>Subject</dt>
              <dd>{result.claim.subjectType} {result.claim.subjectKey}</dd>
              <dt>Claim</dt>
              <dd>{result.claim.claim}</dd>
              <dt>Basis</dt>
              <dd>{result.claim.basis}</dd>
              <dt>Valid</dt>
              <dd>{result.claim.issuedAt} – {result.claim.expiresAt}</dd>
            </dl>
          )}
        </div>
      )}
    </section>
  );
}
