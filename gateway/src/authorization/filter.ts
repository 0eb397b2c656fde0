import {
  Kind,
  TypeInfo,
  getNamedType,
  getOperationAST,
  isAbstractType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Caller } from '@zone/common';
import { refusalOf, type Refusal } from './refusal';
import type { AuthorizationRequirements } from './requirements';

/**
 * Response key of the field that stands in for a selection set whose every field was removed (a
 * selection set may not be empty). Removed from the result again by `withRefusals`.
 */
export const PLACEHOLDER_KEY = '_withheldByAuthorization';

/**
 * Response key of the `__typename` added to every selection set of an interface or union type
 * when something is withheld: `withRefusals` needs the runtime type to know which fragments
 * applied to an object. Removed from the result again.
 */
export const TYPENAME_KEY = '_runtimeTypeForAuthorization';

const typenameAs = (alias: string): FieldNode => ({
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: alias },
  name: { kind: Kind.NAME, value: '__typename' },
});
const PLACEHOLDER = typenameAs(PLACEHOLDER_KEY);

export interface AuthorizedOperation {
  /** The document to plan and execute: the one asked for without the withheld fields. */
  document: DocumentNode;
  /** Its operation (the one named by operationName, or the only one). */
  operation: OperationDefinitionNode;
  /** Each withheld field node of the ORIGINAL document, with the reason. Empty when nothing is withheld. */
  withheld: ReadonlyMap<FieldNode, Refusal>;
  /** True when nothing of the operation is left to execute: no department needs to be asked. */
  nothingLeft: boolean;
}

function onlyPlaceholder(selectionSet: SelectionSetNode): boolean {
  return selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.alias?.value === PLACEHOLDER_KEY);
}

/**
 * Removes from a validated document every field the caller may not be served, wherever it is
 * selected (operation, fragments, inline fragments). Whether a field is withheld depends only on
 * its parent type, its name and the caller, so a field in a fragment is withheld at every use,
 * and the result does not depend on variables. A selection set left empty keeps a `__typename`
 * placeholder, so its parent is still resolved and its other fields (null) can be answered.
 */
export function authorizeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  requirements: AuthorizationRequirements,
  caller: Caller | null,
): AuthorizedOperation {
  const withheld = new Map<FieldNode, Refusal>();
  const typeInfo = new TypeInfo(schema);
  const filtered = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType();
          if (!parent || node.name.value.startsWith('__')) return undefined;
          const field = requirements.of(getNamedType(parent).name, node.name.value);
          const refusal = field && refusalOf(field, caller);
          if (!refusal) return undefined;
          withheld.set(node, refusal);
          return null;
        },
      },
      SelectionSet: {
        leave(node) {
          return node.selections.length === 0 ? { ...node, selections: [PLACEHOLDER] } : undefined;
        },
      },
    }),
  );
  const typenameInfo = new TypeInfo(schema);
  const withTypenames =
    withheld.size === 0
      ? filtered
      : visit(
          filtered,
          visitWithTypeInfo(typenameInfo, {
            SelectionSet: {
              leave(node) {
                const type = typenameInfo.getParentType();
                return type && isAbstractType(type) ? { ...node, selections: [...node.selections, typenameAs(TYPENAME_KEY)] } : undefined;
              },
            },
          }),
        );
  const operation = getOperationAST(withTypenames, operationName);
  if (!operation) throw new Error('authorizeOperation needs a validated document with the operation asked for');
  return { document: withTypenames, operation, withheld, nothingLeft: withheld.size > 0 && onlyPlaceholder(operation.selectionSet) };
}
