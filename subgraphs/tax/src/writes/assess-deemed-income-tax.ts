import { jointMeasuresInForce, reportJointMeasureEffects, contentHash, issueAttestation, lockBusinessKey, queueByBusinessKey, decimalFieldProblem, InputProblems, notFound, retryOnLostRace, ExactDecimal, assertCallerInZone } from '@zone/common';
import type { DeemedIncomeTaxAssessment } from '../generated/prisma/client';
import type { TaxContext } from '../context';
import { DEEMED_PROFIT_RATE, deemedIncomeTax, type SmallLowProfitCondition } from '../rules/deemed-income-tax';
import { assertMayDecide, federatedData, refusal } from './access';
import { DEEMED_TAXATION_IN_FORCE, deemedTaxationAttestationOf, supersededReason } from '../rules/decision-attestation';
import { DeemedTaxEnterpriseDocument } from '../generated/federated/graphql';

/** Years whose small low-profit rates the rule encodes (财政部 税务总局公告2023年第12号: 2023-01-01 to 2027-12-31). */
export const DEEMED_TAX_YEARS = { first: 2023, last: 2027 } as const;

export interface DeemedIncomeTaxSubmission {
  uscc: string;
  year: number;
  revenue: string;
  taxableIncome?: string | null;
  employees: number;
  totalAssets: string;
}

/**
 * Assesses an enterprise's 核定征收 for a year and records it: the same assessment again returns
 * the recorded revision, a different one becomes the next revision. An enterprise on the negative
 * list has deemed levy revoked (joint measures of the credit system): recorded as REVOKED.
 */
