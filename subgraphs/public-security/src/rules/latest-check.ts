export interface DatedCheck {
  serialNo: string;
  checkedAt: Date;
}

/**
 * The check that stands for an order when it was checked more than once: the latest one. Two
 * checks in the same millisecond are told apart by serial number, so the answer never depends on
 * the order rows come back in.
 */
export function latestCheck<C extends DatedCheck>(checks: readonly C[]): C | null {
  let latest: C | null = null;
  for (const check of checks) {
    if (
      latest === null
      || check.checkedAt.getTime() > latest.checkedAt.getTime()
      || (check.checkedAt.getTime() === latest.checkedAt.getTime() && check.serialNo > latest.serialNo)
    ) {
      latest = check;
    }
  }
  return latest;
}
