import DataLoader from 'dataloader';
import { inSpan } from './tracing';

/** One DataLoader batch, in a span of the request it serves when tracing is on. */
function tracedBatch<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keys: readonly K[]): Promise<R[]> {
  return inSpan('DataLoader batch', { attributes: { 'zone.batch.keys': keys.length } }, () => fetch(keys));
}

/**
 * A loader of one row per key: `fetch` returns the rows for a batch of keys in any order and
 * `keyOf` says which key a row answers; results come back in key order, missing keys as null.
 */
export function rowLoader<K, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => string,
  serialize: (key: K) => string = (key) => String(key),
): DataLoader<K, R | null, string> {
  return new DataLoader<K, R | null, string>(
    async (keys) => {
      const rows = await tracedBatch(fetch, keys);
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(serialize(key)) ?? null);
    },
    { cacheKeyFn: serialize },
  );
}

/**
 * A loader of a list of children per parent key: results in key order, an empty list for a
 * parent without children.
 */
export function childrenLoader<K, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  parentKeyOf: (row: R) => string,
  serialize: (key: K) => string = (key) => String(key),
): DataLoader<K, R[], string> {
  return new DataLoader<K, R[], string>(
    async (keys) => {
      const rows = await tracedBatch(fetch, keys);
      const groups = new Map<string, R[]>();
      for (const row of rows) {
        const parent = parentKeyOf(row);
        const group = groups.get(parent);
        if (group) group.push(row);
        else groups.set(parent, [row]);
      }
      return keys.map((key) => groups.get(serialize(key)) ?? []);
    },
    { cacheKeyFn: serialize },
  );
}

/** Joins the parts of a composite key into one string, unambiguous for any part content. */
export function compositeKey(...parts: string[]): string {
  return JSON.stringify(parts);
}

/** Representation of an Order entity owned by commerce, as other departments receive it. */
export interface OrderRef {
  ebpCode: string;
  orderNo: string;
}

export const orderRefKey = (ref: OrderRef): string => compositeKey(ref.ebpCode, ref.orderNo);
