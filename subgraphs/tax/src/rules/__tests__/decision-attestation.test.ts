import {
  DEEMED_TAXATION_IN_FORCE,
  INVOICE_FREE_EXEMPTION_GRANTED,
  deemedTaxationAttestationOf,
  exemptionAttestationOf,
  supersededReason,
} from '../decision-attestation';

const AT = new Date('2026-12-17T03:00:00.000Z');
const exemption = {
  invtNo: '51002026E000000001', revision: 2, zone: 'CHAOZHOU', ebcCode: '91445100MA4UTEST0X', ebpCode: '91445100MA4UPLAT0X', orderNo: 'EX-1',
  customsCode: '5100', listStatusCode: 800, exempt: true, lines: [{ gnum: 1, exempt: true }], contentHash: 'a'.repeat(64), assessedAt: AT,
};
const deemed = {
  uscc: '91445100MA4UTEST0X', year: 2026, revision: 1, zone: 'CHAOZHOU', status: 'ASSESSED' as const, revenue: '1000000.00', deemedProfitRate: '0.04',
  taxableIncome: '40000.00', rateApplied: '0.05', taxDue: '2000.00', contentHash: 'b'.repeat(64), assessedAt: AT,
};

describe('tax attests only the decisions that grant (财税〔2018〕103号, 2019年第36号)', () => {
  it.each([
    ['an exemption granted', exemptionAttestationOf(exemption, ['customs:51002026E000000001:899']), INVOICE_FREE_EXEMPTION_GRANTED],
    ['an exemption refused', exemptionAttestationOf({ ...exemption, exempt: false }, []), null],
    ['deemed taxation assessed', deemedTaxationAttestationOf(deemed, []), DEEMED_TAXATION_IN_FORCE],
    ['deemed taxation revoked', deemedTaxationAttestationOf({ ...deemed, status: 'REVOKED' }, []), null],
  ])('%s', (_case, decision, claim) => {
    expect(decision?.claim ?? null).toBe(claim);
  });

  it('names the revision in the serial and the subject the decision is about', () => {
    expect(exemptionAttestationOf(exemption, ['customs:51002026E000000001:899'])).toMatchObject({
      recordSerial: '51002026E000000001:E2', subject: { type: 'InventoryList', key: exemption.invtNo }, reliedOn: ['customs:51002026E000000001:899'], validForSeconds: 365 * 24 * 3600,
    });
    expect(deemedTaxationAttestationOf(deemed, [])).toMatchObject({ recordSerial: '91445100MA4UTEST0X:2026:D1', subject: { type: 'Enterprise', key: deemed.uscc }, validForSeconds: 365 * 24 * 3600 });
  });

  it.each([
    ['a new revision', null, 'DEEMED_TAXATION_IN_FORCE superseded by revision 3'],
    ['a revocation', 'on the negative list: 虚假申报', 'DEEMED_TAXATION_IN_FORCE revoked at revision 3: on the negative list: 虚假申报'],
  ])('says why %s ends the previous attestation', (_case, revocation, reason) => {
    expect(supersededReason(DEEMED_TAXATION_IN_FORCE, 3, revocation)).toBe(reason);
  });
});
