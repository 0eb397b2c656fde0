import { useEffect, useId, useState, type FormEvent } from 'react';
import { RequestFailed } from '../api';

interface DemoRole {
  id: string;
  label: string;
}

/** Checks a token with one small query before keeping it, so a wrong one is refused here. */
async function tokenWorks(token: string): Promise<string | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'console: sign in' },
    body: JSON.stringify({ query: '{ zones { code } }' }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: unknown; errors?: { message: string }[] };
  if (body.data) return null;
  return body.errors?.[0]?.message ?? `HTTP ${response.status}`;
}

export function SignIn({ onSignIn }: { onSignIn: (token: string) => void }) {
  const tokenId = useId();
  const roleId = useId();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [demoRoles, setDemoRoles] = useState<DemoRole[] | null>(null);
  const [demoRole, setDemoRole] = useState('');

  // The demo-role picker exists only where the gateway offers it (npm start, never production).
  useEffect(() => {
    fetch('/console/demo/roles', { headers: { accept: 'application/json' } })
      .then(async (response) => (response.ok ? ((await response.json()) as { roles: DemoRole[] }).roles : null))
      .then((roles) => {
        setDemoRoles(roles && roles.length ? roles : null);
        if (roles?.[0]) setDemoRole(roles[0].id);
      })
      .catch(() => setDemoRoles(null));
  }, []);

  const useToken = async (value: string) => {
    setBusy(true);
    setError(null);
    try {
      const refusal = await tokenWorks(value);
      if (refusal) setError(`The gateway refused this token: ${refusal}`);
      else onSignIn(value);
    } catch (caught) {
      setError(caught instanceof RequestFailed ? caught.message : 'The gateway cannot be reached');
    } finally {
      setBusy(false);
    }
  };

  const submitToken = (event: FormEvent) => {
    event.preventDefault();
    const value = token.trim().replace(/^Bearer\s+/i, '');
    if (!value) {
      setError('Paste a bearer token first');
      return;
    }
    void useToken(value);
  };

  const submitDemo = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/console/demo/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ role: demoRole }),
      });
      const body = (await response.json()) as { token?: string; error?: string };
      if (!body.token) throw new Error(body.error ?? `HTTP ${response.status}`);
      await useToken(body.token);
    } catch (caught) {
      setError(`No demo token: ${(caught as Error).message}`);
      setBusy(false);
    }
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title" tabIndex={-1}>综试区监管控制台 · 登录 <span className="en">Sign in to the zone regulators' console</span></h2>
      <p>
        The console calls the gateway's GraphQL API with your bearer token, like any other client. The token stays in this
        browser tab (session storage) and is forgotten when you sign out or close the tab.
      </p>
      {demoRoles && (
        <form onSubmit={submitDemo} className="demo" aria-labelledby="demo-title">
          <h3 id="demo-title">演示角色 Demo roles (development only)</h3>
          <label htmlFor={roleId}>Demo role</label>
          <select id={roleId} value={demoRole} onChange={(event) => setDemoRole(event.target.value)}>
            {demoRoles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.label}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy}>以此角色登录 Sign in as this role</button>
        </form>
      )}
      <form onSubmit={submitToken}>
        <label htmlFor={tokenId}>Bearer token (from your issuer, or `npm run token`)</label>
        <textarea id={tokenId} value={token} onChange={(event) => setToken(event.target.value)} rows={4} spellCheck={false} autoComplete="off" />
        <button type="submit" disabled={busy}>登录 Sign in</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
