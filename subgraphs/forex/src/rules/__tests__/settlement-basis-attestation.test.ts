import { SETTLEMENT_BASIS_ACCEPTED, expectedAttestations, settlementBasisAttestationOf, settlementReliance } from '../settlement-basis-attestation';

const INVT = '51712026I000000001';
const release = { recognised: true as const, serial: `customs:${INVT}:800` };
const bill = { recognised: true as const, serial: `tax:${INVT}T1` };
const exemption = { recognised: true as const, serial: `tax:${INVT}:E1` };
const failed = (problem: string) => ({ recognised: false as const, problem });

describe('a settlement basis rests on customs\' release and tax\'s attestation (汇发〔2020〕11号, 监管互认)', () => {
  it.each([
    ['an import with its release and its tax bill', 'IMPORT', release, bill, [], [release.serial, bill.serial]],
    ['an import without a tax bill attested', 'IMPORT', release, null, ['TAX_NOT_ATTESTED'], [release.serial]],
    ['an import whose tax bill attestation is revoked', 'IMPORT', release, failed('REVOKED (cancelled)'), ['TAX_NOT_ATTESTED'], [release.serial]],
    ['an import whose release does not verify', 'IMPORT', failed('BAD_SIGNATURE'), bill, ['RELEASE_NOT_ATTESTED'], [bill.serial]],
    ['an export with its release and its exemption', 'EXPORT', release, exemption, [], [release.serial, exemption.serial]],
    ['an export with purchase invoices (no exemption asked for)', 'EXPORT', release, null, [], [release.serial]],
    ['an export whose exemption was revoked', 'EXPORT', release, failed('superseded'), ['TAX_NOT_ATTESTED'], [release.serial]],
  ] as const)('%s', (_case, direction, releaseRecognition, tax, codes, reliedOn) => {
    const result = settlementReliance({ direction, invtNo: INVT, release: releaseRecognition, tax });
    expect(result.reasons.map((r) => r.code)).toEqual(codes);
    expect(result.reliedOn).toEqual(reliedOn);
  });

  it('expects tax\'s bill of an import and its exemption of an export', () => {
    expect(expectedAttestations(INVT, 'IMPORT').tax.claims).toEqual(['TAX_BILL_ISSUED']);
    expect(expectedAttestations(INVT, 'EXPORT').tax.claims).toEqual(['INVOICE_FREE_EXEMPTION_GRANTED']);
    expect(expectedAttestations(INVT, 'EXPORT').release).toEqual({ issuer: 'customs', claims: ['LIST_RELEASED', 'LIST_CLEARED'], subjectType: 'InventoryList', subjectKey: INVT });
  });

  it('signs the accepted check about the order, relying on the serials', () => {
    const decision = settlementBasisAttestationOf({ serialNo: 'FXSC000000000042', ebpCode: '91440200MA4UPLAT0X', orderNo: 'SO-1', evidence: { invtNo: INVT }, checkedAt: new Date('2026-12-17T00:00:00Z') }, [release.serial, bill.serial]);
    expect(decision).toMatchObject({ recordSerial: 'FXSC000000000042', claim: SETTLEMENT_BASIS_ACCEPTED, subject: { type: 'Order', key: '91440200MA4UPLAT0X/SO-1' }, reliedOn: [release.serial, bill.serial], validForSeconds: 90 * 24 * 3600 });
  });
});
