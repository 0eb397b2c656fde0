import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Caller } from './caller';
import { badUserInput } from './errors';

/**
 * Cursors of the bulk connections (the banks' transaction feed, the regulators' record searches):
 * opaque to the client, tamper-evident and bound to who asked what. A cursor is
 * `<payload>.<mac>`, both base64url: the payload is the position (JSON), the MAC an HMAC-SHA256
 * over the connection, the caller, the query (filter, order, feed owner) and the payload. A cursor
 * that was forged, edited, or issued to another caller or for another query does not verify and is
 * refused as BAD_USER_INPUT naming `after`: it never reads from a position nobody gave out.
 */
export interface CursorBinding {
  /** The connection, e.g. `forex.transactionFeed`. */
  connection: string;
  caller: Caller;
  /** Whatever else selects the rows (filter, orderBy, payCode), serialisable to JSON. */
  query: unknown;
}

/** Longest cursor accepted (the SDL bounds `after` too): a position is a few keys. */
export const MAX_CURSOR_LENGTH = 1000;

const REFUSED = { field: 'after', reason: 'is not a cursor this connection gave to this caller for this query' };

/** Canonical JSON (object keys sorted), so that a binding's MAC does not depend on key order. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function bindingText(binding: CursorBinding): string {
  const { caller } = binding;
  return canonical({
    connection: binding.connection,
    caller: { organisation: caller.organisation, role: caller.role, zone: caller.zone, department: caller.department },
    query: binding.query,
  });
}

export interface CursorCodec {
  encode: (binding: CursorBinding, position: unknown) => string;
  /** The position the cursor carries; BAD_USER_INPUT on `after` when it does not verify. */
  decode: (binding: CursorBinding, cursor: string) => unknown;
}

/** Cursors signed with the key `key()` returns (read when first needed: see cursorKeyFromEnv). */
export function createCursorCodec(key: () => string): CursorCodec {
  const mac = (binding: CursorBinding, payload: string) =>
    createHmac('sha256', key()).update(bindingText(binding)).update('\n').update(payload).digest();
  return {
    encode: (binding, position) => {
      const payload = Buffer.from(canonical(position), 'utf8').toString('base64url');
      return `${payload}.${mac(binding, payload).toString('base64url')}`;
    },
    decode: (binding, cursor) => {
      if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) throw badUserInput(REFUSED);
      const [payload, signature, ...rest] = cursor.split('.');
      if (!payload || !signature || rest.length > 0 || !/^[A-Za-z0-9_-]+$/.test(payload) || !/^[A-Za-z0-9_-]+$/.test(signature)) {
        throw badUserInput(REFUSED);
      }
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(binding, payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badUserInput(REFUSED);
      try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
      } catch {
        throw badUserInput(REFUSED);
      }
    },
  };
}

/**
 * The cursor key from CURSOR_KEY, read when first needed (an in-process stack loads the
 * departments before it sets the variable); a process checks it at start-up (main.ts). Every
 * replica of a department must share it, or a cursor from one is refused by the next.
 */
export function cursorKeyFromEnv(env: NodeJS.ProcessEnv): () => string {
  let key: string | undefined;
  return () => {
    key ??= env.CURSOR_KEY || undefined;
    if (key === undefined || key.length < 16) {
      key = undefined;
      throw new Error('CURSOR_KEY must be set (at least 16 characters): it signs the cursors of the feed and search connections');
    }
    return key;
  };
}

/** Cursors of every department process, keyed by CURSOR_KEY. */
export const connectionCursors: CursorCodec = createCursorCodec(cursorKeyFromEnv(process.env));
