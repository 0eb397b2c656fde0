import { GraphQLError } from 'graphql';
import { forbidden, recognitionOf, verifyReliedOn, type Recognition } from '@zone/common';
import type { ForexContext } from '../context';
import type { OrderEvidence } from '../federated-reads';
import { checkSettlement, type SettlementCheckAnswer } from '../reads/settlement-check';
import { expectedAttestations, settlementReliance } from '../rules/settlement-basis-attestation';
import { ForexSettlementBasisAttestationsDocument } from '../generated/federated/graphql';

const PURPOSE = 'FX settlement basis: attestations relied on';

async function recognise(context: ForexContext, token: string | undefined, expected: Parameters<typeof recognitionOf>[1]): Promise<Recognition> {
  return recognitionOf(token ? await verifyReliedOn(context.federated, token, PURPOSE) : null, expected);
}

/** Verifies the release and tax attestations of the order's list, as the basis would rest on them. */
async function relianceOf(context: ForexContext, order: OrderEvidence) {
  const result = await context.federated.request(ForexSettlementBasisAttestationsDocument, { ebpCode: order.ebpCode, orderNo: order.orderNo }, { purpose: PURPOSE });
  // A decision never rests on attestations that could not be read: no basis without them.
  if (result.errors.length > 0 || !result.data?.order?.inventoryList) {
    throw new GraphQLError(`Forex could not read the attestations the settlement basis rests on (${result.errors.map((e) => e.message).join('; ') || 'no list'}); try again later`, {
      extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'gateway' },
    });
  }
  const { direction, inventoryList: list } = result.data.order;
  const expected = expectedAttestations(list.invtNo, direction);
  const release = await recognise(context, list.attestation?.token, expected.release);
  const taxToken = direction === 'IMPORT' ? list.taxBill?.attestation?.token : list.invoiceFreeExemption?.attestation?.token;
  const tax = taxToken || direction === 'IMPORT' ? await recognise(context, taxToken, expected.tax) : null;
  return settlementReliance({ direction, invtNo: list.invtNo, release, tax });
}

/**
 * Accepts the settlement basis of an order: the settlement check, then customs' release and tax's
 * attestation verified; when everything holds, forex signs SETTLEMENT_BASIS_ACCEPTED relying on
 * their serials, in the transaction that records the check. Banks (for their own orders) and forex
 * officers and system; regulators read, they do not accept.
 */
export async function acceptSettlementBasis(context: ForexContext, ebpCode: string, orderNo: string): Promise<SettlementCheckAnswer> {
  if (context.caller.role === 'REGULATOR') throw forbidden('A regulator may check settlements, not accept their basis: banks and forex only');
  if (!context.attestationSigner) {
    throw new GraphQLError('Forex has no attestation key (ATTESTATION_KEY_PATH): it cannot sign a settlement basis', { extensions: { code: 'DEPENDENCY_UNAVAILABLE', service: 'forex' } });
  }
  return checkSettlement(context, ebpCode, orderNo, { reliance: (order) => relianceOf(context, order) });
}
