import { STANDING_REASON_MAX, taxBillStandingOf, type ListStanding } from '../tax-bill-standing';

const list = (over: Partial<ListStanding>): ListStanding => ({
  invtNo: '51002026I000000001',
  status: 'RELEASED',
  releaseDecision: { decision: 'AUTO_RELEASE', reasons: [] },
  requests: [],
  ...over,
});

describe('a tax bill is due only while its list lets goods in (财关税〔2018〕49号)', () => {
  it.each<[string, Partial<ListStanding>, string, RegExp | null]>([
    ['a released list', {}, 'ACTIVE', null],
    ['a cleared list', { status: 'CLEARED' }, 'ACTIVE', null],
    ['a list under review', { status: 'MANUAL_REVIEW', releaseDecision: { decision: 'DOCUMENT_REVIEW', reasons: [] } }, 'ACTIVE', null],
    ['a list rejected after review', { status: 'REJECTED', releaseDecision: { decision: 'DOCUMENT_REVIEW', reasons: [] } }, 'CANCELLED', /rejected after review or inspection/],
    ['a list refused at matching on its new revision', { status: 'REJECTED', releaseDecision: { decision: 'REJECT', reasons: [{ code: 'IDENTITY_NOT_VERIFIED' }] } }, 'CANCELLED', /refused at declaration by customs: IDENTITY_NOT_VERIFIED/],
    ['a cancelled list (623)', { status: 'REJECTED', requests: [{ kind: 'CANCELLATION', state: 'ACCEPTED', reason: '买家取消' }] }, 'CANCELLED', /cancelled \(623\): 买家取消/],
    ['a refused cancellation', { requests: [{ kind: 'CANCELLATION', state: 'REFUSED', reason: '买家取消' }] }, 'ACTIVE', null],
    ['returned goods (625)', { requests: [{ kind: 'RETURN', state: 'ACCEPTED', reason: '七天无理由退货' }] }, 'REFUNDED', /returned \(625\): 七天无理由退货/],
    ['a refused return', { requests: [{ kind: 'RETURN', state: 'REFUSED', reason: '超期' }] }, 'ACTIVE', null],
  ])('%s: %s', (_case, over, status, reason) => {
    const standing = taxBillStandingOf(list(over));
    expect(standing.status).toBe(status);
    if (reason === null) expect(standing.reason).toBeNull();
    else expect(standing.reason).toMatch(reason);
  });

  it('keeps the reason within the column', () => {
    const standing = taxBillStandingOf(list({ requests: [{ kind: 'RETURN', state: 'ACCEPTED', reason: '退'.repeat(600) }] }));
    expect(Array.from(standing.reason!)).toHaveLength(STANDING_REASON_MAX);
  });
});
