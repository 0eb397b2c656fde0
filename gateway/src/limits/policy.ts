import { GraphQLError } from 'graphql';
import type { CallerRole } from '@zone/common';
import { DEFAULT_COST_OPTIONS, type CostOptions } from './cost';
import type { OperationShape } from './operation-shape';
import type { GatewayError } from '../operations/errors';

/** What an ad-hoc operation may demand of the gateway and the departments behind it. */
export interface LimitsConfig {
  /** Fields on the longest path (10; the deepest query of the product's own clients has 7). */
  maxDepth: number;
  /** Aliased fields, fragments expanded (30). */
  maxAliases: number;
  /** Distinct root fields (20). */
  maxRootFields: number;
  /** Lexical tokens of the document; parsing stops past this (5000). */
  maxTokens: number;
  /**
   * Estimated cost allowed per operation, by role. Defaults: PLATFORM 20,000, BANK 6,000,
   * REGULATOR 50,000, OFFICER 20,000, SYSTEM 100,000. A page of 100 enterprises with 4 orders
   * each and every department's part of each order costs about 15,400; a bank's largest feed
   * page (BankTransactionFeed, first 1,000: payment, order, waybill and list) 5,002.
   */
  costBudgets: Record<CallerRole, number>;
  cost: CostOptions;
}

export const DEFAULT_COST_BUDGETS: Record<CallerRole, number> = {
  PLATFORM: 20000,
  BANK: 6000,
  REGULATOR: 50000,
  OFFICER: 20000,
  SYSTEM: 100000,
};

export const DEFAULT_LIMITS: LimitsConfig = {
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 20,
  maxTokens: 5000,
  costBudgets: DEFAULT_COST_BUDGETS,
  cost: DEFAULT_COST_OPTIONS,
};

export type LimitName = 'depth' | 'aliases' | 'rootFields' | 'tokens' | 'cost';

export interface LimitViolation {
  limit: LimitName;
  measured: number;
  allowed: number;
}

/** The first structural limit the operation exceeds (depth, aliases, root fields), or null. */
export function shapeViolation(shape: OperationShape, limits: Pick<LimitsConfig, 'maxDepth' | 'maxAliases' | 'maxRootFields'>): LimitViolation | null {
  if (shape.depth > limits.maxDepth) return { limit: 'depth', measured: shape.depth, allowed: limits.maxDepth };
  if (shape.aliases > limits.maxAliases) return { limit: 'aliases', measured: shape.aliases, allowed: limits.maxAliases };
  if (shape.rootFields > limits.maxRootFields) return { limit: 'rootFields', measured: shape.rootFields, allowed: limits.maxRootFields };
  return null;
}

export function costViolation(cost: number, role: CallerRole, budgets: Record<CallerRole, number>): LimitViolation | null {
  const allowed = budgets[role];
  return cost > allowed ? { limit: 'cost', measured: cost, allowed } : null;
}

const DESCRIPTIONS: Record<Exclude<LimitName, 'cost'>, string> = {
  depth: 'depth',
  aliases: 'number of aliases',
  rootFields: 'number of root fields',
  tokens: 'number of tokens',
};

/**
 * OPERATION_TOO_COMPLEX (a structural limit) or COST_LIMIT_EXCEEDED (the caller's budget), HTTP
 * 400, with `limit`, `measured` and `allowed` in the extensions for clients to act on.
 */
export function limitExceededError(violation: LimitViolation, role?: CallerRole): GraphQLError {
  const { limit, measured, allowed } = violation;
  const http = { status: 400 };
  if (limit === 'cost') {
    return new GraphQLError(
      `Operation refused: its estimated cost ${measured} exceeds the budget of ${allowed} for a ${role ?? 'caller'}. Ask for fewer items (first) or fewer nested lists.`,
      { extensions: { code: 'COST_LIMIT_EXCEEDED', limit, measured, allowed, ...(role ? { role } : {}), http } },
    );
  }
  return new GraphQLError(
    `Operation refused: its ${DESCRIPTIONS[limit]} ${measured} exceeds the limit of ${allowed}`,
    { extensions: { code: 'OPERATION_TOO_COMPLEX', limit, measured, allowed, http } },
  );
}

/** The refusals of demand control (useDemandControl): what the operation asks of the departments is refused. */
export const LIMIT_ERRORS: readonly GatewayError[] = [
  { code: 'OPERATION_TOO_COMPLEX', audit: 'DENIED' },
  { code: 'COST_LIMIT_EXCEEDED', audit: 'DENIED' },
];
