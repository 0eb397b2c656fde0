import { recordsOfSeries, searchFilterOf, type RecordsFilter } from '../records';

describe('the records behind a figure', () => {
  const shaoguanMay: RecordsFilter = { zone: 'SHAOGUAN', from: '2026-05-01', to: '2026-05-31', direction: 'IMPORT', tradeMode: '1210', currency: 'CNY' };

  it.each<[string, Parameters<typeof searchFilterOf>, Record<string, unknown>]>([
    ['orders of a zone and month, with every dimension', ['orders', shaoguanMay, null],
      { zones: ['SHAOGUAN'], orderedFrom: '2026-05-01T00:00:00+08:00', orderedTo: '2026-06-01T00:00:00+08:00', direction: 'IMPORT', tradeModes: ['1210'], currency: 'CNY' }],
    ['inventory lists by declaration time, rejected ones', ['inventoryLists', { ...shaoguanMay, statuses: ['REJECTED'] }, null],
      { zones: ['SHAOGUAN'], declaredFrom: '2026-05-01T00:00:00+08:00', declaredTo: '2026-06-01T00:00:00+08:00', direction: 'IMPORT', tradeModes: ['1210'], currency: 'CNY', statuses: ['REJECTED'] }],
    ['payments by payment time: no trade mode in forex\'s search', ['payments', shaoguanMay, null],
      { zones: ['SHAOGUAN'], paidFrom: '2026-05-01T00:00:00+08:00', paidTo: '2026-06-01T00:00:00+08:00', direction: 'IMPORT', currency: 'CNY' }],
    ['waybills delivered in the span, by delivery time, with the direction post records', ['waybills', { ...shaoguanMay, delivered: true }, null],
      { zones: ['SHAOGUAN'], deliveredFrom: '2026-05-01T00:00:00+08:00', deliveredTo: '2026-06-01T00:00:00+08:00', direction: 'IMPORT' }],
    ['tax bills by issue time: none of the dashboard\'s dimensions', ['taxBills', shaoguanMay, null],
      { zones: ['SHAOGUAN'], issuedFrom: '2026-05-01T00:00:00+08:00', issuedTo: '2026-06-01T00:00:00+08:00' }],
    ['identity checks found mismatched', ['identityChecks', { ...shaoguanMay, verdicts: ['MISMATCH'] }, null],
      { zones: ['SHAOGUAN'], checkedFrom: '2026-05-01T00:00:00+08:00', checkedTo: '2026-06-01T00:00:00+08:00', verdicts: ['MISMATCH'] }],
    ['the province: no zone', ['orders', { zone: null, from: '2026-12-31', to: '2026-12-31' }, null],
      { orderedFrom: '2026-12-31T00:00:00+08:00', orderedTo: '2027-01-01T00:00:00+08:00' }],
    ['a zone-bound caller: its own zone', ['payments', { zone: null, from: '2026-02-01', to: '2026-02-28' }, 'HEYUAN'],
      { zones: ['HEYUAN'], paidFrom: '2026-02-01T00:00:00+08:00', paidTo: '2026-03-01T00:00:00+08:00' }],
    ['an amount band only with its currency', ['orders', { zone: null, from: '2026-01-01', to: '2026-01-01', amountMin: '4750' }, null],
      { orderedFrom: '2026-01-01T00:00:00+08:00', orderedTo: '2026-01-02T00:00:00+08:00' }],
  ])('%s', (_name, args, expected) => {
    expect(searchFilterOf(...args)).toEqual(expected);
  });

  it.each([
    ['orderCount', 'orders'],
    ['buyersSharingOnePhone', 'orders'],
    ['taxAssessedCny', 'taxBills'],
    ['parcelsDelivered', 'waybills'],
    ['identityMismatchRate', 'identityChecks'],
    ['listsRejected', 'inventoryLists'],
    ['matchingFailureRate', 'inventoryLists'],
    ['paymentsCny', 'payments'],
    ['buyersPerPayer', 'payments'],
    ['overseasSettlementGap', 'payments'],
  ])('follows %s to %s', (series, kind) => {
    expect(recordsOfSeries(series).kind).toBe(kind);
  });

  it('follows orders bunched under the limit to the band the detector counts', () => {
    expect(recordsOfSeries('ordersJustUnderLimit')).toEqual({ kind: 'orders', direction: 'IMPORT', currency: 'CNY', amountMin: '4750', amountMax: '4999.99' });
    expect(recordsOfSeries('listsRejected').statuses).toEqual(['REJECTED']);
    expect(recordsOfSeries('identityMismatches').verdicts).toEqual(['MISMATCH']);
    expect(recordsOfSeries('parcelsDelivered').delivered).toBe(true);
  });
});
