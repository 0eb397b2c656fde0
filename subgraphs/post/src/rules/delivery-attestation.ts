import type { AttestationDecision } from '@zone/common';

/** What post attests of a waybill. */
export const WAYBILL_DELIVERED = 'WAYBILL_DELIVERED';

/** The legal basis of the delivery record: 海关总署公告2018年第194号 (物流企业的运单与投递信息). */
export const DELIVERY_BASIS = '海关总署公告2018年第194号：跨境电子商务零售进出口商品物流运单及投递信息';

/** A delivery attestation stands for a year: the period of returns, tax and settlement checks. */
export const DELIVERY_ATTESTATION_VALID_SECONDS = 365 * 24 * 3600;

export interface DeliveredWaybill {
  logisticsCode: string;
  logisticsNo: string;
  reuseGeneration: number;
  ebpCode: string;
  orderNo: string;
}

export interface DeliveryEvent {
  seq: number;
  code: string;
  occurredAt: Date;
  location: string;
}

/** The DELIVERED event among those just appended, if any: the one a delivery attestation rests on. */
export function deliveryOf(appended: readonly DeliveryEvent[]): DeliveryEvent | null {
  return appended.find((event) => event.code === 'DELIVERED') ?? null;
}

/** The serial's local part: the waybill number and the issue of the number it belongs to. */
export const deliveryAttestationKey = (waybill: Pick<DeliveredWaybill, 'logisticsCode' | 'logisticsNo' | 'reuseGeneration'>) => `${waybill.logisticsCode}/${waybill.logisticsNo}/G${waybill.reuseGeneration}`;

export function deliveryAttestationOf(waybill: DeliveredWaybill, event: DeliveryEvent, at: Date): AttestationDecision {
  return {
    recordSerial: deliveryAttestationKey(waybill),
    subject: { type: 'Waybill', key: `${waybill.logisticsCode}/${waybill.logisticsNo}` },
    claim: WAYBILL_DELIVERED,
    basis: DELIVERY_BASIS,
    evidence: { ...waybill, event },
    at,
    validForSeconds: DELIVERY_ATTESTATION_VALID_SECONDS,
  };
}
