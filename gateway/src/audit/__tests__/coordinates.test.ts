import fs from 'node:fs';
import { buildSchema, isInputObjectType, isObjectType, parse } from 'graphql';
import { DEFAULT_SUPERGRAPH_PATH } from '../../config';
import {
  DEFAULT_SENSITIVE_COORDINATES,
  classifyCoordinates,
  matchesCoordinate,
  operationFootprint,
  touchedCoordinates,
} from '../coordinates';

const schema = buildSchema(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'));
const coordinatesOf = (query: string, operationName?: string) => touchedCoordinates(schema, parse(query), operationName);

describe('touchedCoordinates', () => {
  it.each<[string, string, string[]]>([
    ['a plain query', '{ zones { code city } }', ['Query.zones', 'ZoneInfo.city', 'ZoneInfo.code']],
    [
      'a query with arguments across departments',
      '{ order(ebpCode: "X", orderNo: "1") { orderNo payment { amountPaid } } }',
      ['Order.orderNo', 'Order.payment', 'Payment.amountPaid', 'Query.order', 'Query.order(ebpCode:)', 'Query.order(orderNo:)'],
    ],
    ['__typename and introspection left out', '{ __typename zones { __typename code } __schema { types { name } } }', ['Query.zones', 'ZoneInfo.code']],
    ['directive arguments left out', 'query ($d: Boolean!) { zones @include(if: $d) { code } }', ['Query.zones', 'ZoneInfo.code']],
    [
      'fields reached through a named fragment',
      '{ order(ebpCode: "X", orderNo: "1") { ...who } } fragment who on Order { buyer { name } }',
      ['Buyer.name', 'Order.buyer', 'Query.order', 'Query.order(ebpCode:)', 'Query.order(orderNo:)'],
    ],
    [
      'fields of an inline fragment, named after its type condition',
      '{ order(ebpCode: "X", orderNo: "1") { ... on Order { consignee } } }',
      ['Order.consignee', 'Query.order', 'Query.order(ebpCode:)', 'Query.order(orderNo:)'],
    ],
    [
      'a fragment spread twice and nested fragments, each counted once',
      '{ a: order(ebpCode: "X", orderNo: "1") { ...o } b: order(ebpCode: "Y", orderNo: "2") { ...o } } fragment o on Order { orderNo ...t } fragment t on Order { taxBill { totalTax } }',
      ['Order.orderNo', 'Order.taxBill', 'Query.order', 'Query.order(ebpCode:)', 'Query.order(orderNo:)', 'TaxBill.totalTax'],
    ],
  ])('%s', (_name, query, expected) => {
    expect(coordinatesOf(query)).toEqual(expected);
  });

  it('counts only the operation that runs, and only the fragments it spreads', () => {
    const document = `
      query Zones { zones { code } }
      query Buyer { order(ebpCode: "X", orderNo: "1") { ...buyer } }
      fragment buyer on Order { buyer { phone } }
      fragment unused on Order { taxBill { totalTax } }`;
    expect(coordinatesOf(document, 'Zones')).toEqual(['Query.zones', 'ZoneInfo.code']);
    expect(coordinatesOf(document, 'Buyer')).toEqual(['Buyer.phone', 'Order.buyer', 'Query.order', 'Query.order(ebpCode:)', 'Query.order(orderNo:)']);
  });

  it('counts every operation when the document does not say which one runs', () => {
    const document = 'query A { zones { code } } query B { taxBill(taxNo: "T") { totalTax } }';
    expect(coordinatesOf(document)).toEqual(expect.arrayContaining(['Query.zones', 'Query.taxBill', 'TaxBill.totalTax']));
    expect(coordinatesOf(document, 'Nope')).toEqual(coordinatesOf(document));
  });

  it('names the input fields an argument can carry, whether given inline or in variables', () => {
    const viaVariable = coordinatesOf('mutation ($input: PaymentInput!) { submitPayment(input: $input) { outcome } }');
    expect(viaVariable).toEqual(
      expect.arrayContaining(['Mutation.submitPayment', 'Mutation.submitPayment(input:)', 'PaymentInput.amountPaid', 'PaymentInput.payer', 'PayerInput.idNumber']),
    );
    expect(viaVariable).not.toContain('Payment.amountPaid');
  });
});

describe('classification of personal and tax/FX data', () => {
  it.each<[string, string, boolean, boolean]>([
    ['zones', '{ zones { code } }', false, false],
    ['an order without buyer or consignee', '{ order(ebpCode: "X", orderNo: "1") { orderNo actualPaid } }', false, false],
    ['the buyer of an order', '{ order(ebpCode: "X", orderNo: "1") { buyer { name } } }', true, false],
    ['the consignee of a waybill', '{ waybill(logisticsCode: "L", logisticsNo: "1") { consigneePhone } }', true, false],
    ['the payer of a payment', '{ payment(payCode: "P", payTransactionId: "1") { payer { name } } }', true, true],
    ['an amount paid', '{ order(ebpCode: "X", orderNo: "1") { payment { amountPaid } } }', false, true],
    ['a tax bill', '{ taxBill(taxNo: "T") { totalTax } }', false, true],
    ['an identity check verdict', '{ identityCheck(serialNo: "S") { verdict } }', true, false],
    ['verifying an identity', 'mutation { verifyIdentity(name: "张三", idNumber: "440305199003071236") { verdict } }', true, false],
    ['submitting an order, whose input carries the buyer', 'mutation ($o: OrderInput!) { submitOrder(input: $o) { outcome } }', true, false],
    ['submitting a payment', 'mutation ($p: PaymentInput!) { submitPayment(input: $p) { outcome } }', true, true],
    ['a bank settlement check', '{ settlementCheck(ebpCode: "X", orderNo: "1") { mayProceed evidence { orderAmount } } }', false, true],
    ['an enterprise FX directory standing', '{ enterprise(uscc: "U") { fxDirectory(year: 2026) { totalUsd } } }', false, true],
    ['a deemed income tax assessment', '{ enterprise(uscc: "U") { deemedIncomeTax(year: 2026) { taxDue } } }', false, true],
    ['the lines of a tax bill', '{ taxBill(taxNo: "T") { lines { valueAddedTax } } }', false, true],
    ['an individual FX quota, naming its payer', '{ individualFxQuota(payCode: "P", payTransactionId: "1", year: 2026) { payerName usedUsd } }', true, true],
  ])('%s: personal %s, tax/FX %s', (_name, query, personalData, taxOrFx) => {
    const footprint = operationFootprint(schema, parse(query));
    expect({ personalData: footprint.personalData, taxOrFx: footprint.taxOrFx }).toEqual({ personalData, taxOrFx });
    expect(footprint.mustAuditBeforeResponse).toBe(personalData || taxOrFx || query.startsWith('mutation'));
  });

  it.each<[string, string, string | null, boolean]>([
    ['a query', '{ zones { code } }', null, false],
    ['a mutation that touches no personal or tax/FX data', 'mutation { setCustomsCreditClass(uscc: "U", creditClass: ADVANCED) { __typename } }', null, true],
    ['the query of a document that also holds a mutation', 'query Q { zones { code } } mutation M { setCustomsCreditClass(uscc: "U", creditClass: ADVANCED) { __typename } }', 'Q', false],
    ['the mutation of that document', 'query Q { zones { code } } mutation M { setCustomsCreditClass(uscc: "U", creditClass: ADVANCED) { __typename } }', 'M', true],
    ['that document with no operation named: every operation counts', 'query Q { zones { code } } mutation M { setCustomsCreditClass(uscc: "U", creditClass: ADVANCED) { __typename } }', null, true],
  ])('%s: written to the audit log before its response: %s', (_name, query, operationName, expected) => {
    const footprint = operationFootprint(schema, parse(query), operationName);
    expect(footprint.mutation).toBe(expected);
    expect(footprint.mustAuditBeforeResponse).toBe(expected);
  });

  it.each<[string, string[], boolean]>([
    ['Buyer.name', ['Buyer.*'], true],
    ['Buyer.name', ['Buyer.phone'], false],
    ['BuyerInput.name', ['Buyer.*'], false],
    ['Mutation.verifyIdentity(idNumber:)', ['Mutation.verifyIdentity(idNumber:)'], true],
    ['Mutation.verifyIdentity', ['Mutation.verifyIdentity(idNumber:)'], false],
    ['Order.buyerIdentityCheck', ['Order.buyer'], false],
  ])('%s against %j: %s', (coordinate, patterns, expected) => {
    expect(matchesCoordinate(coordinate, patterns)).toBe(expected);
  });

  it('takes a configured set instead of the default', () => {
    const sensitive = { personalData: ['ZoneInfo.city'], taxOrFx: [] };
    expect(classifyCoordinates(['Query.zones', 'ZoneInfo.city'], sensitive)).toEqual({ personalData: true, taxOrFx: false, unmaskable: false, mustAuditBeforeResponse: true });
    expect(classifyCoordinates(['Order.buyer'], sensitive).personalData).toBe(false);
  });

  it('marks as unmaskable the fields masked by default (names, phone numbers, consignees), not the ID number or the verdicts', () => {
    const read = (query: string) => operationFootprint(schema, parse(query)).unmaskable;
    expect(read('{ order(ebpCode: "X", orderNo: "1") { buyer { name } } }')).toBe(true);
    expect(read('{ order(ebpCode: "X", orderNo: "1") { waybill { consigneePhone } } }')).toBe(true);
    expect(read('{ order(ebpCode: "X", orderNo: "1") { buyer { idNumberMasked } buyerIdentityCheck { verdict } } }')).toBe(false);
    expect(read('{ order(ebpCode: "X", orderNo: "1") { payment { amountPaid } } }')).toBe(false);
  });

  it('names in its defaults only types, fields and arguments the supergraph has', () => {
    const stale: string[] = [];
    const { personalData, taxOrFx, unmaskable = [] } = DEFAULT_SENSITIVE_COORDINATES;
    for (const pattern of [...personalData, ...taxOrFx, ...unmaskable]) {
      const [, typeName, fieldName, argName] = /^(\w+)\.(\w+|\*)(?:\((\w+):\))?$/.exec(pattern) ?? [];
      const type = typeName ? schema.getType(typeName) : undefined;
      if (!type || !(isObjectType(type) || isInputObjectType(type))) {
        stale.push(pattern);
        continue;
      }
      if (fieldName === '*') continue;
      const field = type.getFields()[fieldName!];
      const known = field && (!argName || ('args' in field && field.args.some((a) => a.name === argName)));
      if (!known) stale.push(pattern);
    }
    expect(stale).toEqual([]);
  });
});
