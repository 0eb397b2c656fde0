/**
 * The Apollo floor's federation (floor.ts): one entity, Order by id, with one field from each of
 * the six departments, as the product's scenarios ask for each order's part from each. Each
 * department resolves its part with the reads of floor-department-main.ts.
 */
import type { Department } from '../../subgraphs/common/src/caller';

/** A row of bench_floor.item as each department's part of an order. */
export interface FloorRow {
  id: number;
  order_no: string;
  amount: string;
  status: string;
}

interface FloorSubgraph {
  /** The subgraph's own types: commerce has Query.order, the others extend Order by its key. */
  typeDefs: string;
  /** The department's part of the order from its row. */
  part: (row: FloorRow) => Record<string, unknown>;
}

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

export const FLOOR_SUBGRAPHS: Record<Department, FloorSubgraph> = {
  commerce: {
    typeDefs: `${LINK}
      type Query { order(id: Int!): Order orders(from: Int!, first: Int!): [Order!]! }
      type Order @key(fields: "id") { id: Int! orderNo: String! actualPaid: Float! }`,
    part: (row) => ({ orderNo: row.order_no, actualPaid: Number(row.amount) }),
  },
  customs: {
    typeDefs: `${LINK}
      type Order @key(fields: "id") { id: Int! inventoryList: FloorInventoryList }
      type FloorInventoryList { invtNo: String! status: String! }`,
    part: (row) => ({ inventoryList: { invtNo: row.order_no, status: row.status } }),
  },
  tax: {
    typeDefs: `${LINK}
      type Order @key(fields: "id") { id: Int! taxBill: FloorTaxBill }
      type FloorTaxBill { totalTax: Float! }`,
    part: (row) => ({ taxBill: { totalTax: Number(row.amount) / 10 } }),
  },
  forex: {
    typeDefs: `${LINK}
      type Order @key(fields: "id") { id: Int! payment: FloorPayment }
      type FloorPayment { amountPaid: Float! }`,
    part: (row) => ({ payment: { amountPaid: Number(row.amount) } }),
  },
  post: {
    typeDefs: `${LINK}
      type Order @key(fields: "id") { id: Int! waybill: FloorWaybill }
      type FloorWaybill { logisticsNo: String! status: String! }`,
    part: (row) => ({ waybill: { logisticsNo: row.order_no, status: row.status } }),
  },
  'public-security': {
    typeDefs: `${LINK}
      type Order @key(fields: "id") { id: Int! buyerIdentityCheck: FloorIdentityCheck }
      type FloorIdentityCheck { verdict: String! }`,
    part: (row) => ({ buyerIdentityCheck: { verdict: row.status } }),
  },
};

const PARTS = `orderNo actualPaid inventoryList { invtNo status } taxBill { totalTax } payment { amountPaid } waybill { logisticsNo status }
  buyerIdentityCheck { verdict }`;

/** The query the Apollo floor is sent for one order by key: the order with its part from every department. */
export const FLOOR_ORDER_QUERY = `query FloorOrder($id: Int!) { order(id: $id) { ${PARTS} } }`;

/** The query for `first` orders from id `from` on, each with its part from every department. */
export const FLOOR_ORDERS_QUERY = `query FloorOrders($from: Int!, $first: Int!) { orders(from: $from, first: $first) { ${PARTS} } }`;
