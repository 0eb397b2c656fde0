import { contentHash, issueAttestation, lockBusinessKey, queueByBusinessKey, notFound, recogniseAttestation, retryOnLostRace, assertCallerInZone } from '@zone/common';
import type { InvoiceFreeExemption } from '../generated/prisma/client';
import type { TaxContext } from '../context';
import { invoiceFreeExemption, type InvoiceFreeExemptionReason } from '../rules/invoice-free-exemption';
import { assertInvtNo, assertMayDecide, federatedData, refusal } from './access';
import { INVOICE_FREE_EXEMPTION_GRANTED, RELEASE_CLAIMS, exemptionAttestationOf, supersededReason } from '../rules/decision-attestation';
import { ExemptionEnterpriseDocument, ExemptionListDocument } from '../generated/federated/graphql';

export interface ExemptionLine {
  gnum: number;
  hsCode: string;
  exempt: boolean;
  reasons: InvoiceFreeExemptionReason[];
}

/**
 * Decides 无票免税 for the goods of an export list from customs' list, commerce's registration of
 * the enterprise and the platform's record of the export, and records the decision: the same
 * decision again returns the recorded revision, a different one becomes the next revision.
 */
export async function assessInvoiceFreeExemption(context: TaxContext, invtNo: string): Promise<InvoiceFreeExemption> {
  const caller = assertMayDecide(context.caller, 'decide export exemptions');
  assertInvtNo(invtNo);
  const purpose = { purpose: 'invoice-free export exemption (cai shui 2018 no. 103)' };

  const { inventoryList: list } = federatedData(
    await context.federated.request(ExemptionListDocument, { invtNo }, purpose),
    `inventory list ${invtNo}`,
  );
  if (!list) throw notFound(`Customs has no inventory list ${invtNo}`);
  assertCallerInZone(caller, list.zone, 'decide the exemption of a list');
  if (list.direction !== 'EXPORT') throw refusal('NOT_AN_EXPORT', `Inventory list ${invtNo} is an import list: 无票免税 concerns exports`);

  const { enterprise, order } = federatedData(
    await context.federated.request(ExemptionEnterpriseDocument, { uscc: list.ebcCode, ebpCode: list.ebpCode, orderNo: list.orderNo }, purpose),
    `enterprise ${list.ebcCode} and order ${list.orderNo}`,
  );

  // Mutual recognition: the release is customs' signed word, verified, not its status field alone.
  // A list customs decided before it signed its decisions (seeded history) offers no attestation:
  // its status is taken as before, and the exemption's own attestation then relies on nothing.
  const release = list.attestation
    ? await recogniseAttestation(
      context.federated,
      list.attestation.token,
      { issuer: 'customs', claims: RELEASE_CLAIMS, subjectType: 'InventoryList', subjectKey: list.invtNo },
      'invoice-free export exemption: customs release attestation',
    )
    : null;
  const zone = order?.zone ?? list.zone;
  const lines: ExemptionLine[] = [...list.items].sort((a, b) => a.gnum - b.gnum).map((item) => {
    const recorded = order?.items.find((o) => o.gnum === item.gnum) ?? null;
    const decision = invoiceFreeExemption(
      {
        zone,
        registeredZone: enterprise?.zone ?? null,
        ecommerceEnterprise: enterprise?.roles.includes('ECOMMERCE') ?? false,
        record: {
          exportDate: order ? new Date(order.orderedAt) : null,
          goodsName: recorded?.itemName ?? null,
          unit: recorded?.unit ?? null,
          qty: recorded?.qty ?? null,
          unitPrice: recorded?.price ?? null,
          amount: recorded?.totalPrice ?? null,
        },
        inventoryList: { invtNo: list.invtNo, status: list.statusCode, zone: list.zone },
        hsCode: item.hsCode,
        ...(release ? { releaseRecognition: release.recognised ? { recognised: true as const } : { recognised: false as const, problem: release.problem } } : {}),
      },
      { refundCancelledHsPrefixes: context.config.refundCancelledHsPrefixes },
    );
    return { gnum: item.gnum, hsCode: item.hsCode, ...decision };
  });
  const reasons = uniqueReasons(lines.flatMap((l) => l.reasons));
  const decision = {
    invtNo: list.invtNo,
    zone: list.zone,
    ebcCode: list.ebcCode,
    ebpCode: list.ebpCode,
    orderNo: list.orderNo,
    customsCode: list.customsCode,
    listStatusCode: list.statusCode,
    exempt: lines.length > 0 && lines.every((l) => l.exempt),
    reasons,
    lines,
  };
  const hash = contentHash(decision);
  const assessedAt = context.clock();
  return queueByBusinessKey('tax.invoice-free-exemption', [invtNo], () => retryOnLostRace(() => context.prisma.$transaction(async (tx) => {
    await lockBusinessKey(tx, 'tax.invoice-free-exemption', invtNo);
    const latest = await tx.invoiceFreeExemption.findFirst({ where: { invtNo }, orderBy: { revision: 'desc' } });
    if (latest && latest.contentHash === hash) return latest;
    const revision = (latest?.revision ?? 0) + 1;
    const created = await tx.invoiceFreeExemption.create({
      data: {
        ...decision,
        reasons: reasons as object[],
        lines: lines as object[],
        revision,
        contentHash: hash,
        assessedAt,
        assessedBy: caller.organisation,
      },
    });
    // What an earlier revision attested no longer stands; a granted exemption is signed now, resting on customs' release.
    await tx.attestation.updateMany({
      where: { exemption: { invtNo }, revokedAt: null },
      data: { revokedAt: assessedAt, revocationReason: supersededReason(INVOICE_FREE_EXEMPTION_GRANTED, revision) },
    });
    const attestation = context.attestationSigner ? exemptionAttestationOf(created, release?.recognised ? [release.serial] : []) : null;
    if (attestation) {
      await tx.attestation.create({ data: { ...issueAttestation(context.attestationSigner!, attestation), exemptionId: created.id, reliedOn: [...(attestation.reliedOn ?? [])] } });
    }
    return created;
  })));
}

function uniqueReasons(reasons: InvoiceFreeExemptionReason[]): InvoiceFreeExemptionReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.code}\u0000${r.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
