import { GraphQLError } from 'graphql';
import { InputProblems, type FieldProblem } from '@zone/common';
import { businessKeyProblem, checkWaybillSubmission, type WaybillSubmissionInput } from '../waybill-submission';

// Valid GB 32100-2015 codes (check characters computed with usccCheckChar).
const CARRIER = '91440200MA4W9R2K8F';
const PLATFORM = '91441600MA4UQ3M065';

const valid: WaybillSubmissionInput = {
  logisticsCode: CARRIER,
  logisticsNo: 'YT000000000123',
  ebpCode: PLATFORM,
  orderNo: 'I20260301000000123',
  zone: 'SHAOGUAN',
  freight: '12.00',
  insuredFee: '0',
  weight: '1.25',
  packNo: 1,
  consignee: '张三',
  consigneeAddress: '韶关市某区某路1号',
  consigneePhone: '13812345678',
};

function problemsOf(input: WaybillSubmissionInput): FieldProblem[] {
  const problems = new InputProblems();
  checkWaybillSubmission(input, problems);
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    return (error as GraphQLError).extensions.problems as FieldProblem[];
  }
}
const fieldsOf = (input: WaybillSubmissionInput) => problemsOf(input).map((p) => p.field);

describe('a waybill message (511/505) before post records it', () => {
  it('accepts a complete waybill and normalises what it will hash', () => {
    const problems = new InputProblems();
    const content = checkWaybillSubmission({ ...valid, consignee: ' 张三 ', consigneePhone: ' 13812345678 ' }, problems);
    expect(problems.count).toBe(0);
    expect(content).toMatchObject({ consignee: '张三', consigneePhone: '13812345678', packNo: 1 });
    expect(content!.freight.toFixed(2)).toBe('12.00');
    expect(content!.weight.toString()).toBe('1.25');
  });

  it('takes a missing phone as none', () => {
    const problems = new InputProblems();
    expect(checkWaybillSubmission({ ...valid, consigneePhone: undefined }, problems)?.consigneePhone).toBeNull();
    expect(checkWaybillSubmission({ ...valid, consigneePhone: null }, problems)?.consigneePhone).toBeNull();
    expect(problems.count).toBe(0);
  });

  it.each<[string, Partial<WaybillSubmissionInput>, string[]]>([
    ['free shipping and no insurance', { freight: '0.00', insuredFee: '0' }, []],
    ['a negative zero freight', { freight: '-0.00' }, []],
    ['a weight of 10 grams', { weight: '0.01' }, []],
    ['a weight in grams precision', { weight: '0.125' }, []],
    ['a 60-character waybill number', { logisticsNo: 'X'.repeat(60) }, []],
    ['a foreign phone number', { consigneePhone: '+1 555-010-0199' }, []],
    ['an address on two lines', { consigneeAddress: '某路1号\n2单元' }, []],
    ['a negative freight', { freight: '-1.00' }, ['input.freight']],
    ['a negative insurance fee', { insuredFee: '-0.01' }, ['input.insuredFee']],
    ['freight with three decimals', { freight: '1.005' }, ['input.freight']],
    ['freight that is not a number', { freight: 'twelve' }, ['input.freight']],
    ['a weight of zero', { weight: '0.000' }, ['input.weight']],
    ['a negative weight', { weight: '-1' }, ['input.weight']],
    ['a weight with four decimals', { weight: '1.0001' }, ['input.weight']],
    ['a weight above the column', { weight: '1000000000000000' }, ['input.weight']],
    ['no packages', { packNo: 0 }, ['input.packNo']],
    ['a fractional package count', { packNo: 1.5 }, ['input.packNo']],
    ['an empty waybill number', { logisticsNo: '' }, ['input.logisticsNo']],
    ['a 61-character waybill number', { logisticsNo: 'X'.repeat(61) }, ['input.logisticsNo']],
    ['a waybill number with a trailing space', { logisticsNo: 'YT1 ' }, ['input.logisticsNo']],
    ['a waybill number with a tab', { logisticsNo: 'YT\t1' }, ['input.logisticsNo']],
    ['an empty order number', { orderNo: '' }, ['input.orderNo']],
    ['a carrier code with a wrong check character', { logisticsCode: `${CARRIER.slice(0, 17)}0` }, ['input.logisticsCode']],
    ['a platform code of 17 characters', { ebpCode: PLATFORM.slice(0, 17) }, ['input.ebpCode']],
    ['a blank consignee', { consignee: '   ' }, ['input.consignee']],
    ['a consignee of 101 characters', { consignee: '张'.repeat(101) }, ['input.consignee']],
    ['a blank address', { consigneeAddress: '' }, ['input.consigneeAddress']],
    ['an address with a NUL character', { consigneeAddress: 'a\u0000b' }, ['input.consigneeAddress']],
    ['an empty phone', { consigneePhone: ' ' }, ['input.consigneePhone']],
    ['a phone with letters', { consigneePhone: '138-CALL-ME' }, ['input.consigneePhone']],
    ['a phone of four digits', { consigneePhone: '1234' }, ['input.consigneePhone']],
  ])('%s', (_case, change, fields) => {
    expect(fieldsOf({ ...valid, ...change })).toEqual(fields);
  });

  it('names every wrong field at once, each with its reason', () => {
    const problems = problemsOf({ ...valid, logisticsNo: 'X'.repeat(61), freight: '-5.00', weight: '0', packNo: 0, consignee: '' });
    expect(problems).toEqual([
      { field: 'input.logisticsNo', reason: 'must be at most 60 characters, got 61' },
      { field: 'input.freight', reason: 'must not be negative' },
      { field: 'input.weight', reason: 'must be above 0 kg' },
      { field: 'input.packNo', reason: 'must be a whole number from 1, got 0' },
      { field: 'input.consignee', reason: 'must not be empty' },
    ]);
  });

  it('returns no content when anything is wrong, and records under the path it is given', () => {
    const problems = new InputProblems();
    expect(checkWaybillSubmission({ ...valid, packNo: 0 }, problems, 'waybills[3]')).toBeNull();
    expect(() => problems.throwIfAny()).toThrow('waybills[3].packNo: must be a whole number from 1, got 0');
  });

  it.each([
    ['SF1234567890', null],
    ['', 'must not be empty'],
    [' SF1', 'must not begin or end with whitespace'],
    ['SF\n1', 'must not contain control characters'],
    ['单'.repeat(60), null],
    ['单'.repeat(61), 'must be at most 60 characters, got 61'],
  ])('business key %j: %s', (value, problem) => {
    expect(businessKeyProblem(value)).toBe(problem);
  });
});
