import { usccProblem, type Caller, type Department, type FieldProblem, type SettlementEvidenceFact, type ZoneCode } from '@zone/common';

/** Notices one recordSettlementEvidence takes (the senders' outboxes send batches of this size). */
export const MAX_SETTLEMENT_NOTICES = 100;

/** The department whose fact each is: only it may say so. */
export const FACT_OWNER: Readonly<Record<SettlementEvidenceFact, Department>> = {
  LIST_RELEASED: 'customs',
  LIST_REJECTED: 'customs',
  LIST_CANCELLED: 'customs',
  LIST_RETURNED: 'customs',
  WAYBILL_DELIVERED: 'post',
  NEGATIVE_LISTED: 'commerce',
  NEGATIVE_LIST_LIFTED: 'commerce',
};

const ENTERPRISE_FACTS: readonly SettlementEvidenceFact[] = ['NEGATIVE_LISTED', 'NEGATIVE_LIST_LIFTED'];

export interface SettlementNotice {
  noticeId: string;
  fact: SettlementEvidenceFact;
  zone: ZoneCode;
  ebpCode?: string | null;
  orderNo?: string | null;
  ebcCode?: string | null;
  occurredAt: Date;
}

/** A notice as forex acts on it: the payments of one order, or of one e-commerce enterprise, in one zone. */
export interface CheckedNotice {
  noticeId: string;
  department: Department;
  fact: SettlementEvidenceFact;
  zone: ZoneCode;
  /** `<ebpCode>/<orderNo>`, or the enterprise's USCC. */
  subject: string;
  order: { ebpCode: string; orderNo: string } | null;
  ebcCode: string | null;
  occurredAt: Date;
}

export type NoticeCheck = { refusal: string } | { problems: FieldProblem[] } | { notices: CheckedNotice[] };

const NOTICE_ID = /^(customs|post|commerce):[1-9][0-9]{0,17}$/;
const SENDERS: readonly Department[] = ['customs', 'post', 'commerce'];

/**
 * Who may tell forex of which facts, and what a notice must name: officers and systems of customs,
 * post and commerce, each only of its own facts (FACT_OWNER) under its own outbox ids, a
 * zone-bound officer only of its zone; a list or waybill fact names the order, a negative-list
 * fact the enterprise. A refusal (FORBIDDEN) or every wrong field (BAD_USER_INPUT), else the
 * notices to act on.
 */
export function checkSettlementNotices(caller: Caller, notices: readonly SettlementNotice[]): NoticeCheck {
  const department = (caller.role === 'OFFICER' || caller.role === 'SYSTEM') ? caller.department : null;
  if (department === null || !SENDERS.includes(department)) {
    return { refusal: `A ${caller.role}${caller.department ? ` of ${caller.department}` : ''} may not report settlement evidence: customs, post and commerce only, each of its own facts` };
  }
  if (notices.length === 0 || notices.length > MAX_SETTLEMENT_NOTICES) {
    return { problems: [{ field: 'notices', reason: `must hold 1 to ${MAX_SETTLEMENT_NOTICES} notices` }] };
  }
  for (const notice of notices) {
    if (FACT_OWNER[notice.fact] !== department) return { refusal: `${notice.fact} is ${FACT_OWNER[notice.fact]}'s to report, not ${department}'s` };
    if (caller.zone && caller.zone !== notice.zone) return { refusal: `A caller of zone ${caller.zone} may not report settlement evidence of zone ${notice.zone}` };
  }
  const problems: FieldProblem[] = [];
  const checked = notices.map((notice, i): CheckedNotice => {
    const at = `notices[${i}]`;
    const idMatch = NOTICE_ID.exec(notice.noticeId);
    if (!idMatch) problems.push({ field: `${at}.noticeId`, reason: 'must be <department>:<outbox id> of customs, post or commerce' });
    else if (idMatch[1] !== department) problems.push({ field: `${at}.noticeId`, reason: `must be an event of ${department}'s own outbox` });
    const enterprise = ENTERPRISE_FACTS.includes(notice.fact);
    const ebpCode = notice.ebpCode ?? null;
    const orderNo = notice.orderNo?.trim() ?? null;
    const ebcCode = notice.ebcCode ?? null;
    if (enterprise) {
      const problem = ebcCode === null ? `is required for ${notice.fact}` : usccProblem(ebcCode);
      if (problem) problems.push({ field: `${at}.ebcCode`, reason: problem });
      if (ebpCode !== null || orderNo !== null) problems.push({ field: `${at}.orderNo`, reason: `names no order for ${notice.fact} (the enterprise's payments are concerned)` });
    } else {
      const problem = ebpCode === null ? `is required for ${notice.fact}` : usccProblem(ebpCode);
      if (problem) problems.push({ field: `${at}.ebpCode`, reason: problem });
      if (!orderNo) problems.push({ field: `${at}.orderNo`, reason: `is required for ${notice.fact}` });
      if (ebcCode !== null) problems.push({ field: `${at}.ebcCode`, reason: `names no enterprise for ${notice.fact} (the order's payment is concerned)` });
    }
    const order = enterprise || !ebpCode || !orderNo ? null : { ebpCode, orderNo };
    return {
      noticeId: notice.noticeId,
      department,
      fact: notice.fact,
      zone: notice.zone,
      subject: order ? `${order.ebpCode}/${order.orderNo}` : (ebcCode ?? ''),
      order,
      ebcCode: enterprise ? ebcCode : null,
      occurredAt: notice.occurredAt,
    };
  });
  return problems.length > 0 ? { problems } : { notices: checked };
}
