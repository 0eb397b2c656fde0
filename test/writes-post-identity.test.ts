import { Client } from 'pg';
import { hashIdNumber, idNumberCheckChar } from '@zone/common';
import { demoResident } from '../scripts/demo/generate';
import { logisticsNoReusableFrom } from '../subgraphs/post/src/rules/logistics-number-uniqueness';
import { TEST_SEED } from './support/constants';
import { startStack, type GraphQLResponse, type Stack } from './support/stack';

/** Write paths of post (511/505 waybills, tracking events) and public security (identity checks), through the gateway over HTTP. */

let stack: Stack;
let db: Client;

interface SeededWaybill {
  id: string;
  logistics_code: string;
  logistics_no: string;
  ebp_code: string;
  order_no: string;
  zone: string;
  freight: string;
  insured_fee: string;
  weight: string;
  pack_no: number;
  consignee: string;
  consignee_address: string;
  created_at: Date;
}
/** The first waybill of the test data: a SHAOGUAN import shipped early in 2026. */
let seeded: SeededWaybill;

beforeAll(async () => {
  // Public security hashes ID numbers under the key the test registry was written with, as in production.
  process.env.ID_HASH_KEY = process.env.TEST_ID_HASH_KEY;
  stack = await startStack({ trustedDocuments: false, contracts: false });
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const { rows } = await db.query<SeededWaybill>('SELECT * FROM post.waybill ORDER BY created_at, id LIMIT 1');
  seeded = rows[0]!;
});

afterAll(async () => {
  await db?.end();
  await stack?.close();
});

function problemsOf(response: GraphQLResponse<unknown>): { field: string; reason: string }[] {
  expect(response.errors).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  return error.extensions?.problems as { field: string; reason: string }[];
}
const fieldsOf = (response: GraphQLResponse<unknown>) => problemsOf(response).map((p) => p.field);
const bearer = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });

