import { usccCheckChar } from '@zone/common';
import { MEASURES, NEGATIVE_LIST_MEASURES, appliedMeasureProblems, creditClassMeasures, measureId, measureOfAction, parseMeasureId } from '../joint-measures';
import { subjectKeyText, subjectOf } from '../subject';

describe('joint rewards and punishments (联合奖惩)', () => {
  it('the negative list puts every punishment in force, one in each department, and no reward', () => {
    expect(NEGATIVE_LIST_MEASURES).toEqual(['CUSTOMS_NO_AUTO_RELEASE', 'FOREX_SETTLEMENT_REFUSED', 'TAX_DEEMED_TAXATION_REVOKED', 'POST_PARCELS_HELD', 'PUBLIC_SECURITY_REVERIFICATION']);
    expect(NEGATIVE_LIST_MEASURES.map((kind) => MEASURES[kind].department)).toEqual(['customs', 'forex', 'tax', 'post', 'public-security']);
  });

  it.each([
    ['DISCREDITED', ['CUSTOMS_NO_AUTO_RELEASE']],
    ['GENERAL', []],
    ['ADVANCED', ['REWARD_LOWER_REVIEW']],
  ])('customs credit class %s carries %j', (creditClass, measures) => {
    expect(creditClassMeasures(creditClass)).toEqual(measures);
  });

  it.each([
    ['HOLD_GOODS', 'customs', 'CUSTOMS_NO_AUTO_RELEASE'],
    ['HOLD_GOODS', 'post', 'POST_PARCELS_HELD'],
    ['HOLD_GOODS', 'forex', null],
    ['REFUSE_SETTLEMENT', 'forex', 'FOREX_SETTLEMENT_REFUSED'],
    ['REFUSE_SETTLEMENT', 'customs', null],
    ['SUSPEND_DEEMED_TAX', 'tax', 'TAX_DEEMED_TAXATION_REVOKED'],
    ['VERIFY', 'public-security', 'PUBLIC_SECURITY_REVERIFICATION'],
    ['VERIFY', 'customs', null],
    ['PROVIDE_RECORDS', 'customs', null],
    ['INVESTIGATE', 'public-security', null],
  ] as const)('%s answered by %s puts %s in force', (action, department, measure) => {
    expect(measureOfAction(action, department)).toBe(measure);
  });

  it.each([
    ['its own measure for an action asked', ['FOREX_SETTLEMENT_REFUSED'], ['REFUSE_SETTLEMENT'], 'forex', []],
    ['another department\'s measure', ['CUSTOMS_NO_AUTO_RELEASE'], ['HOLD_GOODS'], 'forex', ['a.m[0]: CUSTOMS_NO_AUTO_RELEASE is applied by customs, not forex']],
    ['its own measure for an action not asked', ['FOREX_SETTLEMENT_REFUSED'], ['PROVIDE_RECORDS'], 'forex', ['a.m[0]: the request asks for no action that FOREX_SETTLEMENT_REFUSED answers']],
    ['a reward', ['REWARD_LOWER_REVIEW'], ['HOLD_GOODS'], 'customs', ['a.m[0]: the request asks for no action that REWARD_LOWER_REVIEW answers']],
    ['the same measure twice', ['POST_PARCELS_HELD', 'POST_PARCELS_HELD'], ['HOLD_GOODS'], 'post', ['a.m: names a measure twice']],
  ] as const)('an answer applying %s', (_name, measures, actions, department, problems) => {
    expect(appliedMeasureProblems(measures, actions, department, 'a.m').map((p) => `${p.field}: ${p.reason}`)).toEqual(problems);
  });

  it('names a measure by source, key and kind, and reads such names back only', () => {
    const id = measureId('ASSISTANCE_REQUEST', 'AR202600000001', 'POST_PARCELS_HELD');
    expect(parseMeasureId(id)).toEqual({ source: 'ASSISTANCE_REQUEST', sourceKey: 'AR202600000001', kind: 'POST_PARCELS_HELD' });
    for (const bad of ['NEGATIVE_LIST:1:NOT_A_MEASURE', 'ELSEWHERE:1:POST_PARCELS_HELD', 'NEGATIVE_LIST::POST_PARCELS_HELD', "NEGATIVE_LIST:1';--:POST_PARCELS_HELD"]) {
      expect(parseMeasureId(bad)).toBeNull();
    }
  });
});

describe('subjects of assistance requests and measures', () => {
  it('keys an order by platform and order number, unambiguously', () => {
    const ebpCode = `91440200MA4W00001${usccCheckChar('91440200MA4W00001')}`;
    const { subject, problems } = subjectOf({ type: 'ORDER', ebpCode, orderNo: 'A-1.B_2' }, 's');
    expect(problems).toEqual([]);
    expect(subjectKeyText(subject!)).toBe(JSON.stringify([ebpCode, 'A-1.B_2']));
  });

  it.each([
    ['an ID number in clear for a person', { type: 'PERSON', idHash: '440203199001011234' }, ['s.idHash: must be the keyed hash of an ID number: 64 lowercase hex digits (never the ID number itself)']],
    ['a missing key field', { type: 'WAYBILL', logisticsCode: 'SF' }, ['s.logisticsNo: is required for a WAYBILL subject']],
    ['a field of another subject type', { type: 'INVENTORY_LIST', invtNo: '51422026I000000001', uscc: 'X' }, ['s.uscc: is not part of the key of a INVENTORY_LIST subject']],
    ['a bad USCC', { type: 'ENTERPRISE', uscc: '91440200MA4W000010' }, ['s.uscc: check character is 0, expected G']],
  ] as const)('refuses %s', (_name, input, problems) => {
    const result = subjectOf(input, 's');
    expect(result.subject).toBeNull();
    expect(result.problems.map((p) => `${p.field}: ${p.reason}`)).toEqual(problems);
  });

  it('keeps a person only as the keyed hash', () => {
    const hash = 'a'.repeat(64);
    const { subject } = subjectOf({ type: 'PERSON', idHash: hash }, 's');
    expect(subjectKeyText(subject!)).toBe(JSON.stringify([hash]));
  });
});
