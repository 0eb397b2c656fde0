/**
 * Receipt codes of the customs cross-border e-commerce message standard and the names the API
 * gives them. The database keeps the code as received; the name is derived when read, so the
 * table below is the one place the two meet.
 */
export const RECEIPT_STATUS_CODES = {
  /** 电子口岸已暂存 */
  STORED: 1,
  /** 电子口岸申报中 */
  DECLARING: 2,
  /** 发送海关成功 */
  SENT: 3,
  /** 发送海关失败 */
  SEND_FAILED: 4,
  /** 海关退单 */
  REJECTED: 100,
  /** 海关入库 */
  ACCEPTED: 120,
  /** 人工审核 */
  MANUAL_REVIEW: 300,
  /** 审结 */
  ADJUDICATED: 399,
  /** 查验 */
  INSPECTION: 500,
  /** 放行 */
  RELEASED: 800,
  /** 结关 */
  CLEARED: 899,
} as const;

export type ReceiptStatusName = keyof typeof RECEIPT_STATUS_CODES;

export const RECEIPT_STATUS_NAMES = Object.keys(RECEIPT_STATUS_CODES) as ReceiptStatusName[];

const NAME_OF_CODE = new Map<number, ReceiptStatusName>(RECEIPT_STATUS_NAMES.map((name) => [RECEIPT_STATUS_CODES[name], name]));

/** The status a receipt code stands for, or null for a code outside the known set. */
export function receiptStatusOf(code: number): ReceiptStatusName | null {
  return NAME_OF_CODE.get(code) ?? null;
}

export function receiptCodeOf(status: ReceiptStatusName): number {
  return RECEIPT_STATUS_CODES[status];
}
