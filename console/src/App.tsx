import { useCallback, useEffect, useRef, useState } from 'react';
import { forgetToken, storedToken, storeToken, summariseToken } from './session';
import { SignIn } from './views/SignIn';
import { Dashboard } from './views/Dashboard';
import { Records, type RecordsFilter } from './views/Records';
import { AuditStatus } from './views/AuditStatus';
import { AttestationCheck } from './views/AttestationCheck';
import { AssistanceInbox } from './views/AssistanceInbox';

type View = 'dashboard' | 'records' | 'assistance' | 'audit' | 'attestation';

const VIEWS: { id: View; label: string }[] = [
  { id: 'dashboard', label: '统计看板 Dashboard' },
  { id: 'records', label: '明细 Records' },
  { id: 'assistance', label: '执法互助 Assistance' },
  { id: 'audit', label: '审计链 Audit chain' },
  { id: 'attestation', label: '证明核验 Attestations' },
];

export function App() {
  const [token, setToken] = useState<string | null>(() => storedToken());
  const [view, setView] = useState<View>('dashboard');
  const [recordsFilter, setRecordsFilter] = useState<RecordsFilter | null>(null);
  const mainRef = useRef<HTMLElement>(null);

  const signIn = useCallback((value: string) => {
    storeToken(value);
    setToken(value);
    setView('dashboard');
  }, []);
  const signOut = useCallback(() => {
    forgetToken();
    setToken(null);
    setRecordsFilter(null);
  }, []);
  const drillDown = useCallback((filter: RecordsFilter) => {
    setRecordsFilter(filter);
    setView('records');
  }, []);

  // Keyboard and screen-reader users land on the new view's heading.
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [view, token]);

  if (!token) {
    return (
      <main ref={mainRef} className="sign-in-page">
        <SignIn onSignIn={signIn} />
      </main>
    );
  }
  const who = summariseToken(token);
  return (
    <div className="shell">
      <header className="top">
        <h1>综试区监管控制台 <span className="en">Zone regulators' console</span></h1>
        <p className="who" aria-label="Signed in as">
          {who ? `${who.role} · ${who.org}${who.zone ? ` · ${who.zone}` : ''}${who.department ? ` · ${who.department}` : ''}` : 'token'}
        </p>
        <button type="button" onClick={signOut}>退出 Sign out</button>
      </header>
      <nav aria-label="Console views">
        <ul>
          {VIEWS.map((entry) => (
            <li key={entry.id}>
              <button type="button" aria-current={view === entry.id ? 'page' : undefined} onClick={() => setView(entry.id)}>
                {entry.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main ref={mainRef}>
        {view === 'dashboard' && <Dashboard fixedZone={who?.zone ?? null} onDrillDown={drillDown} />}
        {view === 'records' && <Records filter={recordsFilter} fixedZone={who?.zone ?? null} />}
        {view === 'assistance' && <AssistanceInbox department={who?.department ?? null} />}
        {view === 'audit' && <AuditStatus canVerify={who?.scopes.includes('audit:read') ?? false} />}
        {view === 'attestation' && <AttestationCheck />}
      </main>
    </div>
  );
}
