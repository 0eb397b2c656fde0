// Calendar arithmetic on Beijing calendar dates written YYYY-MM-DD (the statistics' periods).

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a period covers: a month (YYYY-MM, or YYYY-MM-01 at MONTH granularity) or a day. */
export function periodRange(period: string, granularity: 'DAY' | 'MONTH'): { from: string; to: string } | null {
  const month = MONTH.exec(period);
  const day = DATE.exec(period);
  const year = Number(month?.[1] ?? day?.[1]);
  const m = Number(month?.[2] ?? day?.[2]);
  if (!year || !m || m > 12) return null;
  if (month || granularity === 'MONTH') return { from: `${year}-${pad(m)}-01`, to: `${year}-${pad(m)}-${pad(daysInMonth(year, m))}` };
  return { from: period, to: period };
}

/** Splits from..to into calendar-month pieces, so that a long run of daily figures loads (and shows progress) month by month. */
export function monthChunks(from: string, to: string): { from: string; to: string }[] {
  const start = DATE.exec(from);
  const end = DATE.exec(to);
  if (!start || !end || from > to) return [];
  const chunks: { from: string; to: string }[] = [];
  let year = Number(start[1]);
  let month = Number(start[2]);
  let first = from;
  for (;;) {
    const last = `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
    if (last >= to) {
      chunks.push({ from: first, to });
      return chunks;
    }
    chunks.push({ from: first, to: last });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    first = `${year}-${pad(month)}-01`;
  }
}

/** Today's date in Beijing (UTC+8, no daylight saving). */
export function beijingToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The twelve calendar months up to and including the one of `today`. */
export function lastTwelveMonths(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const startMonth = month === 12 ? 1 : month + 1;
  const startYear = month === 12 ? year : year - 1;
  return { from: `${startYear}-${pad(startMonth)}-01`, to: today };
}

/** An instant as Beijing wall-clock time, YYYY-MM-DD HH:mm (the time regulators read). */
export function beijingTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Date(at.getTime() + 8 * 3600_000).toISOString().replace('T', ' ').slice(0, 16);
}

/** The instants a span of Beijing calendar dates covers, [first midnight, midnight after the last), for a search's time range. */
export function beijingInstants(from: string, to: string): { from: string; to: string } {
  const end = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)) + 1));
  return { from: `${from}T00:00:00+08:00`, to: `${end.toISOString().slice(0, 10)}T00:00:00+08:00` };
}
