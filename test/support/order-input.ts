import { idNumberCheckChar } from '@zone/common';

/** The parties of a test order: a platform, a seller and a payment company of one zone. */
export interface OrderParties {
  platformUscc: string;
  sellerUscc: string;
  payerUscc: string;
}

/** A valid resident ID number (GB 11643 check character) that differs with `serial`. */
export function residentId(serial: number): string {
  const first17 = `44020319000101${String(serial % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** A complete, consistent import order for submitOrder, with a buyer's personal data. */
export function orderInput(parties: OrderParties, orderNo: string, serial: number) {
  return {
    ebpCode: parties.platformUscc,
    orderNo,
    direction: 'IMPORT',
    tradeMode: '9610',
    ebcCode: parties.sellerUscc,
    goodsValue: '500.00',
    freight: '10.00',
    discount: '5.00',
    taxTotal: '45.50',
    actualPaid: '550.50',
    currency: 'CNY',
    buyer: { name: '王小明', idType: '1', idNumber: residentId(serial), phone: '13812345678' },
    consignee: '王小明',
    consigneeAddress: '韶关市浈江区某路1号',
    payCode: parties.payerUscc,
    payTransactionId: `PAY-${orderNo}`,
    orderedAt: new Date(Date.now() - 3600_000).toISOString(),
    items: [
      { gnum: 1, itemNo: 'SKU-1', itemName: '婴儿配方奶粉', hsCode: '1901101000', qty: '2', unit: '122', price: '150.25', totalPrice: '300.50', country: 'NZL' },
      { gnum: 2, itemNo: 'SKU-2', itemName: '面部精华液', hsCode: '3304990099', qty: '1', unit: '142', price: '199.50', totalPrice: '199.50', country: 'FRA' },
    ],
  };
}

export const SUBMIT_ORDER = `mutation SubmitOrder($input: OrderInput!) { submitOrder(input: $input) { outcome revision } }`;
