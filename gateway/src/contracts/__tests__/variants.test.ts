import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, isInputObjectType, isInterfaceType, isObjectType, parse, validate, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { DEFAULT_SUPERGRAPH_PATH } from '../../config';
import { CONTRACT_TAGS, createContracts, elementTagsOf } from '..';

const supergraph = fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
const contracts = createContracts(supergraph);
const tags = elementTagsOf(supergraph);
const variant = (name: 'bank' | 'regulator' | 'platform') => contracts.variants.get(name)!;
const rootFields = (schema: GraphQLSchema, root: 'Query' | 'Mutation') => Object.keys((root === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).sort();
const isInternal = (coordinate: string) => tags.get(coordinate)?.has(CONTRACT_TAGS.internal) ?? false;

/** Every output field reachable from Query without passing an internal one, as Type.field. */
function readableFields(schema: GraphQLSchema): string[] {
  const seen = new Set<string>();
  const fields: string[] = [];
  const pending: GraphQLNamedType[] = [schema.getQueryType()!];
  while (pending.length > 0) {
    const type = pending.pop()!;
    if (seen.has(type.name) || !(isObjectType(type) || isInterfaceType(type))) continue;
    seen.add(type.name);
    for (const field of Object.values(type.getFields())) {
      if (isInternal(`${type.name}.${field.name}`)) continue;
      fields.push(`${type.name}.${field.name}`);
      pending.push(getNamedType(field.type));
    }
  }
  return fields.sort();
}

describe('the variants of the committed supergraph', () => {
  it('gives banks exactly the entry points settling FX needs', () => {
    // Besides settling: the attestation key directory and verification, and the audit log's proofs.
    expect(rootFields(variant('bank'), 'Query')).toEqual([
      'attestationStatus', 'auditConsistencyProof', 'auditInclusionProof', 'auditTreeHead', 'departmentKeys',
      'enterprise', 'order', 'payment', 'settlementCheck', 'transactionFeed', 'usdReferenceRates', 'verifyAttestation', 'zones',
    ]);
    // One mutation: forex's acceptance of a settlement basis, which it signs for the bank to keep.
    expect(rootFields(variant('bank'), 'Mutation')).toEqual(['acceptSettlementBasis']);
  });

  it('shows banks no identity checks, tax bills, personal data or audit log', () => {
    const bank = variant('bank');
    for (const type of ['IdentityCheck', 'TaxBill', 'Buyer', 'Payer', 'AuditEntry', 'EnterpriseConnection']) expect(bank.getType(type)).toBeUndefined();
    const order = bank.getType('Order');
    const fields = order && isObjectType(order) ? Object.keys(order.getFields()) : [];
    for (const field of ['buyer', 'consignee', 'taxBill', 'buyerIdentityCheck']) expect(fields).not.toContain(field);
  });

  it('validates every registered bank operation against the bank variant', () => {
    const directory = path.join(__dirname, '..', '..', '..', 'operations');
    for (const file of fs.readdirSync(directory).filter((f) => f.endsWith('.graphql'))) {
      const document = parse(fs.readFileSync(path.join(directory, file), 'utf8'));
      expect({ file, errors: validate(variant('bank'), document).map((e) => e.message) }).toEqual({ file, errors: [] });
    }
  });

  it('gives regulators every readable field but the internal ones, and no mutation (a new type without a regulator tag fails here: tag it)', () => {
    const regulator = readableFields(variant('regulator'));
    expect(readableFields(contracts.apiSchema).filter((coordinate) => !regulator.includes(coordinate))).toEqual([]);
    expect(variant('regulator').getMutationType()).toBeUndefined();
  });

  it('keeps the audit log and the internal fields from the platform', () => {
    const platform = variant('platform');
    expect(rootFields(platform, 'Query')).not.toContain('auditEntries');
    expect(rootFields(platform, 'Query')).not.toContain('auditChainVerification');
    expect(Object.keys(platform.getQueryType()!.getFields()).filter((f) => isInternal(`Query.${f}`))).toEqual([]);
    const buyer = platform.getType('Buyer');
    expect(buyer && isObjectType(buyer) ? Object.keys(buyer.getFields()) : []).not.toContain('idHash');
    expect(rootFields(platform, 'Mutation')).toEqual(expect.arrayContaining(['submitOrder', 'submitPayment', 'submitWaybill', 'verifyIdentity']));
  });

  it('has no input type a variant can name but not fill', () => {
    for (const name of ['bank', 'regulator', 'platform'] as const) {
      for (const type of Object.values(variant(name).getTypeMap())) {
        if (isInputObjectType(type)) expect(Object.keys(type.getFields()).length).toBeGreaterThan(0);
      }
    }
  });
});
