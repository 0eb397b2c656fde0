import type { GatewayPlugin } from './gateway-plugin';
import type { CallerRole } from '@zone/common';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GatewayError } from '../operations/errors';
import { fragmentsOf, selectOperation } from '../limits/operation-shape';
import { sha256Hex, trustedDocumentsOf, type Manifest } from '../trusted-documents/manifest';

export const TRUSTED_DOCUMENT_ERROR_CODE = 'PERSISTED_QUERY_NOT_ALLOWED';

/** A restricted role's unregistered operation is refused. */
export const TRUSTED_DOCUMENT_ERRORS: readonly GatewayError[] = [{ code: TRUSTED_DOCUMENT_ERROR_CODE, audit: 'DENIED' }];

/** Roles that may run only the operations registered in the manifest. */
export const TRUSTED_DOCUMENTS_ONLY: ReadonlySet<CallerRole> = new Set<CallerRole>(['BANK']);

export interface TrustedDocumentsOptions {
  manifest: Manifest;
  /** Default: BANK only; every other role may send ad-hoc documents (and use APQ). */
  restrictedRoles?: ReadonlySet<CallerRole>;
}

export function trustedDocumentRefusal(role: CallerRole): GraphQLError {
  return new GraphQLError(
    `Operation refused: a ${role} caller may run only the registered operations of the gateway's trusted documents manifest. ` +
      'Send the registered id in extensions.persistedQuery.sha256Hash (with or without its exact body).',
    { extensions: { code: TRUSTED_DOCUMENT_ERROR_CODE, role, http: { status: 400 } } },
  );
}

/**
 * Whether the operation asks only for `__schema`, `__type` and `__typename` at its root: GraphiQL's
 * introspection, which the gateway answers alone and which every role may send.
 */
export function isIntrospectionOnly(document: DocumentNode, operationName?: string | null): boolean {
  const operation = selectOperation(document, operationName);
  if (!operation || operation.operation !== 'query') return false;
  const fragments = fragmentsOf(document);
  const seen = new Set<FragmentDefinitionNode>();
  const only = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__');
      if (selection.kind === Kind.INLINE_FRAGMENT) return only(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment) return false;
      if (seen.has(fragment)) return true;
      seen.add(fragment);
      return only(fragment.selectionSet);
    });
  return only(operation.selectionSet);
}

/**
 * Trusted documents. `requestDidStart` runs before Apollo Server's APQ step: a request that names
 * a registered id without a query gets the registered body filled in, so APQ finds a query whose
 * hash matches and never answers PERSISTED_QUERY_NOT_FOUND for a registered operation, whether or
 * not its cache has seen it. `didResolveOperation` (after parsing and validation, before the query
 * planner, so no department is called) refuses a restricted role's operation unless the SHA-256
 * of its exact text is a registered id: an ad-hoc document, or one a PLATFORM caller put into the
 * APQ cache, is refused alike. Introspection alone (GraphiQL) stays open to every role.
 */
export function useTrustedDocuments(options: TrustedDocumentsOptions): GatewayPlugin {
  const documents = trustedDocumentsOf(options.manifest);
  const restricted = options.restrictedRoles ?? TRUSTED_DOCUMENTS_ONLY;
  return {
    name: 'trusted-documents',
    errors: TRUSTED_DOCUMENT_ERRORS,
    apollo: {
      async requestDidStart({ request }) {
        const id = request.extensions?.persistedQuery?.sha256Hash;
        if (request.query === undefined && typeof id === 'string') {
          const body = documents.bodyOf(id);
          if (body !== undefined) request.query = body;
        }
        return {
          async didResolveOperation({ source, document, contextValue, operationName }) {
            const role = contextValue.caller.role;
            if (!restricted.has(role) || documents.isRegistered(source) || isIntrospectionOnly(document, operationName)) return;
            contextValue.log.info({ role, organisation: contextValue.caller.organisation, operationName, documentId: sha256Hex(source) }, 'unregistered operation refused');
            throw trustedDocumentRefusal(role);
          },
        };
      },
    },
  };
}
