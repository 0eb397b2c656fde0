import { Client } from 'pg';
import { startStack, type Stack } from './support/stack';

/**
 * A tax bill follows its list: customs tells tax when a list is rejected, cancelled (623) or
 * returned (625), and tax cancels or refunds the bill with the reason; nothing is due on goods
 * that never entered, and no new bill is issued for a rejected list.
 */

let stack: Stack;
let db: Client;

const as = async (claims: Parameters<Stack['token']>[0]) => ({ authorization: `Bearer ${await stack.token(claims)}` });
const TAX_SYSTEM = { role: 'SYSTEM' as const, org: 'SYSTEM-TAX', department: 'tax' as const };
const CUSTOMS_OFFICER = { role: 'OFFICER' as const, org: 'CUSTOMS-SHAOGUAN', department: 'customs' as const, zone: 'SHAOGUAN' as const };

/** Import lists of SHAOGUAN in a status, with a bill issued, each test taking its own. */
let underReview: string[];
let released: string[];

beforeAll(async () => {
  stack = await startStack({ trustedDocuments: false });
  db = new Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const billed = async (status: number) => (await db.query<{ invt_no: string }>(
    `SELECT l.invt_no FROM customs.inventory_list l JOIN tax.tax_bill b ON b.invt_no = l.invt_no
     WHERE l.zone = 'SHAOGUAN' AND l.direction = 'IMPORT' AND l.status_code = $1 AND b.status = 'ACTIVE'
       AND NOT EXISTS (SELECT 1 FROM customs.list_request r WHERE r.list_id = l.id) ORDER BY l.invt_no LIMIT 4`, [status],
  )).rows.map((r) => r.invt_no);
  underReview = await billed(300);
  released = await billed(800);
  expect(underReview.length).toBe(4);
  expect(released.length).toBeGreaterThanOrEqual(1);
}, 120_000);

afterAll(async () => {
  await db?.end();
  await stack?.close();
});

interface Bill {
  taxNo: string;
  status: string;
  statusReason: string | null;
  statusChangedAt: string | null;
  totalTax: string;
}

async function billOf(invtNo: string): Promise<Bill> {
  const response = await stack.query<{ inventoryList: { status: string; taxBill: Bill | null } }>(
    'query($invtNo: String!) { inventoryList(invtNo: $invtNo) { status taxBill { taxNo status statusReason statusChangedAt totalTax } } }',
    { invtNo }, await as(TAX_SYSTEM),
  );
  expect(response.errors).toBeUndefined();
  return response.data!.inventoryList.taxBill!;
}

describe('the tax bill of a list customs rejects, cancels or sees returned', () => {
  it('is cancelled, with the reason, when an officer rejects the list after review', async () => {
    const invtNo = underReview[0]!;
    expect((await billOf(invtNo)).status).toBe('ACTIVE');
    const rejected = await stack.query<{ recordReviewOutcome: { status: string } }>(
      'mutation($invtNo: String!) { recordReviewOutcome(invtNo: $invtNo, outcome: REJECT, reason: "单证不符") { status } }', { invtNo }, await as(CUSTOMS_OFFICER),
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!.recordReviewOutcome.status).toBe('REJECTED');
    const bill = await billOf(invtNo);
    expect(bill).toMatchObject({ status: 'CANCELLED', statusReason: `list ${invtNo} rejected after review or inspection by customs` });
    expect(bill.statusChangedAt).not.toBeNull();

    // Asked again (customs retrying, or tax itself), nothing changes.
    const again = await stack.query<{ reconcileTaxBill: Bill }>(
      'mutation($invtNo: String!) { reconcileTaxBill(invtNo: $invtNo) { taxNo status statusReason statusChangedAt totalTax } }', { invtNo }, await as(TAX_SYSTEM),
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.reconcileTaxBill).toEqual(bill);
  });

  it('is cancelled when customs accepts the list\'s cancellation (623)', async () => {
    const invtNo = underReview[1]!;
    const cancelled = await stack.query<{ requestListCancellation: { state: string } }>(
      'mutation($invtNo: String!) { requestListCancellation(invtNo: $invtNo, reason: "买家取消订单") { state } }', { invtNo },
    );
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.requestListCancellation.state).toBe('ACCEPTED');
    expect(await billOf(invtNo)).toMatchObject({ status: 'CANCELLED', statusReason: `list ${invtNo} cancelled (623): 买家取消订单` });
  });

  it('is refunded when customs accepts the return (625) of released goods', async () => {
    const invtNo = released[0]!;
    // Released yesterday, so that the return falls within its period.
    await db.query("UPDATE customs.inventory_list SET released_at = now() - interval '1 day' WHERE invt_no = $1", [invtNo]);
    const returned = await stack.query<{ requestListReturn: { state: string } }>(
      'mutation($invtNo: String!) { requestListReturn(invtNo: $invtNo, reason: "七天无理由退货") { state } }', { invtNo },
    );
    expect(returned.errors).toBeUndefined();
    expect(returned.data!.requestListReturn.state).toBe('ACCEPTED');
    expect(await billOf(invtNo)).toMatchObject({ status: 'REFUNDED', statusReason: `goods of list ${invtNo} returned (625): 七天无理由退货` });
  });

  it('stays active while the list stands', async () => {
    expect((await billOf(underReview[2]!)).status).toBe('ACTIVE');
  });

  it('is not issued for a list customs rejected', async () => {
    const invtNo = underReview[3]!;
    await db.query('DELETE FROM tax.tax_bill WHERE invt_no = $1', [invtNo]);
    const rejected = await stack.query(
      'mutation($invtNo: String!) { recordReviewOutcome(invtNo: $invtNo, outcome: REJECT, reason: "单证不符") { status } }', { invtNo }, await as(CUSTOMS_OFFICER),
    );
    expect(rejected.errors).toBeUndefined();
    const issued = await stack.query('mutation($invtNo: String!) { issueTaxBill(invtNo: $invtNo) { taxNo } }', { invtNo }, await as(TAX_SYSTEM));
    expect(issued.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LIST_REJECTED' });
    expect((await db.query('SELECT 1 FROM tax.tax_bill WHERE invt_no = $1', [invtNo])).rowCount).toBe(0);
  });
});

describe('the demo data', () => {
  it('has no active tax bill on a rejected or cancelled list', async () => {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM tax.tax_bill b JOIN customs.inventory_list l ON l.invt_no = b.invt_no
       WHERE b.status = 'ACTIVE' AND l.status_code = 100 AND b.issued_by IS NULL`,
    );
    expect(rows[0].n).toBe(0);
  });
});
