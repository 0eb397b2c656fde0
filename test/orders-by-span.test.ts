// Query.orders: the records behind a statistics figure, checked against commerce's rows.
import { Client } from 'pg';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let db: Client;

const ORDERS = `query($filter: OrderFilter!, $first: Int, $after: String) {
  orders(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { orderNo ebpCode zone direction orderedAt } }
  }
}`;

interface Page {
  orders: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { orderNo: string; ebpCode: string; zone: string; direction: string; orderedAt: string } }[] };
}

const regulator = async (zone?: string) => ({ authorization: `Bearer ${await stack.token({ role: 'REGULATOR', org: zone ? `REG-${zone}` : 'GD-COMMERCE-DEPT', ...(zone ? { zone: zone as never } : {}) })}` });

/** The month (Beijing dates) with the most orders, and its count per zone, straight from the rows. */
let month: { from: string; to: string };
let perZone: Map<string, number>;

beforeAll(async () => {
  stack = await startStack();
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const busiest = await db.query<{ month: string }>(`SELECT to_char(ordered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month FROM commerce."order" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  const m = busiest.rows[0]!.month;
  const last = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate();
  month = { from: `${m}-01`, to: `${m}-${String(last).padStart(2, '0')}` };
  const counts = await db.query<{ zone: string; n: string }>(
    `SELECT zone, count(*) AS n FROM commerce."order" WHERE (ordered_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1::date AND $2::date GROUP BY zone`,
    [month.from, month.to],
  );
  perZone = new Map(counts.rows.map((r) => [r.zone, Number(r.n)]));
});
afterAll(async () => {
  await db?.end();
  await stack?.close();
});

describe('Query.orders', () => {
  it('counts exactly the orders of the span (Beijing dates) and pages through each of them once, newest first', async () => {
    const headers = await regulator();
    const expected = [...perZone.values()].reduce((a, b) => a + b, 0);
    expect(expected).toBeGreaterThan(0);
    const seen: string[] = [];
    const times: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const answer: { data?: Page | null; errors?: unknown } = await stack.query<Page>(ORDERS, { filter: month, first: 100, after }, headers);
      expect(answer.errors).toBeUndefined();
      const page: Page['orders'] = answer.data!.orders;
      expect(page.totalCount).toBe(expected);
      seen.push(...page.edges.map((e) => `${e.node.ebpCode}/${e.node.orderNo}`));
      times.push(...page.edges.map((e) => e.node.orderedAt));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('narrows to a zone and to a direction', async () => {
    const [zone, count] = [...perZone].sort((a, b) => b[1] - a[1])[0]!;
    const answer = await stack.query<Page>(ORDERS, { filter: { ...month, zone }, first: 5 }, await regulator());
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.orders.totalCount).toBe(count);
    expect(answer.data!.orders.edges.every((e) => e.node.zone === zone)).toBe(true);
    const imports = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM commerce."order" WHERE zone = $1 AND direction = 'IMPORT' AND (ordered_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2::date AND $3::date`,
      [zone, month.from, month.to],
    );
    const narrowed = await stack.query<Page>(ORDERS, { filter: { ...month, zone, direction: 'IMPORT' }, first: 1 }, await regulator());
    expect(narrowed.data!.orders.totalCount).toBe(Number(imports.rows[0]!.n));
  });

  it('shows a zone-bound regulator its own zone only, whatever zone it asks for', async () => {
    const [zone, count] = [...perZone][0]!;
    const own = await stack.query<Page>(ORDERS, { filter: month, first: 100 }, await regulator(zone));
    expect(own.data!.orders.totalCount).toBe(count);
    expect(own.data!.orders.edges.every((e) => e.node.zone === zone)).toBe(true);
    const other = [...perZone.keys()].find((z) => z !== zone)!;
    const elsewhere = await stack.query<Page>(ORDERS, { filter: { ...month, zone: other } }, await regulator(zone));
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data!.orders).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it.each([
    ['an impossible date', { from: '2026-02-30', to: '2026-03-01' }, undefined, 'filter.from'],
    ['an end before the start', { from: '2026-03-02', to: '2026-03-01' }, undefined, 'filter.to'],
    ['more than a year', { from: '2025-01-01', to: '2026-06-30' }, undefined, 'filter.to'],
    ['a cursor of another connection', { from: '2026-01-01', to: '2026-01-31' }, Buffer.from('enterprise:x').toString('base64url'), 'after'],
  ])('refuses %s, naming the field', async (_name, filter, after, field) => {
    const answer = await stack.query(ORDERS, { filter, after }, await regulator());
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((answer.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toContain(field);
  });

  it('is not for banks or the platform', async () => {
    for (const claims of [{ role: 'BANK', org: '91440200BLLJ5275GD' }, { role: 'PLATFORM', org: 'ZONE-PLATFORM' }] as const) {
      const answer = await stack.query(ORDERS, { filter: month }, { authorization: `Bearer ${await stack.token(claims)}` });
      expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });
});
