import type { GraphQLSchema } from 'graphql';
import type { CallerRole } from '@zone/common';
import { apiSchemaOf } from '../trusted-documents/validate';
import { contractSchemaOf, elementTagsOf } from './contract-schema';
import { CONTRACT_VARIANTS, VARIANT_OF_ROLE, type ContractVariant, type ContractVariantName } from './variants';

export { CONTRACT_TAGS, CONTRACT_VARIANTS, VARIANT_OF_ROLE, type ContractVariant, type ContractVariantName } from './variants';
export { contractSchemaOf, elementTagsOf, type ElementTags } from './contract-schema';

export interface Contracts {
  /** The whole API schema (what officers and department systems see). */
  apiSchema: GraphQLSchema;
  /** Each variant's schema, built once. */
  variants: ReadonlyMap<ContractVariantName, GraphQLSchema>;
  /** The variant a role sees, or null when it sees the whole API schema. */
  variantOf: (role: CallerRole) => { name: ContractVariantName; schema: GraphQLSchema } | null;
}

/**
 * Every variant's schema of one supergraph, built at once so that a supergraph whose tags leave a
 * variant empty or invalid stops the gateway at start-up instead of failing a caller later.
 */
export function createContracts(
  supergraphSdl: string,
  variants: Readonly<Record<ContractVariantName, ContractVariant>> = CONTRACT_VARIANTS,
  variantOfRole: Readonly<Record<CallerRole, ContractVariantName | null>> = VARIANT_OF_ROLE,
): Contracts {
  const apiSchema = apiSchemaOf(supergraphSdl);
  const tags = elementTagsOf(supergraphSdl);
  const schemas = new Map<ContractVariantName, GraphQLSchema>();
  for (const name of Object.keys(variants) as ContractVariantName[]) schemas.set(name, contractSchemaOf(apiSchema, tags, variants[name]));
  return {
    apiSchema,
    variants: schemas,
    variantOf: (role) => {
      const name = variantOfRole[role];
      return name ? { name, schema: schemas.get(name)! } : null;
    },
  };
}
