import { GraphQLError } from 'graphql';
import { MAX_NODES, nodeIdOf, type ZoneCode } from '@zone/common';
import type { ForexContext } from './context';
import { ForexEnterpriseDocument, ForexEnterpriseOfOrdersDocument, ForexOrderOfPaymentDocument, ForexPayerWatchFlagDocument, ForexSettlementEvidenceDocument } from './generated/federated/graphql';

/**
 * What forex reads from other departments, always through the federated API as its own system
 * (never from their databases). A read that comes back with errors is not taken as "absent":
 * a settlement check that saw no waybill because post was down would wrongly answer no.
 */

export interface EnterpriseOfCommerce {
  uscc: string;
  zone: ZoneCode;
  roles: string[];
}

/** The enterprise as commerce registered it; null when commerce knows no such enterprise. */
export async function enterpriseOf(context: ForexContext, uscc: string, purpose: string): Promise<EnterpriseOfCommerce | null> {
  const result = await context.federated.request(ForexEnterpriseDocument, { uscc }, { purpose });
  return dataOrThrow(result, 'the enterprise').enterprise;
}

export interface OrderOfPayment {
  ebcCode: string;
  zone: ZoneCode;
}

/** The e-commerce enterprise and zone of an order; null when commerce does not know the order. */
export async function orderOfPayment(context: ForexContext, ebpCode: string, orderNo: string): Promise<OrderOfPayment | null> {
  const result = await context.federated.request(
    ForexOrderOfPaymentDocument, { ebpCode, orderNo }, { purpose: 'FX directory: enterprise of a payment' },
  );
  return dataOrThrow(result, 'the order').order ?? null;
}

/**
 * The e-commerce enterprise commerce records for each order, `<ebpCode>/<orderNo>` to its USCC,
 * asked by id through `nodes`, MAX_NODES at a time; an order commerce does not know is absent.
 */
export async function enterprisesOfOrders(context: ForexContext, orders: readonly { ebpCode: string; orderNo: string }[], purpose: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < orders.length; i += MAX_NODES) {
    const ids = orders.slice(i, i + MAX_NODES).map((order) => nodeIdOf('Order', order));
    const result = await context.federated.request(ForexEnterpriseOfOrdersDocument, { ids }, { purpose });
    for (const node of dataOrThrow(result, 'the enterprises of orders').nodes) {
      if (node && 'ebcCode' in node && node.ebcCode) found.set(`${node.ebpCode}/${node.orderNo}`, node.ebcCode);
    }
  }
  return found;
}

/** The documents of the three flows a settlement check compares, and the enterprise's credit standing. */
export interface OrderEvidence {
  ebpCode: string;
  orderNo: string;
  zone: ZoneCode;
  ebcCode: string;
  actualPaid: string;
  currency: string;
  payCode: string;
  ebc: { negativeListed: boolean; watchFlag: { caseReference: string } | null };
  waybill: { logisticsCode: string; logisticsNo: string; ebpCode: string; orderNo: string } | null;
  inventoryList: { invtNo: string; statusCode: number; orderNo: string; logisticsNo: string } | null;
}

/** The order with its waybill, inventory list and the enterprise's negative-list status; null when commerce does not know it. */
export async function orderEvidenceOf(context: ForexContext, ebpCode: string, orderNo: string): Promise<OrderEvidence | null> {
  const result = await context.federated.request(
    ForexSettlementEvidenceDocument, { ebpCode, orderNo }, { purpose: 'FX settlement check on transaction electronic information' },
  );
  return dataOrThrow(result, 'the order, its waybill and its inventory list').order;
}

/** Whether public security has a watch flag in force on a person, by keyed ID hash (a payer's). */
export async function personWatched(context: ForexContext, idHash: string): Promise<boolean> {
  const result = await context.federated.request(
    ForexPayerWatchFlagDocument, { idHash }, { purpose: 'FX settlement check: watch flag on the payer' },
  );
  return dataOrThrow(result, "the payer's watch flag").personWatchFlag !== null;
}

function dataOrThrow<T>(result: { data: T | null; errors: readonly { message: string }[] }, what: string): T {
  if (result.errors.length > 0 || result.data === null) {
    const reasons = result.errors.map((error) => error.message).join('; ') || 'no data';
    throw new GraphQLError(`Forex could not read ${what} through the federated API: ${reasons}`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'gateway' },
    });
  }
  return result.data;
}
