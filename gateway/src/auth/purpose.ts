import { GraphQLError } from 'graphql';
import type { Caller } from '@zone/common';

/** Header in which a caller states why it asks; with the pii:read scope it unmasks personal data. */
export const PURPOSE_HEADER = 'x-purpose';
const MAX_PURPOSE_LENGTH = 200;

/** The caller with the purpose stated for this request, which the audit log records. */
export function withStatedPurpose(caller: Caller, headers: Headers): Caller {
  const raw = headers.get(PURPOSE_HEADER);
  if (raw === null) return caller;
  const purpose = raw.trim();
  if (purpose.length === 0) return caller;
  if (purpose.length > MAX_PURPOSE_LENGTH) {
    throw new GraphQLError(`${PURPOSE_HEADER} must be at most ${MAX_PURPOSE_LENGTH} characters`, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
  return { ...caller, purpose };
}
