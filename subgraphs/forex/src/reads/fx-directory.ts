import { badUserInput } from '@zone/common';
import type { ForexContext } from '../context';
import {
  DIRECTORY_THRESHOLD_USD,
  directoryStatus,
  directoryVolume,
  exemptFromDirectory,
  fxYearBounds,
  type DirectoryStatus,
} from '../rules/fx-directory';

/** FxDirectoryStatus of the schema. */
export interface FxDirectoryStanding {
  uscc: string;
  year: number;
  receiptsUsd: string;
  paymentsUsd: string;
  totalUsd: string;
  thresholdUsd: string;
  exempt: boolean;
  registered: boolean;
  registeredAt: Date | null;
  registeredBy: string | null;
  decision: DirectoryStatus;
  bankMustSeeRegistration: boolean;
}

/** The calendar year (Beijing time) as a valid argument, or BAD_USER_INPUT naming the field. */
export function yearBoundsOf(year: number, field = 'year'): { start: Date; end: Date } {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput({ field, reason: 'must be a calendar year from 2000 to 2100' });
  return fxYearBounds(year);
}

/**
 * An enterprise's goods-trade FX of one year and its directory standing: receipts (403) and
 * payments (411) of the orders it sold, each at the USD rate in force in its month; registered
 * when forex recorded a registration before the year ended.
 */
export async function fxDirectoryStanding(context: ForexContext, uscc: string, year: number): Promise<FxDirectoryStanding> {
  const { end } = yearBoundsOf(year);
  const { loaders } = context;
  const [fx, registration, rates] = await Promise.all([
    loaders.fxOfEnterprise.load({ uscc, year }),
    loaders.registrationByUscc.load(uscc),
    loaders.usdRates(),
  ]);
  const volume = directoryVolume(fx.receipts, fx.payments, rates);
  const registered = registration !== null && registration.registeredAt < end;
  const exempt = exemptFromDirectory(volume.totalUsd);
  return {
    uscc,
    year,
    ...volume,
    thresholdUsd: DIRECTORY_THRESHOLD_USD,
    exempt,
    registered,
    registeredAt: registered ? registration.registeredAt : null,
    registeredBy: registered ? registration.registeredBy : null,
    decision: directoryStatus(volume.totalUsd, registered),
    bankMustSeeRegistration: !exempt,
  };
}
