import { maskName, personalData } from '@zone/common';
import type { ForexContext } from '../context';
import { assertForexOfficial } from '../access';
import { BEIJING_MONTH_SQL } from '../loaders';
import { usdVolume } from '../rules/fx-directory';
import { quotaStanding } from '../rules/individual-quota';
import { RESIDENT_ID_CARD } from '../rules/payment-submission';
import { yearBoundsOf } from './fx-directory';

/** IndividualFxQuota of the schema. */
export interface IndividualFxQuotaAnswer {
  year: number;
  payerName: string;
  payerIdNumberMasked: string;
  quotaUsd: string;
  usedUsd: string;
  remainingUsd: string;
  payments: number;
  paymentsNotCounted: number;
}

interface PayerPaymentRow {
  amount: string;
  currency: string;
  month: string;
  uses_quota: boolean;
}

/**
 * The annual quota of the payer of one payment: the person is the payment's keyed ID hash, so no
 * ID number is asked for or shown. A payment uses the quota when its latest settlement check
 * found it not backed by transaction electronic information (Payment.usesIndividualQuota).
 */
export async function individualFxQuota(context: ForexContext, payCode: string, payTransactionId: string, year: number): Promise<IndividualFxQuotaAnswer | null> {
  const caller = assertForexOfficial(context.caller, "read individuals' FX quota");
  const { start, end } = yearBoundsOf(year);
  const payment = await context.prisma.payment.findUnique({ where: { payCode_payTransactionId: { payCode, payTransactionId } } });
  if (payment === null || payment.payerIdType !== RESIDENT_ID_CARD || payment.payerIdHash === null) return null;
  if (caller.zone && payment.zone !== caller.zone) return null;
  const rows = await context.prisma.$queryRawUnsafe<PayerPaymentRow[]>(
    `SELECT p.amount_paid::text AS amount, p.currency, ${BEIJING_MONTH_SQL.replace('pay_time', 'p.pay_time')} AS month,
            COALESCE((SELECT c.uses_individual_quota FROM settlement_check c
                       WHERE c.ebp_code = p.ebp_code AND c.order_no = p.order_no
                       ORDER BY c.checked_at DESC, c.id DESC LIMIT 1), false) AS uses_quota
       FROM payment p WHERE p.payer_id_hash = $1 AND p.pay_time >= $2 AND p.pay_time < $3`,
    payment.payerIdHash, start, end,
  );
  const counted = rows.filter((row) => row.uses_quota).map((row) => ({ amount: row.amount, currency: row.currency.trim(), month: row.month }));
  const standing = quotaStanding(usdVolume(counted, await context.loaders.usdRates(), 'payments'));
  return {
    year,
    payerName: personalData(caller, payment.payerName, maskName),
    payerIdNumberMasked: payment.payerIdMasked ?? '',
    quotaUsd: standing.quotaUsd,
    usedUsd: standing.usedUsd,
    remainingUsd: standing.remainingUsd,
    payments: rows.length,
    paymentsNotCounted: rows.length - counted.length,
  };
}
