import { compositeKey, orderRefJoin, orderRefKey, orderRefParams, rowLoader, rowReaderOf, rowScopeOf, zoneCondition, type Caller, type OrderRef } from '@zone/common';
import DataLoader from 'dataloader';
import type { Attestation, PrismaClient, Payment, FxDirectoryRegistration, SettlementCheck, UsdReferenceRate } from './generated/prisma/client';
import { fxYearBounds, type DatedFxTransaction, type UsdRateEntry } from './rules/fx-directory';

export interface PaymentKey {
  payCode: string;
  payTransactionId: string;
}

/** Representation of an Enterprise entity owned by commerce, as forex receives it. */
export interface EnterpriseRef {
  uscc: string;
}

/** One enterprise's goods-trade FX of one year, by the month whose rate converts it. */
export interface EnterpriseYear {
  uscc: string;
  year: number;
}

export interface EnterpriseFx {
  receipts: DatedFxTransaction[];
  payments: DatedFxTransaction[];
}

export interface ForexLoaders {
  paymentByKey: DataLoader<PaymentKey, Payment | null, string>;
  paymentByOrder: DataLoader<OrderRef, Payment | null, string>;
  /** Goods-trade FX of an enterprise in a year: its orders' payments, summed by currency and month. */
  fxOfEnterprise: DataLoader<EnterpriseYear, EnterpriseFx, string>;
  registrationByUscc: DataLoader<string, FxDirectoryRegistration | null, string>;
  /** The attestation of each enterprise's registration as it now stands (its latest revision's). */
  attestationByUscc: DataLoader<string, Attestation | null, string>;
  /** The latest settlement check of each order (the one that decides whether its payment uses a quota). */
  latestCheckByOrder: DataLoader<OrderRef, SettlementCheck | null, string>;
  /** Every USD conversion rate, read once per request (a small table). */
  usdRates: () => Promise<UsdRateEntry[]>;
}

const paymentKey = (key: PaymentKey) => compositeKey(key.payCode, key.payTransactionId);
const enterpriseYearKey = (key: EnterpriseYear) => compositeKey(key.uscc, String(key.year));

/** Month in Beijing time of pay_time, the month whose rate converts the payment. */
export const BEIJING_MONTH_SQL = `to_char((pay_time AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`;

interface FxGroupRow {
  ebc_code: string;
  direction: 'IMPORT' | 'EXPORT';
  currency: string;
  month: string;
  amount: string;
}

/** Fresh per request: every entity reference and order lookup of forex goes through these (fixed-shape SQL, row-reader.ts). */
export function createForexLoaders(prisma: PrismaClient, caller: Caller): ForexLoaders {
  const read = rowReaderOf(prisma);
  const scope = rowScopeOf(caller);
  /** The caller's row scope on payments, from parameter $<first> on. */
  const scoped = (first: number) => {
    const inZone = zoneCondition(scope.zone, first);
    const ofBank = scope.payCode ? ` AND t.pay_code = $${first + inZone.values.length}` : '';
    return { sql: `${inZone.sql}${ofBank}`, values: [...inZone.values, ...(scope.payCode ? [scope.payCode] : [])] };
  };
  let rates: Promise<UsdRateEntry[]> | null = null;
  return {
    paymentByKey: rowLoader(
      (keys) => {
        const filter = scoped(3);
        return read.select<Payment>(
          'Payment',
          { join: 'JOIN unnest($1::bpchar[], $2::text[]) AS k(pay_code, pay_transaction_id) ON t.pay_code = k.pay_code AND t.pay_transaction_id = k.pay_transaction_id', where: `true${filter.sql}` },
          [keys.map((k) => k.payCode), keys.map((k) => k.payTransactionId), ...filter.values],
        );
      },
      (row) => paymentKey(row),
      paymentKey,
    ),
    paymentByOrder: rowLoader(
      (refs) => {
        const filter = scoped(3);
        return read.select<Payment>('Payment', { join: orderRefJoin(), where: `true${filter.sql}` }, [...orderRefParams(refs), ...filter.values]);
      },
      (row) => orderRefKey(row),
      orderRefKey,
    ),
    // The directory judges an enterprise's whole volume, so no row scope applies here: callers
    // who may not see it (banks) are refused before.
    fxOfEnterprise: new DataLoader<EnterpriseYear, EnterpriseFx, string>(async (keys) => {
      const byYear = new Map<number, string[]>();
      for (const key of keys) byYear.set(key.year, [...(byYear.get(key.year) ?? []), key.uscc]);
      const results = new Map<string, EnterpriseFx>();
      for (const [year, usccs] of byYear) {
        const { start, end } = fxYearBounds(year);
        const rows = await read.query<FxGroupRow>(
          `SELECT ebc_code, direction::text AS direction, currency, ${BEIJING_MONTH_SQL} AS month, sum(amount_paid)::text AS amount
             FROM payment WHERE ebc_code = ANY($1::bpchar[]) AND pay_time >= $2 AND pay_time < $3
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
          [usccs, start, end],
        );
        for (const uscc of usccs) results.set(enterpriseYearKey({ uscc, year }), { receipts: [], payments: [] });
        for (const row of rows) {
          const fx = results.get(enterpriseYearKey({ uscc: row.ebc_code.trim(), year }));
          const transaction = { amount: row.amount, currency: row.currency.trim(), month: row.month };
          if (row.direction === 'EXPORT') fx?.receipts.push(transaction);
          else fx?.payments.push(transaction);
        }
      }
      return keys.map((key) => results.get(enterpriseYearKey(key))!);
    }, { cacheKeyFn: enterpriseYearKey }),
    attestationByUscc: rowLoader(
      async (usccs) => {
        const rows = await read.select<Attestation>('Attestation', { where: 't.uscc = ANY($1)', orderBy: 't.issued_at, t.serial' }, [[...usccs]]);
        return [...new Map(rows.map((row) => [row.uscc, row])).values()];
      },
      (row) => row.uscc!,
    ),
    registrationByUscc: rowLoader(
      (usccs) => read.select<FxDirectoryRegistration>('FxDirectoryRegistration', { where: 't.uscc = ANY($1)' }, [[...usccs]]),
      (row) => row.uscc,
    ),
    latestCheckByOrder: new DataLoader<OrderRef, SettlementCheck | null, string>(async (refs) => {
      // settlement_check.ebp_code is varchar(18).
      const rows = await read.select<SettlementCheck>('SettlementCheck', { join: orderRefJoin('text'), where: 'true', orderBy: 't.checked_at DESC, t.id DESC' }, orderRefParams(refs));
      const latest = new Map<string, SettlementCheck>();
      for (const row of rows) if (!latest.has(orderRefKey(row))) latest.set(orderRefKey(row), row);
      return refs.map((ref) => latest.get(orderRefKey(ref)) ?? null);
    }, { cacheKeyFn: orderRefKey }),
    usdRates: () => {
      rates ??= read.select<UsdReferenceRate>('UsdReferenceRate', { where: 'true', orderBy: 't.currency, t.month' }, [])
        .then((rows) => rows.map((row) => ({ currency: row.currency, month: row.month, usdPerUnit: row.usdPerUnit.toString() })));
      return rates;
    },
  };
}
