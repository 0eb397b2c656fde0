import {
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * Coordinates whose reading or writing makes a request touch sensitive data. A pattern is a
 * schema coordinate (`Order.buyer`, `Mutation.verifyIdentity(idNumber:)`) or `Type.*` for every
 * field and argument of a type. Fields are named after the type they are selected on, so a field
 * read through an interface needs the interface listed too.
 */
export interface SensitiveCoordinates {
  /** Personal data of buyers, payers, consignees and identity checks (PIPL). */
  personalData: readonly string[];
  /** Tax bills and payments (tax and FX supervision data). */
  taxOrFx: readonly string[];
  /**
   * The personal data the departments return in clear to a caller holding pii:read who stated a
   * purpose (`personalData()` of @zone/common), masked to everyone else. Reading one of these as
   * such a caller marks the entry `unmasked`. None by default when a custom set leaves it out.
   */
  unmaskable?: readonly string[];
}

export const DEFAULT_SENSITIVE_COORDINATES: SensitiveCoordinates = {
  personalData: [
    'Order.buyer',
    'Buyer.*',
    'Order.consignee',
    'Order.buyerIdentityCheck',
    'Waybill.consignee',
    'Waybill.consigneePhone',
    'Payer.*',
    'IdentityCheck.*',
    'BuyerInput.*',
    'PayerInput.*',
    'OrderInput.consignee',
    'OrderInput.consigneeAddress',
    'WaybillInput.consignee',
    'WaybillInput.consigneeAddress',
    'WaybillInput.consigneePhone',
    'Mutation.verifyIdentity(name:)',
    'Mutation.verifyIdentity(idNumber:)',
    'IndividualFxQuota.payerName',
    'IndividualFxQuota.payerIdNumberMasked',
  ],
  taxOrFx: [
    'TaxBill.*',
    'TaxBillLine.*',
    'InvoiceFreeExemption.*',
    'InvoiceFreeExemptionLine.*',
    'DeemedIncomeTaxAssessment.*',
    'DeemedIncomeTaxInput.*',
    'Payment.*',
    'PaymentInput.*',
    'SettlementCheck.*',
    'SettlementEvidence.*',
    'FxDirectoryStatus.*',
    'FxDirectoryRegistrationInput.*',
    'IndividualFxQuota.*',
    'OverseasWarehouseSettlement.*',
    'OverseasWarehouseSettlementInput.*',
  ],
  unmaskable: ['Buyer.name', 'Buyer.phone', 'Order.consignee', 'Payer.name', 'Waybill.consignee', 'Waybill.consigneePhone', 'IndividualFxQuota.payerName'],
};

/** What one operation touches, and whether its entry must be written before its response. */
export interface OperationFootprint {
  /** Sorted schema coordinates: fields selected, arguments given, and input fields those arguments' types can carry. */
  fields: string[];
  personalData: boolean;
  taxOrFx: boolean;
  /** Reads a field that is in clear for callers who may see personal data (`unmaskable`). */
  unmaskable: boolean;
  /** The operation that runs is a mutation (or, with no operation chosen, one of them is). */
  mutation: boolean;
  /**
   * personalData, taxOrFx or a mutation: such a request is not answered unless its audit entry is
   * written, so no write is acknowledged that the log does not hold, even if the gateway is killed.
   */
  mustAuditBeforeResponse: boolean;
}

function selectOperations(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode[] {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const chosen = operationName ? operations.filter((o) => o.name?.value === operationName) : operations.length === 1 ? operations : [];
  // When the document does not say which operation runs, count what every one of them touches.
  return chosen.length === 1 ? chosen : operations;
}

/** Every input field reachable from an argument's type; variables are opaque here, so all are counted. */
function addInputFields(type: GraphQLInputType, into: Set<string>, seen: Set<string>): void {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return;
  seen.add(named.name);
  for (const field of Object.values(named.getFields())) {
    into.add(`${named.name}.${field.name}`);
    addInputFields(field.type, into, seen);
  }
}

/**
 * The schema coordinates an operation touches: `Type.field` for every field it selects (through
 * the fragments it spreads, but no others), `Type.field(arg:)` for every argument given and
 * `Input.field` for every input field those arguments' types can carry. Meta fields (`__typename`,
 * introspection) are left out. Unknown fields are skipped: validation refuses such documents.
 */
export function touchedCoordinates(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): string[] {
  const coordinates = new Set<string>();
  const inputTypesSeen = new Set<string>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const pending: ASTNode[] = selectOperations(document, operationName);
  const spread = new Set<string>();
  while (pending.length > 0) {
    const typeInfo = new TypeInfo(schema);
    visit(
      pending.pop()!,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (parent && field && !field.name.startsWith('__') && !parent.name.startsWith('__')) coordinates.add(`${parent.name}.${field.name}`);
        },
        Argument() {
          const argument = typeInfo.getArgument();
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          // Directive arguments (@include(if:)) carry no data.
          if (!argument || !field || !parent || typeInfo.getDirective()) return;
          coordinates.add(`${parent.name}.${field.name}(${argument.name}:)`);
          addInputFields(argument.type, coordinates, inputTypesSeen);
        },
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (fragment && !spread.has(node.name.value)) {
            spread.add(node.name.value);
            pending.push(fragment);
          }
        },
      }),
    );
  }
  return [...coordinates].sort();
}

/** Whether a coordinate matches one of the patterns (`Type.field`, `Type.field(arg:)` or `Type.*`). */
export function matchesCoordinate(coordinate: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => (pattern.endsWith('.*') ? coordinate.startsWith(pattern.slice(0, -1)) : coordinate === pattern));
}

/** Classifies coordinates against the sensitive sets. */
export function classifyCoordinates(
  fields: readonly string[],
  sensitive: SensitiveCoordinates = DEFAULT_SENSITIVE_COORDINATES,
): Omit<OperationFootprint, 'fields' | 'mutation'> {
  const personalData = fields.some((f) => matchesCoordinate(f, sensitive.personalData));
  const taxOrFx = fields.some((f) => matchesCoordinate(f, sensitive.taxOrFx));
  const unmaskable = fields.some((f) => matchesCoordinate(f, sensitive.unmaskable ?? []));
  return { personalData, taxOrFx, unmaskable, mustAuditBeforeResponse: personalData || taxOrFx };
}

/** Whether the operation that runs (every one, when the document does not say which) writes. */
export function isMutation(document: DocumentNode, operationName?: string | null): boolean {
  return selectOperations(document, operationName).some((operation) => operation.operation === 'mutation');
}

/** touchedCoordinates() and their classification in one call, for the gateway's request pipeline. */
export function operationFootprint(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  sensitive: SensitiveCoordinates = DEFAULT_SENSITIVE_COORDINATES,
): OperationFootprint {
  const fields = touchedCoordinates(schema, document, operationName);
  const classified = classifyCoordinates(fields, sensitive);
  const mutation = isMutation(document, operationName);
  return { fields, ...classified, mutation, mustAuditBeforeResponse: classified.mustAuditBeforeResponse || mutation };
}
