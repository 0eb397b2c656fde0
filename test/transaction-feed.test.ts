import { Client } from 'pg';
import type { ForexPrisma } from '../subgraphs/forex/src';
import { DEFAULT_TRUSTED_DOCUMENTS_PATH, loadManifest } from '../gateway/src/trusted-documents/manifest';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/** The banks' transaction feed (issue 14 §1): drained through the registered operation over HTTP. */

interface FeedNode {
  payCode: string;
  payTransactionId: string;
  orderNo: string;
  amountPaid: string;
  order: { actualPaid: string; waybill: { logisticsNo: string } | null; inventoryList: { invtNo: string; status: string } | null };
}
interface FeedEdge {
  cursor: string;
  change: string;
  node: FeedNode;
}
interface FeedData {
  transactionFeed: { edges: FeedEdge[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const feedOperation = loadManifest(DEFAULT_TRUSTED_DOCUMENTS_PATH).operations.find((o) => o.name === 'BankTransactionFeed')!;

const REGULATOR_FEED = `query($after: String, $first: Int, $payCode: String) {
  transactionFeed(after: $after, first: $first, payCode: $payCode) {
    edges { cursor change node { payCode payTransactionId orderNo amountPaid } }
    pageInfo { hasNextPage endCursor } } }`;

describe('the banks\' transaction feed', () => {
  let stack: Stack;
  let forexDb: ForexPrisma;
  let bankCode: string;
  let otherBankCode: string;
  let bank: string;
  let otherBank: string;
  let regulator: string;
  const writers: Client[] = [];

  beforeAll(async () => {
    // Departments behind proxies: forex can be made unreachable while customs tells it of a release.
    stack = await startStack({ resilience: { hangable: true } });
    forexDb = stack.runtimes.forex.prisma as unknown as ForexPrisma;
    const banks = await forexDb.$queryRawUnsafe<{ pay_code: string; n: bigint }[]>(
      'SELECT pay_code, count(*) AS n FROM payment GROUP BY pay_code ORDER BY count(*) DESC, pay_code LIMIT 2',
    );
    bankCode = banks[0]!.pay_code.trim();
    otherBankCode = banks[1]!.pay_code.trim();
    bank = await stack.token({ role: 'BANK', org: bankCode });
    otherBank = await stack.token({ role: 'BANK', org: otherBankCode });
    regulator = await stack.token({ role: 'REGULATOR', org: 'GD-REGULATOR' });
  }, 240_000);

  afterAll(async () => {
    await Promise.all(writers.map((client) => client.end().catch(() => undefined)));
    await stack?.close();
  });

  /** A connection of the test's own, in forex's schema, for transactions held open while the bank pages. */
  async function writer(): Promise<Client> {
    const client = new Client({ connectionString: stack.databaseUrl });
    await client.connect();
    await client.query('SET search_path TO forex');
    writers.push(client);
    return client;
  }

  /** One page through the registered operation, by its id alone, as a bank sends it. */
  async function bankPage(token: string, variables: { after?: string | null; first?: number }): Promise<GraphQLResponse<FeedData>> {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: feedOperation.id } }, variables }),
    });
    return (await response.json()) as GraphQLResponse<FeedData>;
  }

  /** Pages until hasNextPage is false, as a bank's nightly job does; the edges served and the cursor to keep. */
  async function drain(token: string, after: string | null, first = 100): Promise<{ edges: FeedEdge[]; cursor: string | null }> {
    const edges: FeedEdge[] = [];
    let cursor = after;
    for (;;) {
      const page = await bankPage(token, { after: cursor, first });
      expect(page.errors).toBeUndefined();
      const feed = page.data!.transactionFeed;
      edges.push(...feed.edges);
      cursor = feed.pageInfo.endCursor;
      if (!feed.pageInfo.hasNextPage) return { edges, cursor };
    }
  }

  const keyOf = (node: { payCode: string; payTransactionId: string }) => `${node.payCode}/${node.payTransactionId}`;

  /** What the departments hold for a bank: every payment it handled, by key. */
  async function paymentsOf(payCode: string): Promise<string[]> {
    const rows = await forexDb.payment.findMany({ where: { payCode }, select: { payCode: true, payTransactionId: true } });
    return rows.map(keyOf).sort();
  }

  let startCursor: string | null = null;

  it('gives a bank every payment it handled, each once, with the order, waybill and list behind it, and no other bank\'s', async () => {
    const { edges, cursor } = await drain(bank, null, 37);
    const served = edges.map((edge) => keyOf(edge.node));
    expect(new Set(served).size).toBe(served.length);
    expect([...served].sort()).toEqual(await paymentsOf(bankCode));
    expect(edges.every((edge) => edge.node.payCode === bankCode && edge.change === 'PAYMENT_CREATED')).toBe(true);
    // The federation brings the other departments' records of each payment's order.
    expect(edges.every((edge) => edge.node.order.actualPaid !== undefined)).toBe(true);
    expect(edges.some((edge) => edge.node.order.waybill !== null && edge.node.order.inventoryList !== null)).toBe(true);
    expect(cursor).toEqual(expect.any(String));
    startCursor = cursor;

    const other = await drain(otherBank, null, 1000);
    expect(other.edges.length).toBeGreaterThan(0);
    expect(other.edges.every((edge) => edge.node.payCode === otherBankCode)).toBe(true);
    expect(other.edges.some((edge) => served.includes(keyOf(edge.node)))).toBe(false);
  });

  it('resumes from the last endCursor with nothing new: an empty page and the same cursor', async () => {
    const page = await bankPage(bank, { after: startCursor });
    expect(page.errors).toBeUndefined();
    expect(page.data!.transactionFeed).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: startCursor } });
  });

  it('holds back a change committed after a later one, then serves both, oldest transaction first', async () => {
    const [first, second] = (await forexDb.payment.findMany({ where: { payCode: bankCode }, orderBy: { id: 'asc' }, take: 2 }));
    const early = await writer();
    const late = await writer();
    await early.query('BEGIN');
    await early.query('UPDATE payment SET payer_name = payer_name || \'甲\' WHERE id = $1', [first!.id]);
    await late.query('BEGIN');
    await late.query('UPDATE payment SET payer_name = payer_name || \'乙\' WHERE id = $1', [second!.id]);
    await late.query('COMMIT');
    // The later transaction has committed, the earlier is still open: a sequence cursor would serve
    // the later change now and never the earlier one. The feed serves neither yet.
    const held = await bankPage(bank, { after: startCursor });
    expect(held.errors).toBeUndefined();
    expect(held.data!.transactionFeed.edges).toEqual([]);
    expect(held.data!.transactionFeed.pageInfo.endCursor).toBe(startCursor);
    await early.query('COMMIT');

    const both = await pollFeed(bank, startCursor, 2);
    expect(both.edges.map((edge) => [keyOf(edge.node), edge.change])).toEqual([
      [keyOf(first!), 'PAYMENT_CHANGED'],
      [keyOf(second!), 'PAYMENT_CHANGED'],
    ]);
    startCursor = both.cursor;
  }, 120_000);

  /** Drains from `after` until at least `count` edges came, within a generous deadline (other clusters' transactions may hold the horizon). */
  async function pollFeed(token: string, after: string | null, count: number): Promise<{ edges: FeedEdge[]; cursor: string | null }> {
    const deadline = Date.now() + 60_000;
    const edges: FeedEdge[] = [];
    let cursor = after;
    while (edges.length < count) {
      if (Date.now() > deadline) throw new Error(`only ${edges.length} of ${count} changes served before the deadline`);
      const next = await drain(token, cursor, 50);
      edges.push(...next.edges);
      cursor = next.cursor;
    }
    return { edges, cursor };
  }

  it('serves every change of concurrent writers exactly once while their transactions stay open as the bank pages', async () => {
    const payments = await forexDb.payment.findMany({ where: { payCode: bankCode }, orderBy: { id: 'asc' }, take: 12 });
    const clients = await Promise.all([writer(), writer(), writer(), writer()]);
    const written = new Map<string, number>();
    let writing = true;
    const served: FeedEdge[] = [];
    let cursor = startCursor;
    // The bank pages all the time the writers work, in small pages.
    const reader = (async () => {
      while (writing) {
        const page = await bankPage(bank, { after: cursor, first: 7 });
        expect(page.errors).toBeUndefined();
        served.push(...page.data!.transactionFeed.edges);
        cursor = page.data!.transactionFeed.pageInfo.endCursor;
      }
    })();
    await Promise.all(clients.map(async (client, w) => {
      for (let round = 0; round < 15; round++) {
        const payment = payments[(w * 5 + round * 7) % payments.length]!;
        await client.query('BEGIN');
        await client.query('UPDATE payment SET payer_name = payer_name || $2 WHERE id = $1', [payment.id, String(w)]);
        // The transaction stays open while the bank reads a page or two.
        await bankPage(bank, { after: startCursor, first: 1 });
        if (round % 4 === 3) {
          await client.query('ROLLBACK');
          continue;
        }
        await client.query('COMMIT');
        written.set(keyOf(payment), (written.get(keyOf(payment)) ?? 0) + 1);
      }
    }));
    writing = false;
    await reader;
    const total = [...written.values()].reduce((a, b) => a + b, 0);
    const rest = await pollFeed(bank, cursor, total - served.length);
    served.push(...rest.edges);
    const counts = new Map<string, number>();
    for (const edge of served) counts.set(keyOf(edge.node), (counts.get(keyOf(edge.node)) ?? 0) + 1);
    expect(Object.fromEntries([...counts].sort())).toEqual(Object.fromEntries([...written].sort()));
    expect(new Set(served.map((edge) => edge.cursor)).size).toBe(served.length);
    expect(served.every((edge) => edge.change === 'PAYMENT_CHANGED')).toBe(true);
    const after = await bankPage(bank, { after: rest.cursor });
    expect(after.data!.transactionFeed.edges).toEqual([]);
    startCursor = rest.cursor;
  }, 240_000);

  it('puts a payment back in the feed when its payment enterprise sends new content', async () => {
    const payment = (await forexDb.payment.findFirst({ where: { payCode: bankCode, direction: 'IMPORT', payerIdType: '2' }, orderBy: { id: 'desc' } }))
      ?? (await forexDb.payment.findFirst({ where: { payCode: bankCode, direction: 'IMPORT' }, orderBy: { id: 'desc' } }))!;
    const changed = await forexDb.payment.update({ where: { id: payment.id }, data: { amountPaid: payment.amountPaid.add(1) } });
    const { edges } = await pollFeed(bank, startCursor, 1);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ change: 'PAYMENT_CHANGED', node: { payTransactionId: payment.payTransactionId, amountPaid: changed.amountPaid.toFixed(2) } });
  }, 120_000);

  describe('settlement evidence: a payment comes back when a fact its settlement answer rests on changes', () => {
    let db: Client;
    beforeAll(async () => {
      db = new Client({ connectionString: stack.databaseUrl });
      await db.connect();
      writers.push(db);
    });

    interface Subject {
      paymentId: string;
      key: string;
      zone: string;
      ebpCode: string;
      orderNo: string;
      invtNo: string;
    }

    /** Import payments of the bank with their list, each used by one row only. */
    const used = new Set<string>();
    async function subject(where = 'TRUE', direction: 'IMPORT' | 'EXPORT' = 'IMPORT'): Promise<Subject> {
      const { rows } = await db.query<Subject>(
        `SELECT p.id::text AS "paymentId", p.pay_code || '/' || p.pay_transaction_id AS key, p.zone::text AS zone,
                p.ebp_code AS "ebpCode", p.order_no AS "orderNo", l.invt_no AS "invtNo"
           FROM forex.payment p JOIN customs.inventory_list l ON l.ebp_code = p.ebp_code AND l.order_no = p.order_no
          WHERE p.pay_code = $1 AND p.direction::text = $2 AND ${where} ORDER BY p.id LIMIT 50`,
        [bankCode, direction],
      );
      const row = rows.find((candidate) => !used.has(candidate.paymentId));
      if (!row) throw new Error(`the test data has no further payment of ${bankCode} with: ${where}`);
      used.add(row.paymentId);
      return row;
    }

    const officer = async (department: string, zone: string) =>
      ({ authorization: `Bearer ${await stack.token({ role: 'OFFICER', org: `${department.toUpperCase()}-${zone}`, department: department as never, zone: zone as never })}` });

    async function mutate(department: string, zone: string, document: string, variables: Record<string, unknown>): Promise<void> {
      const response = await stack.query(document, variables, await officer(department, zone));
      expect(response.errors).toBeUndefined();
    }

    /** Sets a list's status for a row's starting point, directly (a fixture: no event). */
    async function listStands(invtNo: string, statusCode: number, releasedDaysAgo: number | null = null): Promise<void> {
      await db.query(`UPDATE customs.inventory_list SET status_code = $2, released_at = CASE WHEN $3::int IS NULL THEN NULL ELSE now() - make_interval(days => $3::int) END WHERE invt_no = $1`, [invtNo, statusCode, releasedDaysAgo]);
    }

    async function until(what: string, condition: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }

    const unacknowledged = async (schema: string) =>
      Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.event_outbox WHERE topic = 'settlementEvidenceChanged' AND acknowledged_at IS NULL AND dead_at IS NULL`)).rows[0]!.n);

    /**
     * The feed's changes after `after` up to a marker written after the fact was acknowledged: a
     * change of the bank's payment committed later than anything the fact caused, so every edge the
     * fact caused is served before it (a later duplicate would show).
     */
    async function changesUpToMarker(after: string | null): Promise<{ edges: FeedEdge[]; cursor: string | null }> {
      for (const schema of ['customs', 'post', 'commerce']) await until(`${schema}'s notices acknowledged by forex`, async () => (await unacknowledged(schema)) === 0);
      const { rows } = await db.query<{ id: string; key: string }>(
        `UPDATE forex.payment SET payer_name = payer_name || '记' WHERE id = (SELECT id FROM forex.payment WHERE pay_code = $1 ORDER BY id DESC LIMIT 1)
         RETURNING id::text AS id, pay_code || '/' || pay_transaction_id AS key`, [bankCode]);
      const marker = rows[0]!.key;
      const edges: FeedEdge[] = [];
      let cursor = after;
      const deadline = Date.now() + 90_000;
      while (!edges.some((edge) => keyOf(edge.node) === marker && edge.change === 'PAYMENT_CHANGED')) {
        if (Date.now() > deadline) throw new Error('the marker change was not served');
        const next = await drain(bank, cursor, 200);
        edges.push(...next.edges);
        cursor = next.cursor;
      }
      return { edges: edges.filter((edge) => !(keyOf(edge.node) === marker && edge.change === 'PAYMENT_CHANGED')), cursor };
    }

    /** Catches the bank up: every change so far served, the cursor to start a row from. */
    async function caughtUp(): Promise<string | null> {
      return (await changesUpToMarker(startCursor)).cursor;
    }

    const evidenceOf = (edges: FeedEdge[]) => edges.filter((edge) => edge.change === 'SETTLEMENT_EVIDENCE').map((edge) => keyOf(edge.node)).sort();

    const REVIEW = 'mutation($invtNo: String!, $outcome: ReviewOutcome!) { recordReviewOutcome(invtNo: $invtNo, outcome: $outcome, reason: "单证审核完毕") { status } }';
    const CANCEL = 'mutation($invtNo: String!) { requestListCancellation(invtNo: $invtNo, reason: "消费者取消订单") { state } }';
    const RETURN = 'mutation($invtNo: String!) { requestListReturn(invtNo: $invtNo, reason: "商品质量问题退货") { state } }';

    // Each row: the list's standing before (a fixture), then the customs act that changes the answer.
    it.each([
      ['released after review', 300, null, REVIEW, { outcome: 'RELEASE' }],
      ['rejected after review', 300, null, REVIEW, { outcome: 'REJECT' }],
      ['cancelled (623)', 300, null, CANCEL, {}],
      ['returned (625)', 800, 1, RETURN, {}],
    ] as const)('its list %s: the payment is in the feed once more, once', async (_case, before, releasedDaysAgo, document, variables) => {
      const paid = await subject();
      await listStands(paid.invtNo, before, releasedDaysAgo);
      const from = await caughtUp();
      await mutate('customs', paid.zone, document, { invtNo: paid.invtNo, ...variables });
      const { edges, cursor } = await changesUpToMarker(from);
      expect(evidenceOf(edges)).toEqual([paid.key]);
      expect(edges.find((edge) => edge.change === 'SETTLEMENT_EVIDENCE')!.node.order.inventoryList).toMatchObject({ invtNo: paid.invtNo });
      startCursor = cursor;
    }, 240_000);

    it('its export list returned (an export return): the payment received is in the feed once more, once, and again when customs\' decision on the return changes', async () => {
      const paid = await subject("l.direction = 'EXPORT' AND NOT EXISTS (SELECT 1 FROM customs.export_return r WHERE r.list_id = l.id)", 'EXPORT');
      await listStands(paid.invtNo, 800, 10);
      const from = await caughtUp();
      const EXPORT_RETURN = 'mutation($input: ExportReturnInput!) { requestExportReturn(input: $input) { outcome exportReturn { taxFree } } }';
      const input = { invtNo: paid.invtNo, goodsUnchanged: true, rebateReceived: false, rebateRepaid: false, reason: '海外仓滞销退回' };
      await mutate('customs', paid.zone, EXPORT_RETURN, { input });
      const returned = await changesUpToMarker(from);
      expect(evidenceOf(returned.edges)).toEqual([paid.key]);
      // The same request again changes nothing; a rebate received and not repaid ends the tax-free return: one notice more.
      await mutate('customs', paid.zone, EXPORT_RETURN, { input });
      await mutate('customs', paid.zone, EXPORT_RETURN, { input: { ...input, rebateReceived: true } });
      const decided = await changesUpToMarker(returned.cursor);
      expect(evidenceOf(decided.edges)).toEqual([paid.key]);
      startCursor = decided.cursor;
    }, 240_000);

    it('its waybill delivered (post): the payment is in the feed once more, once', async () => {
      const paid = await subject(`EXISTS (SELECT 1 FROM post.waybill w WHERE w.ebp_code = p.ebp_code AND w.order_no = p.order_no
        AND NOT EXISTS (SELECT 1 FROM post.tracking_event e WHERE e.waybill_id = w.id AND e.code IN ('DELIVERED', 'RETURNED')))`);
      const { rows } = await db.query<{ logisticsCode: string; logisticsNo: string; seq: number }>(
        `SELECT w.logistics_code AS "logisticsCode", w.logistics_no AS "logisticsNo", coalesce(max(e.seq), 0) + 1 AS seq
           FROM post.waybill w LEFT JOIN post.tracking_event e ON e.waybill_id = w.id
          WHERE w.ebp_code = $1 AND w.order_no = $2 GROUP BY w.id ORDER BY w.reuse_generation DESC LIMIT 1`, [paid.ebpCode, paid.orderNo]);
      const waybill = rows[0]!;
      const from = await caughtUp();
      await mutate('post', paid.zone, 'mutation($code: String!, $no: String!, $events: [TrackingEventInput!]!) { addTrackingEvents(logisticsCode: $code, logisticsNo: $no, events: $events) { logisticsNo } }',
        { code: waybill.logisticsCode, no: waybill.logisticsNo, events: [{ seq: waybill.seq, code: 'DELIVERED', description: '已签收', location: '收件人家门口', occurredAt: new Date().toISOString() }] });
      const { edges, cursor } = await changesUpToMarker(from);
      expect(evidenceOf(edges)).toEqual([paid.key]);
      startCursor = cursor;
    }, 240_000);

    it.each([
      ['put on', 'mutation($uscc: ID!) { placeOnNegativeList(uscc: $uscc, reason: "虚假交易", legalBasis: "《电子商务法》第八十五条") { uscc } }'],
      ['taken off', 'mutation($uscc: ID!) { liftFromNegativeList(uscc: $uscc, reason: "整改完毕") { uscc } }'],
    ])('its e-commerce enterprise %s the negative list (commerce): every payment of its orders is in the feed once more, once, also one recorded before commerce knew its order', async (_case, document) => {
      const { rows } = await db.query<{ ebc: string; zone: string }>(
        `SELECT p.ebc_code AS ebc, e.zone::text AS zone FROM forex.payment p JOIN commerce.enterprise e ON e.uscc = p.ebc_code
          WHERE p.pay_code = $1 GROUP BY p.ebc_code, e.zone HAVING count(*) > 1 ORDER BY count(*), p.ebc_code LIMIT 1`, [bankCode]);
      const { ebc, zone } = rows[0]!;
      // A fixture: one of them stands as a payment that came before commerce knew its order (no ebcCode in forex).
      await db.query('UPDATE forex.payment SET ebc_code = NULL WHERE id = (SELECT min(id) FROM forex.payment WHERE pay_code = $1 AND ebc_code = $2)', [bankCode, ebc]);
      // The enterprise's payments: by forex's ebcCode, or by commerce's order where forex has none.
      const expected = (await db.query<{ key: string; attributed: boolean }>(
        `SELECT p.pay_code || '/' || p.pay_transaction_id AS key, p.ebc_code IS NOT NULL AS attributed FROM forex.payment p
           LEFT JOIN commerce."order" o ON o.ebp_code = p.ebp_code AND o.order_no = p.order_no
          WHERE p.pay_code = $1 AND (p.ebc_code = $2 OR (p.ebc_code IS NULL AND o.ebc_code = $2))`, [bankCode, ebc])).rows;
      expect(expected.filter((row) => row.attributed).length).toBeGreaterThan(0);
      expect(expected.filter((row) => !row.attributed).length).toBeGreaterThan(0);
      const from = await caughtUp();
      await mutate('commerce', zone, document, { uscc: ebc });
      const { edges, cursor } = await changesUpToMarker(from);
      expect(evidenceOf(edges)).toEqual(expected.map((row) => row.key).sort());
      startCursor = cursor;
    }, 240_000);

    it('recovers a notice sent while forex was unreachable: retried until forex acknowledged, the payment in the feed once', async () => {
      const paid = await subject();
      await listStands(paid.invtNo, 300);
      const from = await caughtUp();
      const relay = stack.runtimes.customs.relay!;
      const failuresBefore = relay.deliveryFailures();
      stack.hangDepartment('forex');
      try {
        await mutate('customs', paid.zone, REVIEW, { invtNo: paid.invtNo, outcome: 'RELEASE' });
        // Customs committed the release and tried to tell forex; forex did not answer.
        await until('a delivery to forex failed', async () => relay.deliveryFailures() > failuresBefore, 120_000);
        expect(await unacknowledged('customs')).toBe(1);
      } finally {
        stack.resumeDepartment('forex');
      }
      const { edges, cursor } = await changesUpToMarker(from);
      expect(evidenceOf(edges)).toEqual([paid.key]);
      startCursor = cursor;
    }, 300_000);

    it('marks a notice forex refuses for good dead with the refusal, delivers the later ones, and sends it again when an operator clears it', async () => {
      const paid = await subject();
      await listStands(paid.invtNo, 300);
      const from = await caughtUp();
      const relay = stack.runtimes.customs.relay!;
      const deadBefore = relay.deadLetters();
      const failuresBefore = relay.deliveryFailures();
      // A notice no customs write makes: a release that names no order, which forex refuses (BAD_USER_INPUT) however often it comes.
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO customs.event_outbox (topic, zone, payload, published_at) VALUES ('settlementEvidenceChanged', $1, $2::jsonb, now()) RETURNING id::text AS id`,
        [paid.zone, JSON.stringify({ fact: 'LIST_RELEASED', zone: paid.zone })],
      );
      const poison = rows[0]!.id;
      // The release committed after it: delivered although the earlier notice never will be.
      await mutate('customs', paid.zone, REVIEW, { invtNo: paid.invtNo, outcome: 'RELEASE' });
      const { edges, cursor } = await changesUpToMarker(from);
      expect(evidenceOf(edges)).toEqual([paid.key]);
      startCursor = cursor;
      const deadRow = async () => (await db.query<{ dead: boolean; acknowledged: boolean; reason: string | null }>(
        'SELECT dead_at IS NOT NULL AS dead, acknowledged_at IS NOT NULL AS acknowledged, dead_reason AS reason FROM customs.event_outbox WHERE id = $1', [poison])).rows[0]!;
      expect(await deadRow()).toEqual({ dead: true, acknowledged: false, reason: expect.stringMatching(/^forex refused the settlement evidence: BAD_USER_INPUT: .*notices\[0\]\.ebpCode/) });
      expect(relay.deadLetters()).toBe(deadBefore + 1);
      // A refusal is not a failure to reach forex: no back-off for the later notices.
      expect(relay.deliveryFailures()).toBe(failuresBefore);
      expect(await stack.runtimes.customs.metrics.registry.getSingleMetricAsString('zone_outbox_dead_letters_total')).toMatch(new RegExp(`topic="settlementEvidenceChanged"[^}]*} ${deadBefore + 1}$`, 'm'));

      // The operator's re-send (README): cleared, it goes to forex again; refused again, it is dead again, never dropped silently.
      await db.query('UPDATE customs.event_outbox SET dead_at = NULL, dead_reason = NULL WHERE id = $1', [poison]);
      await until('the re-sent notice refused again', async () => (await deadRow()).dead);
      expect(relay.deadLetters()).toBe(deadBefore + 2);
      expect((await deadRow()).acknowledged).toBe(false);
    }, 300_000);

    it('acts once on a notice forex receives twice, and refuses a department\'s notice of another\'s fact', async () => {
      const paid = await subject();
      const system = { authorization: `Bearer ${await stack.token({ role: 'SYSTEM', org: 'SYSTEM-CUSTOMS', department: 'customs' })}` };
      const RECORD = 'mutation($notices: [SettlementEvidenceNoticeInput!]!) { recordSettlementEvidence(notices: $notices) { received alreadyReceived paymentsChanged } }';
      const notice = { noticeId: 'customs:999999999', fact: 'LIST_RELEASED', zone: paid.zone, ebpCode: paid.ebpCode, orderNo: paid.orderNo, occurredAt: new Date().toISOString() };
      const first = await stack.query(RECORD, { notices: [notice, notice] }, system);
      expect(first).toEqual({ data: { recordSettlementEvidence: { received: 1, alreadyReceived: 1, paymentsChanged: 1 } } });
      const again = await stack.query(RECORD, { notices: [notice] }, system);
      expect(again).toEqual({ data: { recordSettlementEvidence: { received: 0, alreadyReceived: 1, paymentsChanged: 0 } } });
      const post = await stack.query(RECORD, { notices: [notice] }, await officer('post', paid.zone));
      expect(post.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const bad = await stack.query(RECORD, { notices: [{ ...notice, noticeId: 'post:1', ebpCode: null }] }, system);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((bad.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual(['notices[0].noticeId', 'notices[0].ebpCode']);
      const { edges, cursor } = await changesUpToMarker(startCursor);
      expect(evidenceOf(edges)).toEqual([paid.key]);
      startCursor = cursor;
    }, 240_000);
  });

  describe('cursors', () => {
    const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;
    const problemsOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.problems;

    it.each([
      ['made up', () => 'bm90IGEgY3Vyc29y.AAAA'],
      ['empty', () => ''],
      ['without its signature', () => startCursor!.split('.')[0]!],
      ['with its position edited', () => {
        const [payload, mac] = startCursor!.split('.');
        const position = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as { s: string; t: string };
        const edited = Buffer.from(JSON.stringify({ s: '0', t: position.t })).toString('base64url');
        return `${edited}.${mac}`;
      }],
      ['with its signature edited', () => `${startCursor!.slice(0, -2)}${startCursor!.endsWith('AA') ? 'BB' : 'AA'}`],
    ])('refuses a cursor %s as BAD_USER_INPUT naming after', async (_case, cursorOf) => {
      const response = await bankPage(bank, { after: cursorOf() });
      expect(response.data?.transactionFeed ?? null).toBeNull();
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field: 'after' })]);
    });

    it('refuses another bank\'s cursor: no bank reads from a position in another\'s feed', async () => {
      const response = await bankPage(otherBank, { after: startCursor });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemsOf(response)).toEqual([expect.objectContaining({ field: 'after' })]);
    });

    it('lets a regulator read a bank\'s feed by payCode, with cursors bound to that payCode', async () => {
      const page = await stack.query<FeedData>(REGULATOR_FEED, { payCode: bankCode, first: 5 }, { authorization: `Bearer ${regulator}` });
      expect(page.errors).toBeUndefined();
      expect(page.data!.transactionFeed.edges).toHaveLength(5);
      expect(page.data!.transactionFeed.edges.every((edge) => edge.node.payCode === bankCode)).toBe(true);
      const moved = await stack.query<FeedData>(REGULATOR_FEED, { payCode: otherBankCode, after: page.data!.transactionFeed.pageInfo.endCursor }, { authorization: `Bearer ${regulator}` });
      expect(codeOf(moved)).toBe('BAD_USER_INPUT');
      const asBank = await bankPage(bank, { after: page.data!.transactionFeed.pageInfo.endCursor });
      expect(codeOf(asBank)).toBe('BAD_USER_INPUT');
    });

    it('answers first: 0 with no edges, whether changes follow the position, and the cursor it was asked with', async () => {
      const fromStart = await bankPage(bank, { first: 0 });
      expect(fromStart.errors).toBeUndefined();
      expect(fromStart.data!.transactionFeed).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
      const one = await bankPage(bank, { first: 1 });
      const cursor = one.data!.transactionFeed.pageInfo.endCursor!;
      expect((await bankPage(bank, { first: 0, after: cursor })).data!.transactionFeed).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: cursor } });
      const { cursor: last } = await drain(bank, cursor, 1000);
      expect((await bankPage(bank, { first: 0, after: last })).data!.transactionFeed).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: last } });
    });

    it('refuses a page over 1,000 and the feed to the platform', async () => {
      const tooMany = await stack.query<FeedData>(REGULATOR_FEED, { first: 1001 }, { authorization: `Bearer ${regulator}` });
      expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
      expect(problemsOf(tooMany)).toEqual([expect.objectContaining({ field: 'first' })]);
      const platform = await stack.query<FeedData>('{ transactionFeed(first: 1) { edges { cursor } } }');
      expect(platform.errors?.length).toBeGreaterThan(0);
      expect(platform.data?.transactionFeed ?? null).toBeNull();
    });
  });
});
