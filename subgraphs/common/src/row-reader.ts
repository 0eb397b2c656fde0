import { Decimal } from '@prisma/client/runtime/client';
import { types as pgTypes, type Pool, type QueryConfig } from 'pg';

/**
 * Fixed-shape reads of a department's rows straight through node-postgres, for the hot paths
 * (every DataLoader batch): one SQL text per loader shape whatever the number of keys (`= ANY($1)`
 * arrays, composite keys as `unnest` joins), sent as a named prepared statement, so PostgreSQL
 * plans it once per connection and nothing is compiled per request. Rows come back exactly as the
 * department's Prisma client returns them (field names, BigInt, Decimal, Date, enums, JSON), so the
 * resolvers, masking and row rules above the loaders do not change. Prisma stays for writes.
 */

/** A model as the generated Prisma client describes it at run time (`_runtimeDataModel`). */
interface RuntimeField {
  name: string;
  kind: 'scalar' | 'enum' | 'object' | 'unsupported';
  type: string;
  dbName?: string | null;
}

interface RuntimeModel {
  fields: RuntimeField[];
  dbName?: string | null;
}

interface PrismaWithDataModel {
  _runtimeDataModel?: { models: Record<string, RuntimeModel> };
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const INT8_ARRAY = 1016;
const NUMERIC_ARRAY = 1231;

type TypeParser = (value: string) => unknown;

/**
 * Values as Prisma gives them: int8 as BigInt, numeric as Decimal, a date as UTC midnight (pg's
 * default reads it in local time); everything else as pg parses it (timestamptz as Date, json as
 * objects, text[] as arrays).
 */
function prismaTypes(): QueryConfig['types'] {
  const parseArray = (value: string, item: (v: string) => unknown) =>
    value === '{}' ? [] : value.slice(1, -1).split(',').map((v) => (v === 'NULL' ? null : item(v.replace(/^"|"$/g, ''))));
  const own: Record<number, TypeParser> = {
    [INT8]: (v) => BigInt(v),
    [NUMERIC]: (v) => new Decimal(v),
    [DATE]: (v) => new Date(`${v}T00:00:00.000Z`),
    [INT8_ARRAY]: (v) => parseArray(v, (x) => BigInt(x)),
    [NUMERIC_ARRAY]: (v) => parseArray(v, (x) => new Decimal(x)),
  };
  return { getTypeParser: ((oid: number, format?: 'text' | 'binary') => own[oid] ?? pgTypes.getTypeParser(oid, format)) as never };
}

/** Enum labels are identifiers: an enum list arrives as `{A,B}` (pg has no parser for the enum's array type). */
function enumValue(value: unknown): unknown {
  if (typeof value === 'string' && value.startsWith('{')) return value === '{}' ? [] : value.slice(1, -1).split(',');
  return value;
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export interface SelectOptions {
  /** SQL joined after `FROM <table> t` (e.g. `JOIN unnest($1::text[], $2::text[]) AS k(a, b) ON …`). */
  join?: string;
  /** The condition, on the alias `t` and parameters $1… */
  where: string;
  /** `DISTINCT ON (…)` columns, with orderBy starting with them. */
  distinctOn?: string;
  orderBy?: string;
  /** More selected expressions, e.g. `e.summary_id AS "summaryId"`. */
  extra?: string;
}

export interface RowReader {
  /** Rows of a Prisma model (its name as in schema.prisma), all scalar fields, as Prisma returns them. */
  select: <R>(model: string, options: SelectOptions, values: unknown[]) => Promise<R[]>;
  /** Any fixed read, as a named prepared statement, with Prisma's value types. */
  query: <R>(text: string, values: unknown[]) => Promise<R[]>;
}

/** Statement names by SQL text, shared by every pool of the process (a name always means one text). */
const statementNames = new Map<string, string>();

/** The name of a fixed-shape statement: each connection parses and plans it once, then only binds and runs it. */
export function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `zone_read_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

function createRowReader(prisma: PrismaWithDataModel, pool: Pool): RowReader {
  const models = prisma._runtimeDataModel?.models;
  if (!models) throw new Error('the Prisma client carries no runtime data model: cannot read rows through pg');
  const types = prismaTypes();
  const shapes = new Map<string, { table: string; columns: string; enums: string[] }>();
  const shapeOf = (model: string) => {
    let shape = shapes.get(model);
    if (!shape) {
      const definition = models[model];
      if (!definition) throw new Error(`no model ${model} in this department's Prisma client`);
      const scalars = definition.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
      shape = {
        table: quote(definition.dbName ?? model),
        columns: scalars.map((f) => `t.${quote(f.dbName ?? f.name)} AS ${quote(f.name)}`).join(', '),
        enums: scalars.filter((f) => f.kind === 'enum').map((f) => f.name),
      };
      shapes.set(model, shape);
    }
    return shape;
  };
  const query = async <R>(text: string, values: unknown[]): Promise<R[]> => {
    const result = await pool.query({ name: statementName(text), text, values, types });
    return result.rows as R[];
  };
  return {
    query,
    select: async <R>(model: string, options: SelectOptions, values: unknown[]): Promise<R[]> => {
      const shape = shapeOf(model);
      const text =
        `SELECT ${options.distinctOn ? `DISTINCT ON (${options.distinctOn}) ` : ''}${shape.columns}${options.extra ? `, ${options.extra}` : ''} FROM ${shape.table} t` +
        `${options.join ? ` ${options.join}` : ''} WHERE ${options.where}${options.orderBy ? ` ORDER BY ${options.orderBy}` : ''}`;
      const rows = await query<Record<string, unknown>>(text, values);
      if (shape.enums.length > 0) for (const row of rows) for (const field of shape.enums) row[field] = enumValue(row[field]);
      return rows as R[];
    },
  };
}

const readers = new WeakMap<object, RowReader>();

/** Reads of this Prisma client's rows go through `pool` (the pool its adapter uses). */
export function registerRowReader(prisma: object, pool: Pool): void {
  readers.set(prisma, createRowReader(prisma as PrismaWithDataModel, pool));
}

/** The row reader of a department's Prisma client (registered when its database was created). */
export function rowReaderOf(prisma: object): RowReader {
  const reader = readers.get(prisma);
  if (!reader) throw new Error('no row reader for this Prisma client: create it with createDepartmentDatabase');
  return reader;
}

/** Ids as pg parameters (BigInt is sent as its decimal text). */
export const idParams = (ids: readonly bigint[]): string[] => ids.map(String);

/** ` AND <column> = $<index>` with its value when the caller is bound to a zone; nothing otherwise. */
export function zoneCondition(zone: string | null | undefined, index: number, column = 't.zone'): { sql: string; values: unknown[] } {
  return zone ? { sql: ` AND ${column} = $${index}`, values: [zone] } : { sql: '', values: [] };
}

/**
 * A batch of order references as a join on (ebp_code, order_no): two arrays unnested side by side,
 * $1 the platforms' codes (char(18) columns: bpchar, so the index is used), $2 the order numbers.
 */
export function orderRefJoin(ebpCodeType: 'bpchar' | 'text' = 'bpchar'): string {
  return `JOIN unnest($1::${ebpCodeType}[], $2::text[]) AS k(ebp_code, order_no) ON t.ebp_code = k.ebp_code AND t.order_no = k.order_no`;
}

export const orderRefParams = (refs: readonly { ebpCode: string; orderNo: string }[]): unknown[] => [refs.map((r) => r.ebpCode), refs.map((r) => r.orderNo)];