describe('post records waybills by business key (511 import / 505 export)', () => {
  const SUBMIT = `mutation($input: WaybillInput!) { submitWaybill(input: $input) {
    outcome revision waybill { logisticsCode logisticsNo orderNo zone freight insuredFee weight packNo consignee consigneePhone status } } }`;
  interface Submission {
    submitWaybill: {
      outcome: string;
      revision: number;
      waybill: { logisticsNo: string; orderNo: string; freight: string; weight: string; consignee: string; consigneePhone: string | null; status: string };
    };
  }
  const submit = (input: Record<string, unknown>, headers?: Record<string, string>) => stack.query<Submission>(SUBMIT, { input }, headers);
  const waybillInput = (logisticsNo: string, orderNo: string, overrides: Record<string, unknown> = {}) => ({
    logisticsCode: seeded.logistics_code,
    logisticsNo,
    ebpCode: seeded.ebp_code,
    orderNo,
    zone: seeded.zone,
    freight: '12.00',
    insuredFee: '0.00',
    weight: '1.25',
    packNo: 1,
    consignee: '王小明',
    consigneeAddress: '韶关市某区某路8号',
    consigneePhone: '13800138000',
    ...overrides,
  });
  const revisionsOf = async (logisticsNo: string, orderNo: string) => (await db.query<{ revision: number; app_type: number; content: Record<string, unknown>; recorded_by: string | null }>(
    `SELECT r.revision, r.app_type, r.content, r.recorded_by FROM post.waybill_revision r JOIN post.waybill w ON w.id = r.waybill_id
     WHERE w.logistics_code = $1 AND w.logistics_no = $2 AND w.order_no = $3 ORDER BY r.revision`,
    [seeded.logistics_code, logisticsNo, orderNo],
  )).rows;

  it('creates a waybill, leaves it unchanged on the same content and records a change as the next revision', async () => {
    const created = await submit(waybillInput('ZTW0000000001', 'WTEST0001'));
    expect(created.errors).toBeUndefined();
    expect(created.data!.submitWaybill).toEqual({
      outcome: 'CREATED',
      revision: 1,
      waybill: expect.objectContaining({ logisticsNo: 'ZTW0000000001', orderNo: 'WTEST0001', freight: '12.00', weight: '1.25', consignee: '王**', consigneePhone: '138****8000', status: 'CREATED' }),
    });

    // The same content spelt differently (decimals, spaces around free text) is the same waybill.
    const again = await submit(waybillInput('ZTW0000000001', 'WTEST0001', { freight: '12', consignee: ' 王小明 ' }));
    expect(again.errors).toBeUndefined();
    expect(again.data!.submitWaybill).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });

    const changed = await submit(waybillInput('ZTW0000000001', 'WTEST0001', { weight: '1.40', packNo: 2 }));
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.submitWaybill).toMatchObject({ outcome: 'CHANGED', revision: 2, waybill: { weight: '1.40' } });

    const revisions = await revisionsOf('ZTW0000000001', 'WTEST0001');
    expect(revisions.map((r) => [r.revision, r.app_type, r.content.weight, r.content.packNo, r.recorded_by])).toEqual([
      [1, 1, '1.25', 1, 'ZONE-PLATFORM'],
      [2, 2, '1.4', 2, 'ZONE-PLATFORM'],
    ]);
  });

  it('refuses the number of another order within six months, saying until when it is taken', async () => {
    expect((await submit(waybillInput('ZTW0000000002', 'WTEST0002'))).errors).toBeUndefined();
    const response = await submit(waybillInput('ZTW0000000002', 'WTEST0003'));
    const [problem] = problemsOf(response);
    expect(problem!.field).toBe('input.logisticsNo');
    expect(problem!.reason).toMatch(/is used by order .*\/WTEST0002 since .* and may not be reused before .*\(UTC\+08:00\)/);
    expect((await db.query("SELECT 1 FROM post.waybill WHERE order_no = 'WTEST0003'")).rowCount).toBe(0);
  });

  it('refuses another number for an order that already has a waybill', async () => {
    expect(fieldsOf(await submit(waybillInput('ZTW0000000099', 'WTEST0002')))).toEqual(['input.orderNo']);
  });

  it('names every wrong field in one error', async () => {
    const response = await submit(waybillInput(' X', 'WTEST0004', { freight: '-1.00', weight: '0', packNo: 0, consignee: ' ', consigneePhone: 'call me' }));
    expect(response.data).toBeNull();
    expect(fieldsOf(response)).toEqual(['input.logisticsNo', 'input.freight', 'input.weight', 'input.packNo', 'input.consignee', 'input.consigneePhone']);
    expect(response.errors![0]!.message).toContain('input.weight: must be above 0 kg');
  });

  it('records the same new waybill sent five times at once exactly once', async () => {
    const responses = await Promise.all([1, 2, 3, 4, 5].map(() => submit(waybillInput('ZTW0000000005', 'WTEST0005'))));
    expect(responses.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(responses.map((r) => r.data!.submitWaybill.outcome).sort()).toEqual(['CREATED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect((await db.query("SELECT 1 FROM post.waybill WHERE order_no = 'WTEST0005'")).rowCount).toBe(1);
  });

  it('keeps each of several changes sent at once as its own revision', async () => {
    const weights = ['2.10', '2.20', '2.30'];
    const responses = await Promise.all(weights.map((weight) => submit(waybillInput('ZTW0000000005', 'WTEST0005', { weight }))));
    expect(responses.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(responses.map((r) => r.data!.submitWaybill.outcome)).toEqual(['CHANGED', 'CHANGED', 'CHANGED']);
    expect(responses.map((r) => r.data!.submitWaybill.revision).sort()).toEqual([2, 3, 4]);
    const revisions = await revisionsOf('ZTW0000000005', 'WTEST0005');
    expect(revisions.map((r) => r.revision)).toEqual([1, 2, 3, 4]);
    const last = responses.find((r) => r.data!.submitWaybill.revision === 4)!.data!.submitWaybill.waybill.weight;
    expect(revisions[3]!.content.weight).toBe(String(Number(last)));
  });

  it('lets a carrier issue a number again after six months and keeps the earlier waybill whole', async () => {
    expect(logisticsNoReusableFrom(seeded.created_at).getTime()).toBeLessThanOrEqual(Date.now());
    const eventsBefore = (await db.query('SELECT 1 FROM post.tracking_event WHERE waybill_id = $1', [seeded.id])).rowCount;
    const reused = await submit(waybillInput(seeded.logistics_no, 'WTEST0006'));
    expect(reused.errors).toBeUndefined();
    expect(reused.data!.submitWaybill).toMatchObject({ outcome: 'CREATED', revision: 1, waybill: { orderNo: 'WTEST0006', status: 'CREATED' } });

    const read = await stack.query<{ waybill: { orderNo: string }; order: { waybill: { orderNo: string; logisticsNo: string; events: unknown[] } } }>(
      `query($code: String!, $no: String!, $ebp: String!, $order: String!) {
        waybill(logisticsCode: $code, logisticsNo: $no) { orderNo }
        order(ebpCode: $ebp, orderNo: $order) { waybill { orderNo logisticsNo events { seq } } } }`,
      { code: seeded.logistics_code, no: seeded.logistics_no, ebp: seeded.ebp_code, order: seeded.order_no },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.waybill.orderNo).toBe('WTEST0006');
    expect(read.data!.order.waybill).toMatchObject({ orderNo: seeded.order_no, logisticsNo: seeded.logistics_no });
    expect(read.data!.order.waybill.events).toHaveLength(eventsBefore!);
  });

  it('keeps the content of a waybill written before the write paths when it first changes', async () => {
    const original = waybillInput(seeded.logistics_no, seeded.order_no, {
      freight: seeded.freight, insuredFee: seeded.insured_fee, weight: seeded.weight, packNo: seeded.pack_no,
      consignee: seeded.consignee, consigneeAddress: seeded.consignee_address, consigneePhone: null,
    });
    expect((await submit(original)).data!.submitWaybill).toMatchObject({ outcome: 'UNCHANGED', revision: 1 });
    const changed = await submit({ ...original, insuredFee: '3.50' });
    expect(changed.data!.submitWaybill).toMatchObject({ outcome: 'CHANGED', revision: 2 });
    const revisions = await revisionsOf(seeded.logistics_no, seeded.order_no);
    expect(revisions.map((r) => [r.revision, r.app_type, r.content.insuredFee, r.recorded_by])).toEqual([
      [1, 1, String(Number(seeded.insured_fee)), null],
      [2, 2, '3.5', 'ZONE-PLATFORM'],
    ]);
  });

  it('lets only the platform and post write waybills', async () => {
    const bank = await submit(waybillInput('ZTW0000000007', 'WTEST0007'), await bearer({ role: 'BANK', org: 'BANK-1' }));
    expect(bank.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherZone = await submit(waybillInput('ZTW0000000007', 'WTEST0007', { zone: 'YUNFU' }), await bearer({ role: 'OFFICER', org: 'POST-SG', department: 'post', zone: 'SHAOGUAN' }));
    expect(otherZone.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const post = await submit(waybillInput('ZTW0000000007', 'WTEST0007'), await bearer({ role: 'SYSTEM', org: 'POST-SYS', department: 'post' }));
    expect(post.data?.submitWaybill.outcome).toBe('CREATED');
  });
});

describe('post appends tracking events and the status follows the timeline', () => {
  const ADD = `mutation($code: String!, $no: String!, $events: [TrackingEventInput!]!) {
    addTrackingEvents(logisticsCode: $code, logisticsNo: $no, events: $events) { status events { seq code } } }`;
  const add = (logisticsNo: string, events: Record<string, unknown>[]) =>
    stack.query<{ addTrackingEvents: { status: string; events: { seq: number; code: string }[] } }>(ADD, { code: seeded.logistics_code, no: logisticsNo, events });
  const at = (hour: number) => new Date(Date.UTC(2026, 10, 20, hour)).toISOString();
  const step = (seq: number, code: string, hour: number) => ({ seq, code, description: `${code} 扫描`, location: '韶关综试区监管仓', occurredAt: at(hour) });

  beforeAll(async () => {
    const input = { logisticsCode: seeded.logistics_code, ebpCode: seeded.ebp_code, zone: seeded.zone, freight: '8.00', insuredFee: '0.00', weight: '0.50', packNo: 1, consignee: '李四', consigneeAddress: '韶关市某路1号' };
    for (const n of ['11', '12']) {
      const response = await stack.query('mutation($input: WaybillInput!) { submitWaybill(input: $input) { outcome } }', { input: { ...input, logisticsNo: `ZTW00000000${n}`, orderNo: `WTEST00${n}` } });
      expect(response.errors).toBeUndefined();
    }
  });

  it('moves the parcel from picked up to delivered as events arrive', async () => {
    const first = await add('ZTW0000000011', [step(1, 'ACCEPTED', 1), step(2, 'DEPARTED', 3)]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.addTrackingEvents.status).toBe('IN_TRANSIT');

    const rest = await add('ZTW0000000011', [step(3, 'ARRIVED', 9), step(4, 'CLEARED', 10), step(5, 'OUT_FOR_DELIVERY', 12), step(6, 'DELIVERED', 15)]);
    expect(rest.errors).toBeUndefined();
    expect(rest.data!.addTrackingEvents.status).toBe('DELIVERED');
    expect(rest.data!.addTrackingEvents.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);

    // A carrier resending what it is not sure arrived changes nothing.
    const resent = await add('ZTW0000000011', [step(6, 'DELIVERED', 15)]);
    expect(resent.errors).toBeUndefined();
    expect(resent.data!.addTrackingEvents.events).toHaveLength(6);
  });

  it('refuses events out of order, a changed recorded event and anything after delivery', async () => {
    expect((await add('ZTW0000000012', [step(1, 'ACCEPTED', 1), step(2, 'DEPARTED', 5)])).errors).toBeUndefined();
    expect(fieldsOf(await add('ZTW0000000012', [step(3, 'ARRIVED', 4)]))).toEqual(['events[0].occurredAt']);
    expect(fieldsOf(await add('ZTW0000000012', [step(2, 'ARRIVED', 5)]))).toEqual(['events[0].seq']);
    expect(fieldsOf(await add('ZTW0000000012', [step(3, 'ARRIVED', 6), step(4, 'TELEPORTED', 7)]))).toEqual(['events[1].code']);
    expect(fieldsOf(await add('ZTW0000000011', [step(7, 'RETURNED', 20)]))).toEqual(['events[0].code']);
    // Nothing of a refused submission was written.
    const { rows } = await db.query("SELECT seq FROM post.tracking_event e JOIN post.waybill w ON w.id = e.waybill_id WHERE w.logistics_no = 'ZTW0000000012' ORDER BY seq");
    expect(rows.map((r) => r.seq)).toEqual([1, 2]);
  });

  it('answers NOT_FOUND for a waybill nobody issued', async () => {
    const response = await add('ZTW9999999999', [step(1, 'ACCEPTED', 1)]);
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('public security verifies identities and answers with the verdict only', () => {
  const VERIFY = `mutation($name: String!, $idNumber: IdNumber!, $ebpCode: String, $orderNo: String, $zone: Zone) {
    verifyIdentity(name: $name, idNumber: $idNumber, ebpCode: $ebpCode, orderNo: $orderNo, zone: $zone) { serialNo verdict checkedAt } }`;
  interface Check { serialNo: string; verdict: string; checkedAt: string }
  const verify = (variables: Record<string, unknown>, headers?: Record<string, string>) => stack.query<{ verifyIdentity: Check }>(VERIFY, variables, headers);
  const registered = demoResident(TEST_SEED, 0);
  // Born 1 January 1900: no demo resident is that old.
  const unregisteredFirst17 = '44020319000101999';
  const unregistered = unregisteredFirst17 + idNumberCheckChar(unregisteredFirst17);
  const wrongCheck = registered.idNumber.slice(0, 17) + (registered.idNumber.endsWith('0') ? '1' : '0');
  const sent: string[] = [registered.idNumber, unregistered, wrongCheck];

  it('answers MATCH for a registered resident, with a serial number and the time', async () => {
    const before = Date.now();
    const response = await verify({ name: registered.name, idNumber: registered.idNumber });
    expect(response.errors).toBeUndefined();
    const check = response.data!.verifyIdentity;
    expect(check.verdict).toBe('MATCH');
    expect(check.serialNo).toMatch(/^GA\d{8}\d{6}$/);
    expect(new Date(check.checkedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(JSON.stringify(response)).not.toContain(registered.idNumber);
  });

  it('matches a name typed with stray and full-width spaces', async () => {
    expect((await verify({ name: `\u3000${registered.name} `, idNumber: registered.idNumber })).data!.verifyIdentity.verdict).toBe('MATCH');
  });

  it('answers MISMATCH for the wrong name and NO_RECORD for a valid number nobody holds', async () => {
    expect((await verify({ name: `${registered.name}某`, idNumber: registered.idNumber })).data!.verifyIdentity.verdict).toBe('MISMATCH');
    expect((await verify({ name: registered.name, idNumber: unregistered })).data!.verifyIdentity.verdict).toBe('NO_RECORD');
  });

  it('refuses a wrong check digit as BAD_USER_INPUT on idNumber without echoing the number', async () => {
    const asVariable = await verify({ name: registered.name, idNumber: wrongCheck });
    expect(problemsOf(asVariable)).toEqual([{ field: 'idNumber', reason: 'check digit does not match' }]);
    expect(JSON.stringify(asVariable)).not.toContain(wrongCheck);
    const asLiteral = await stack.query(`mutation { verifyIdentity(name: "张三", idNumber: "${wrongCheck}") { verdict } }`);
    expect(problemsOf(asLiteral)).toEqual([{ field: 'idNumber', reason: 'check digit does not match' }]);
    expect(JSON.stringify(asLiteral)).not.toContain(wrongCheck);
  });

  it('records a check for an order, which then stands as the order buyer\'s check', async () => {
    const { rows } = await db.query<{ ebp_code: string; order_no: string; zone: string }>(
      'SELECT ebp_code, order_no, zone FROM commerce."order" WHERE buyer_id_hash = $1 ORDER BY id LIMIT 1',
      [hashIdNumber(registered.idNumber, process.env.TEST_ID_HASH_KEY!)],
    );
    const order = rows[0]!;
    const response = await verify({ name: `${registered.name}某`, idNumber: registered.idNumber, ebpCode: order.ebp_code, orderNo: order.order_no, zone: order.zone });
    expect(response.errors).toBeUndefined();
    const read = await stack.query<{ order: { buyerIdentityCheck: Check } }>(
      'query($ebp: String!, $no: String!) { order(ebpCode: $ebp, orderNo: $no) { buyerIdentityCheck { serialNo verdict } } }',
      { ebp: order.ebp_code, no: order.order_no },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.order.buyerIdentityCheck).toEqual({ serialNo: response.data!.verifyIdentity.serialNo, verdict: 'MISMATCH' });
    const stored = await db.query('SELECT zone, requested_by FROM public_security.identity_check WHERE serial_no = $1', [response.data!.verifyIdentity.serialNo]);
    expect(stored.rows).toEqual([{ zone: order.zone, requested_by: 'ZONE-PLATFORM' }]);
  });

  it('needs ebpCode and orderNo together', async () => {
    expect(fieldsOf(await verify({ name: registered.name, idNumber: registered.idNumber, orderNo: 'I2026' }))).toEqual(['ebpCode']);
  });

  it('serves the platform, public security and other departments\' systems, not banks', async () => {
    const customs = await verify({ name: registered.name, idNumber: registered.idNumber }, await bearer({ role: 'SYSTEM', org: 'CUSTOMS-SYS', department: 'customs' }));
    expect(customs.data?.verifyIdentity.verdict).toBe('MATCH');
    const bank = await verify({ name: registered.name, idNumber: registered.idNumber }, await bearer({ role: 'BANK', org: 'BANK-1' }));
    expect(bank.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(bank)).not.toContain(registered.idNumber);
  });

  it('keeps no ID number in clear anywhere in the database, only its keyed hash', async () => {
    const { rows: tables } = await db.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.length).toBeGreaterThan(10);
    for (const { schema, name } of tables) {
      for (const idNumber of sent) {
        const found = await db.query(`SELECT 1 FROM "${schema}"."${name}" t WHERE t::text LIKE '%' || $1 || '%' LIMIT 1`, [idNumber]);
        expect({ table: `${schema}.${name}`, found: found.rowCount }).toEqual({ table: `${schema}.${name}`, found: 0 });
      }
    }
    const hash = hashIdNumber(registered.idNumber, process.env.TEST_ID_HASH_KEY!);
    const { rows } = await db.query('SELECT count(*)::int AS n FROM public_security.identity_check WHERE id_hash = $1 AND requested_by IS NOT NULL', [hash]);
    expect(rows[0].n).toBeGreaterThanOrEqual(4);
  });
});