export async function assessDeemedIncomeTax(context: TaxContext, input: DeemedIncomeTaxSubmission): Promise<DeemedIncomeTaxAssessment> {
  const caller = assertMayDecide(context.caller, 'assess deemed income tax');
  const problems = new InputProblems();
  if (!Number.isInteger(input.year) || input.year < DEEMED_TAX_YEARS.first || input.year > DEEMED_TAX_YEARS.last) {
    problems.add('input.year', `must be ${DEEMED_TAX_YEARS.first} to ${DEEMED_TAX_YEARS.last}, the years whose small low-profit rates are encoded (2023年第12号)`);
  }
  problems.check('input.revenue', input.revenue, (v) => decimalFieldProblem(v, { min: 'zero', maxDecimals: 2 }));
  problems.check('input.totalAssets', input.totalAssets, (v) => decimalFieldProblem(v, { min: 'zero', maxDecimals: 2 }));
  if (!Number.isFinite(input.employees) || input.employees < 0) problems.add('input.employees', 'must be a number not below 0');
  if (input.taxableIncome !== undefined && input.taxableIncome !== null) {
    const problem = decimalFieldProblem(input.taxableIncome, { min: 'zero', maxDecimals: 2 });
    if (problem) problems.add('input.taxableIncome', problem);
  }
  problems.throwIfAny();

  const assessed = deemedIncomeTax({ revenue: input.revenue, employees: input.employees, totalAssets: input.totalAssets });
  if (input.taxableIncome !== undefined && input.taxableIncome !== null && !new ExactDecimal(input.taxableIncome).eq(assessed.taxableIncome)) {
    new InputProblems()
      .add('input.taxableIncome', `must equal 4% of revenue, ${assessed.taxableIncome}, under deemed levy (国家税务总局公告2019年第36号)`)
      .throwIfAny();
  }

  const { enterprise } = federatedData(
    await context.federated.request(DeemedTaxEnterpriseDocument, { uscc: input.uscc }),
    `enterprise ${input.uscc}`,
  );
  if (!enterprise) throw notFound(`Commerce has no enterprise ${input.uscc}`);
  assertCallerInZone(caller, enterprise.zone, 'assess the income tax of an enterprise');
  if (!enterprise.roles.includes('ECOMMERCE')) {
    throw refusal('NOT_ELIGIBLE', `Enterprise ${input.uscc} is not registered as an e-commerce enterprise (电商企业): deemed levy under 2019年第36号 is for zone retail exporters`);
  }

  const figures = {
    uscc: input.uscc,
    year: input.year,
    zone: enterprise.zone,
    revenue: new ExactDecimal(input.revenue).toFixed(2),
    deemedProfitRate: DEEMED_PROFIT_RATE,
    employees: input.employees,
    totalAssets: new ExactDecimal(input.totalAssets).toFixed(2),
  };
  const listing = enterprise.negativeListed ? enterprise.negativeListEntry : null;
  // Deemed taxation revoked by a joint measure: the negative list's (named by the listing) or an answered assistance request's.
  const measures = (await jointMeasuresInForce(context.federated, 'tax', [{ type: 'ENTERPRISE', uscc: input.uscc }], 'deemed income tax: joint measures in force'))
    .filter((m) => m.kind === 'TAX_DEEMED_TAXATION_REVOKED');
  const requestMeasure = measures.find((m) => m.source === 'ASSISTANCE_REQUEST');
  const revoked = enterprise.negativeListed || requestMeasure !== undefined;
  const decision = revoked
    ? {
        ...figures,
        status: 'REVOKED' as const,
        taxableIncome: null,
        smallLowProfit: null,
        conditions: [] as SmallLowProfitCondition[],
        rateApplied: null,
        taxDue: null,
        revocationReason: listing ? `on the negative list: ${listing.reason}` : `joint measure of ${requestMeasure!.basis}`,
        revocationLegalBasis: listing?.legalBasis ?? (listing ? 'negative list of the credit system (联合惩戒)' : `${requestMeasure!.basis} (执法互助, 联合惩戒)`),
      }
    : {
        ...figures,
        status: 'ASSESSED' as const,
        taxableIncome: assessed.taxableIncome,
        smallLowProfit: assessed.smallLowProfit,
        conditions: assessed.conditions,
        rateApplied: assessed.rateApplied,
        taxDue: assessed.taxDue,
        revocationReason: null,
        revocationLegalBasis: null,
      };
  const hash = contentHash(decision);
  const assessedAt = context.clock();
  const recorded = await queueByBusinessKey('tax.deemed-income-tax', [input.uscc, String(input.year)], () => retryOnLostRace(() => context.prisma.$transaction(async (tx) => {
    await lockBusinessKey(tx, 'tax.deemed-income-tax', input.uscc, String(input.year));
    const latest = await tx.deemedIncomeTaxAssessment.findFirst({ where: { uscc: input.uscc, year: input.year }, orderBy: { revision: 'desc' } });
    if (latest && latest.contentHash === hash) return latest;
    const revision = (latest?.revision ?? 0) + 1;
    const created = await tx.deemedIncomeTaxAssessment.create({
      data: {
        ...decision,
        conditions: decision.conditions as unknown as object[],
        revision,
        contentHash: hash,
        assessedAt,
        assessedBy: caller.organisation,
      },
    });
    // A new revision (a revocation among them) ends what the previous one attested; one in force is signed for a year.
    await tx.attestation.updateMany({
      where: { deemedAssessment: { uscc: input.uscc, year: input.year }, revokedAt: null },
      data: { revokedAt: assessedAt, revocationReason: supersededReason(DEEMED_TAXATION_IN_FORCE, revision, decision.revocationReason) },
    });
    const registration = enterprise.registrationAttestation && !enterprise.registrationAttestation.revoked ? [enterprise.registrationAttestation.serial] : [];
    const attestation = context.attestationSigner ? deemedTaxationAttestationOf(created, registration) : null;
    if (attestation) {
      await tx.attestation.create({ data: { ...issueAttestation(context.attestationSigner!, attestation), deemedAssessmentId: created.id, reliedOn: [...(attestation.reliedOn ?? [])] } });
    }
    return created;
  })));
  if (recorded.status === 'REVOKED') {
    // Every such measure in force bit: the assessment is revoked while any of them stands.
    await reportJointMeasureEffects(context.federated, context.log, measures.map((m) => ({ measureId: m.id, process: 'tax.deemed-income-tax', recordRef: `${input.uscc}/${input.year} revision ${recorded.revision}`, outcome: 'deemed taxation (核定征收) revoked' })));
  }
  return recorded;
}
