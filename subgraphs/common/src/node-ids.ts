import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Caller } from './caller';
import { usccProblem } from './identifiers';
import { isZoneCode } from './zones';

/**
 * Global object identification (the Relay convention normalised caches expect): every entity
 * type has an `id: ID!` derived from its business key only, so the same record has the same id
 * whichever department's part of it is read. The id is opaque to clients: base64url of the JSON
 * array [type, ...key values]. `Query.node(id:)` (the gateway's node subgraph) decodes it to the
 * type; each department resolves the entity by `id` as a second `@key`, decoding it to the
 * business key and resolving that as it resolves the business key.
 */
export interface NodeTypeSpec {
  /** The business key's fields, in `@key` order. */
  key: readonly string[];
  /** Key fields that may be null (statistics dimensions the view is not restricted to). */
  nullable?: readonly string[];
  /** Why a key value is not one this type can have, or null. */
  problem?: (field: string, value: string) => string | null;
  /**
   * Whether a caller may see the entity of this key at all, for types whose department resolves
   * any key without reading a row (statistics): what their root field would show that caller.
   */
  visibleTo?: (key: Readonly<Record<string, string | null>>, caller: Caller | null | undefined) => boolean;
}

const uscc = (fields: readonly string[]) => (field: string, value: string) => (fields.includes(field) ? usccProblem(value) : null);

/** Every entity type of the supergraph and its business key: the eight kinds of record the departments own. */
export const NODE_TYPES = {
  Enterprise: { key: ['uscc'], problem: uscc(['uscc']) },
  Order: { key: ['ebpCode', 'orderNo'], problem: uscc(['ebpCode']) },
  InventoryList: { key: ['invtNo'] },
  SummaryDeclaration: { key: ['sumNo'] },
  TaxBill: { key: ['taxNo'] },
  Payment: { key: ['payCode', 'payTransactionId'] },
  Waybill: { key: ['logisticsCode', 'logisticsNo'] },
  ZoneStatistics: {
    key: ['zone', 'period', 'granularity', 'direction', 'tradeMode', 'hsChapter', 'country', 'currency'],
    nullable: ['direction', 'tradeMode', 'hsChapter', 'country', 'currency'],
    problem: (field, value) => {
      if (field === 'zone') return isZoneCode(value) ? null : 'is not a pilot zone';
      if (field === 'granularity') return value === 'DAY' || value === 'MONTH' ? null : 'is not DAY or MONTH';
      if (field === 'period') return /^\d{4}-\d{2}(-\d{2})?$/.test(value) ? null : 'is not a period';
      if (field === 'direction') return value === 'IMPORT' || value === 'EXPORT' ? null : 'is not IMPORT or EXPORT';
      return null;
    },
    // Statistics are never for banks, and a zone-bound caller sees its own zone only (statistics()).
    visibleTo: (key, caller) => caller?.role !== 'BANK' && (!caller?.zone || caller.zone === key.zone),
  },
} as const satisfies Record<string, NodeTypeSpec>;

export type NodeTypeName = keyof typeof NODE_TYPES;

export function isNodeTypeName(value: string): value is NodeTypeName {
  return Object.prototype.hasOwnProperty.call(NODE_TYPES, value);
}

/** Longest key value an id may carry (the longest business key part, an order number, is 60). */
const MAX_KEY_PART = 120;
/** Most characters of an id: the arguments of node and nodes are bounded by it too. */
export const MAX_NODE_ID_LENGTH = 400;
/** Most ids one `nodes` call takes. */
export const MAX_NODES = 100;

export type NodeKey = Record<string, string | null>;
export type DecodedNodeId = { ok: true; type: NodeTypeName; key: NodeKey } | { ok: false; reason: string };

const spec = (type: NodeTypeName): NodeTypeSpec => NODE_TYPES[type];

