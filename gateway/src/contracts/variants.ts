import type { CallerRole } from '@zone/common';

/**
 * A contract variant of the API (Apollo's "contracts"): the part of the supergraph one audience
 * sees, chosen by the `@tag`s the departments put in their SDLs.
 */
export interface ContractVariant {
  name: string;
  /**
   * An object or interface field is in the variant when it, or the type it belongs to, carries one
   * of these tags; a union when it carries one. Every other element (enums, scalars, input types,
   * arguments) is in unless excluded; whatever is left unreachable from the root types is dropped.
   */
  include: readonly string[];
  /** Elements carrying one of these are out, whatever else they carry (exclusion wins). */
  exclude: readonly string[];
}

/**
 * Tag names the SDLs use. Root fields (Query, Mutation) are tagged one by one: each entry point is
 * a decision. Data types are tagged as a whole for regulators and the platform (they see whole
 * records; masking and row-level rules protect what is inside), field by field for banks, so a
 * field added to a type later reaches a bank only when someone decides it should.
 */
export const CONTRACT_TAGS = {
  bank: 'bank',
  regulator: 'regulator',
  platform: 'platform',
  /** Officers and department systems only (keyed ID hashes, a person's FX quota): out of every variant. */
  internal: 'internal',
} as const;

export const CONTRACT_VARIANTS = {
  /**
   * Partner banks settling FX on transaction information: the orders and payments they processed,
   * the goods, waybill and customs list behind them and the settlement check. No identity
   * checks, tax bills, enterprise lists, personal data, look-ups by another department's number.
   */
  bank: { name: 'bank', include: [CONTRACT_TAGS.bank], exclude: [CONTRACT_TAGS.internal] },
  /** Regulators: every record of every department, read only (no Mutation), and the audit log. */
  regulator: { name: 'regulator', include: [CONTRACT_TAGS.regulator], exclude: [CONTRACT_TAGS.internal] },
  /** The zone platform's front-ends: records and the enterprises' declarations, no audit log. */
  platform: { name: 'platform', include: [CONTRACT_TAGS.platform], exclude: [CONTRACT_TAGS.internal] },
} as const satisfies Record<string, ContractVariant>;

export type ContractVariantName = keyof typeof CONTRACT_VARIANTS;

/**
 * The variant each role sees; null: the whole API schema. Officers and department systems work
 * inside the departments: they write their own department's data and department systems call one
 * another through the gateway (keyed ID hashes, tax bills issued for customs' lists). What each
 * may do is decided per field by the authorization rules and per row by the departments, so
 * hiding parts of the schema from them would only hide the rules that refuse them.
 */
export const VARIANT_OF_ROLE: Readonly<Record<CallerRole, ContractVariantName | null>> = {
  BANK: 'bank',
  REGULATOR: 'regulator',
  PLATFORM: 'platform',
  OFFICER: null,
  SYSTEM: null,
};
