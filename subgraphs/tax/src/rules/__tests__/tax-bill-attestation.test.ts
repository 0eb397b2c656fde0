import { reliedOnOfList, taxBillAttestationOf } from '../tax-bill-attestation';

const bill = {
  taxNo: '51712026I500000001T1', invtNo: '51712026I500000001', ebpCode: '91440200MA4UTEST01', orderNo: 'ORD-1', treatment: 'PREFERENTIAL', dutiableValue: '310.00',
  customsTax: '0.00', valueAddedTax: '28.21', consumptionTax: '0.00', totalTax: '28.21', currency: 'CNY', issuedAt: new Date('2026-12-03T10:00:00Z'),
};

describe('what tax attests of a bill', () => {
  it('attests the bill as issued, of its list, for a year, relying on what it is given', () => {
    const decision = taxBillAttestationOf(bill, ['customs:51712026I500000001:800']);
    expect(decision).toMatchObject({ recordSerial: bill.taxNo, subject: { type: 'InventoryList', key: bill.invtNo }, claim: 'TAX_BILL_ISSUED', reliedOn: ['customs:51712026I500000001:800'], validForSeconds: 365 * 24 * 3600 });
    expect(decision.evidence).toMatchObject({ taxNo: bill.taxNo, totalTax: '28.21' });
  });

  it.each([
    ['a standing customs attestation', { attestation: { serial: 'customs:X:M1', revoked: false } }, ['customs:X:M1']],
    ['a revoked one', { attestation: { serial: 'customs:X:M1', revoked: true } }, []],
    ['none', { attestation: null }, []],
    ['a list read without it', {}, []],
  ])('relies on %s accordingly', (_name, list, expected) => {
    expect(reliedOnOfList(list)).toEqual(expected);
  });
});
