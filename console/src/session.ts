// The bearer token lives in this tab's sessionStorage only: never in a URL, never in localStorage.
const KEY = 'zone-console.token';

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}

export interface TokenSummary {
  role: string;
  org: string;
  zone: string | null;
  department: string | null;
  scopes: string[];
  expiresAt: Date | null;
}

/** What the token says about its holder, for display only: the gateway verifies it on every call. */
export function summariseToken(token: string): TokenSummary | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
    return {
      role: text(claims.role) ?? 'unknown',
      org: text(claims.org) ?? 'unknown',
      zone: text(claims.zone),
      department: text(claims.department),
      scopes: (text(claims.scope) ?? '').split(' ').filter(Boolean),
      expiresAt: typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : null,
    };
  } catch {
    return null;
  }
}
