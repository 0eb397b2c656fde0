import { HeaderMap } from '@apollo/server';
import type { GatewayPlugin } from './gateway-plugin';
import { GraphQLError, Kind, execute, specifiedRules, validate, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GatewayContext } from '../context';
import { createContracts, type Contracts } from '../contracts';
import { fragmentsOf, isIntrospectionField, selectOperation } from '../limits/operation-shape';
import { KnownOperationTypesRule } from '../operations/known-operation-types';
import { isIntrospectionOnly } from './useTrustedDocuments';

export interface ContractsOptions {
  /** The supergraph the gateway serves; its `@tag`s define the variants. */
  supergraphSdl: string;
  /** Variants already built (tests); default: createContracts(supergraphSdl). */
  contracts?: Contracts;
  /** Validation verdicts kept per variant and document (DEFAULT_CONTRACT_VALIDATIONS_KEPT); 0 validates every request anew. */
  validationsKept?: number;
}

/** Most (variant, document) validation verdicts kept, least recently used dropped first. */
export const DEFAULT_CONTRACT_VALIDATIONS_KEPT = 2000;

/** Whether the operation asks for `__schema` or `__type` anywhere at its root. */
export function selectsIntrospection(document: DocumentNode, operationName?: string | null): boolean {
  const operation = selectOperation(document, operationName);
  if (!operation) return false;
  const fragments = fragmentsOf(document);
  const seen = new Set<FragmentDefinitionNode>();
  const any = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return isIntrospectionField(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return any(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment)) return false;
      seen.add(fragment);
      return any(fragment.selectionSet);
    });
  return any(operation.selectionSet);
}

/** Requests refused for asking outside their variant, for the audit log (their error looks like any invalid document's). */
const refusedByContract = new WeakSet<GatewayContext>();

/** Whether this request was refused by useContracts. */
export function wasRefusedByContract(context: GatewayContext): boolean {
  return refusedByContract.has(context);
}

/** graphql-js's "Did you mean …?" would name fields of the variant a field that exists nowhere does not get. */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?$/, '');
}

/**
 * graphql-js's standard rules and KnownOperationTypesRule: graphql-js 16 does not check that an
 * operation's root type exists, so without it a variant without Mutation (regulators, banks) would
 * let every mutation through to the authorization rules, whose refusal names the field.
 */
function validateAgainstVariant(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
  return validate(schema, document, [...specifiedRules, KnownOperationTypesRule]);
}

function validationFailed(message: string, error?: GraphQLError): GraphQLError {
  return new GraphQLError(withoutSuggestions(message), { nodes: error?.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

/**
 * Audiences (contracts). A caller whose role has a variant (BANK, REGULATOR, PLATFORM) works with
 * that variant's schema only. `didResolveOperation` (after Apollo Server validated the document
 * against the whole API schema, before the query planner, so no department is called) validates
 * it again against the variant with graphql-js's standard rules and refuses it as any invalid
 * document is refused: 400 GRAPHQL_VALIDATION_FAILED with graphql-js's own message, which names
 * the field. The message and code are those of a field that does not exist at all, so a refusal
 * does not tell a caller what lies outside its variant (Apollo Server's suggestions are hidden
 * for the same reason: hideSchemaDetailsFromClientErrors), and a document the whole API schema
 * already refuses gets the variant's error, not the whole schema's. Introspection is answered from the
 * variant's schema in `responseForOperation`; mixed with data fields it is refused, since the
 * gateway would answer that part from the whole schema.
 */
export function useContracts(options: ContractsOptions): GatewayPlugin {
  const contracts = options.contracts ?? createContracts(options.supergraphSdl);
  const kept = options.validationsKept ?? DEFAULT_CONTRACT_VALIDATIONS_KEPT;
  // A document's verdict against a variant depends on nothing else: the first error, or none.
  // Keyed by the variant's name and Apollo Server's queryHash (SHA-256 of the document's text).
  const verdicts = kept > 0 ? new LRUCache<string, { error: GraphQLError | null }>({ max: kept }) : null;
  const firstError = (variant: { name: string; schema: GraphQLSchema }, queryHash: string, document: DocumentNode): GraphQLError | null => {
    const key = `${variant.name}\u0000${queryHash}`;
    const known = verdicts?.get(key);
    if (known) return known.error;
    const error = validateAgainstVariant(variant.schema, document)[0] ?? null;
    verdicts?.set(key, { error });
    return error;
  };
  return {
    name: 'contracts',
    apollo: {
      async requestDidStart() {
        return {
          async validationDidStart({ document, queryHash, contextValue }) {
            const variant = contracts.variantOf(contextValue.caller.role);
            if (!variant) return;
            // A document invalid against the whole API schema is refused with the variant's error instead:
            // otherwise a field that exists nowhere ("Cannot query field … on type Mutation") would be told
            // apart from one outside the variant ("The mutation operation is not supported …"), and the
            // refusal would show what lies outside. Apollo Server answers the very array it passes here.
            return async (errors) => {
              if (!errors?.length) return;
              const own = firstError(variant, queryHash, document);
              if (own) (errors as GraphQLError[]).splice(0, errors.length, new GraphQLError(withoutSuggestions(own.message), { nodes: own.nodes }));
            };
          },
          async didResolveOperation({ document, queryHash, operationName, contextValue }) {
            const variant = contracts.variantOf(contextValue.caller.role);
            if (!variant) return;
            const error = firstError(variant, queryHash, document);
            if (error) {
              refusedByContract.add(contextValue);
              contextValue.log.info({ variant: variant.name, role: contextValue.caller.role, organisation: contextValue.caller.organisation, operationName, reason: error.message }, 'operation outside the caller\'s variant refused');
              throw validationFailed(error.message, error);
            }
            if (selectsIntrospection(document, operationName) && !isIntrospectionOnly(document, operationName)) {
              refusedByContract.add(contextValue);
              throw validationFailed('Introspection (__schema, __type) must be sent in an operation of its own, without data fields');
            }
          },
          async responseForOperation({ document, operationName, request, contextValue }) {
            const variant = contracts.variantOf(contextValue.caller.role);
            if (!variant || !isIntrospectionOnly(document, operationName)) return null;
            const result = await execute({ schema: variant.schema, document, operationName, variableValues: request.variables, contextValue });
            return {
              http: { headers: new HeaderMap() },
              body: { kind: 'single', singleResult: { data: result.data, ...(result.errors ? { errors: result.errors.map((e) => e.toJSON()) } : {}) } },
            };
          },
        };
      },
    },
  };
}