/** The id of the record of this type that `record` (a row, a reference or a key) has the key of. */
export function nodeIdOf(type: NodeTypeName, record: Readonly<Record<string, unknown>>): string {
  const values = spec(type).key.map((field) => {
    const value = record[field];
    return value === undefined || value === null ? null : String(value);
  });
  return Buffer.from(JSON.stringify([type, ...values]), 'utf8').toString('base64url');
}

/** An id back to its type and business key, or why it is no id of this API (for BAD_USER_INPUT). */
export function decodeNodeId(id: string): DecodedNodeId {
  const refused = { ok: false, reason: 'is not an id returned by this API' } as const;
  if (id.length === 0 || id.length > MAX_NODE_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(id)) return refused;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
  } catch {
    return refused;
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || !isNodeTypeName(parsed[0])) return refused;
  const type = parsed[0];
  const { key: fields, nullable = [], problem } = spec(type);
  const values = parsed.slice(1);
  if (values.length !== fields.length) return refused;
  const key: NodeKey = {};
  for (const [i, field] of fields.entries()) {
    const value: unknown = values[i];
    if (value === null && nullable.includes(field)) {
      key[field] = null;
      continue;
    }
    // eslint-disable-next-line no-control-regex
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_KEY_PART || /[\u0000-\u001f\u007f-\u009f]/.test(value)) return refused;
    if (problem?.(field, value)) return refused;
    key[field] = value;
  }
  // The canonical form only: one record has one id, never a second spelling of it.
  if (nodeIdOf(type, key) !== id) return refused;
  return { ok: true, type, key };
}

interface EntityExtensions {
  apollo?: { subgraph?: { resolveReference?: (reference: Record<string, unknown>, context: unknown, info: unknown) => unknown } };
}

/**
 * Gives a department's entity types their global ids: each node type of the schema that declares
 * `id` resolves it from the record's key, and a reference by `id` (the second `@key`) is decoded
 * to the business key and resolved as the department resolves that key (its DataLoaders and row
 * rules alike). An id of another type, or no id at all, resolves to null: nothing is disclosed
 * that asking by the business key would not disclose.
 */
export function withNodeIds(schema: GraphQLSchema): GraphQLSchema {
  for (const typeName of Object.keys(NODE_TYPES) as NodeTypeName[]) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const idField = type.getFields().id;
    if (!idField) continue;
    const resolveId: GraphQLFieldResolver<Record<string, unknown>, unknown> = (record) => nodeIdOf(typeName, record);
    idField.resolve = resolveId;
    const extensions = type.extensions as EntityExtensions;
    const resolveByKey = extensions.apollo?.subgraph?.resolveReference;
    const { key: fields, visibleTo } = spec(typeName);
    const resolveReference = (reference: Record<string, unknown>, context: unknown, info: unknown) => {
      let byKey = reference;
      // The gateway sends either the whole business key or the id alone.
      if (!(fields[0]! in reference)) {
        const decoded = typeof reference.id === 'string' ? decodeNodeId(reference.id) : null;
        if (!decoded?.ok || decoded.type !== typeName) return null;
        const caller = (context as { caller?: Caller | null } | null)?.caller;
        if (visibleTo && !visibleTo(decoded.key, caller)) return null;
        byKey = { __typename: typeName, ...decoded.key };
      }
      return resolveByKey ? resolveByKey(byKey, context, info) : byKey;
    };
    (type as { extensions: unknown }).extensions = {
      ...type.extensions,
      apollo: { ...extensions.apollo, subgraph: { ...extensions.apollo?.subgraph, resolveReference } },
    };
  }
  return schema;
}

/** A department's entity reference without the form by id, which withNodeIds has decoded before its __resolveReference runs. */
export type ByBusinessKey<R> = R extends { id: unknown } ? never : R;

/** The reference as a department's __resolveReference receives it: by business key (withNodeIds decodes one by id first). */
export function byBusinessKey<R extends object>(reference: R): ByBusinessKey<R> {
  return reference as ByBusinessKey<R>;
}
