/**
 * The median of values given as a histogram (value, how many), exactly: the middle value, or the
 * mean of the two middle values of an even count. Null for an empty histogram. Durations are
 * kept per bucket as a histogram of whole hours (floor of the hours elapsed), so a median from
 * it is the exact median of the durations counted in whole hours.
 */
export function medianOfHistogram(bins: readonly { value: number; count: number }[]): number | null {
  const sorted = bins.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  const lowerRank = Math.floor((total - 1) / 2);
  const upperRank = Math.floor(total / 2);
  let seen = 0;
  let lower: number | null = null;
  for (const bin of sorted) {
    if (lower === null && seen + bin.count > lowerRank) lower = bin.value;
    if (seen + bin.count > upperRank) return (lower! + bin.value) / 2;
    seen += bin.count;
  }
  return lower;
}
