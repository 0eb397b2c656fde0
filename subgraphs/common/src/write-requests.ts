import { AsyncLocalStorage } from 'node:async_hooks';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * Which gateway request each committed write belongs to. Every department has a table
 * `write_request` (request id, record type, record key, commit time) and every write
 * transaction inserts its row in the same transaction as the record it writes, so the row exists
 * if and only if the write committed. The gateway's audit reconciler asks a department about a
 * request whose outcome it never recorded (the gateway died mid-write): WRITE_COMMITTED_PATH.
 */

interface WriteScope {
  requestId: string;
}

const writeScope = new AsyncLocalStorage<WriteScope>();

/** Path of the route answering whether a request committed a write here (gateway only). */
export const WRITE_COMMITTED_PATH = '/internal/write-committed';

/** Scope a caller assertion must carry for WRITE_COMMITTED_PATH: the gateway's reconciler. */
export const RECONCILE_SCOPE = 'audit:reconcile';

/** The gateway's request id of the mutation being resolved, or null outside one. */
export function currentWriteRequestId(): string | null {
  return writeScope.getStore()?.requestId ?? null;
}

/** Runs `fn` as a write of request `requestId` (what each Mutation field does under withWriteScope). */
export function runAsWriteOf<T>(requestId: string, fn: () => T): T {
  return writeScope.run({ requestId }, fn);
}

/**
 * Every Mutation field of the schema resolves within its request's write scope (the context's
 * requestId), so that recordWriteRequest, called inside the write's transaction, knows the
 * request without each write path passing it along.
 */
export function withWriteScope(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  for (const field of Object.values(mutation.getFields())) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      const requestId = (context as { requestId?: unknown } | null)?.requestId;
      if (typeof requestId !== 'string' || requestId.length === 0) return resolve(source, args, context, info);
      return runAsWriteOf(requestId, () => resolve(source, args, context, info));
    };
  }
  return schema;
}

/** The part of a transaction client recordWriteRequest uses. */
export interface RawExecutor {
  $executeRawUnsafe: (query: string, ...values: unknown[]) => Promise<number>;
}

/**
 * Records, inside the write's transaction, that the current request writes the record
 * `recordType` with key `keyParts`: the row commits with the write or not at all. Outside a
 * request's write scope (seeds, tools) nothing is recorded.
 */
export async function recordWriteRequest(tx: RawExecutor, recordType: string, keyParts: readonly string[]): Promise<void> {
  const requestId = currentWriteRequestId();
  if (!requestId) return;
  await tx.$executeRawUnsafe(
    'INSERT INTO write_request (request_id, record_type, record_key) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    requestId,
    recordType,
    JSON.stringify(keyParts),
  );
}

/** Whether request `requestId` committed any write in this department's database. */
export async function hasCommittedWrite(prisma: { $queryRaw: (query: TemplateStringsArray, ...values: unknown[]) => Promise<unknown> }, requestId: string): Promise<boolean> {
  const rows = (await prisma.$queryRaw`SELECT EXISTS (SELECT 1 FROM write_request WHERE request_id = ${requestId}) AS committed`) as { committed: boolean }[];
  return rows[0]?.committed === true;
}
