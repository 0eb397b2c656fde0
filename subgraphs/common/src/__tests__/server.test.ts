import { withoutInputValues } from '../server';

describe('error messages never echo input values', () => {
  it.each([
    [
      'Variable "$input" got invalid value "440305199003071233" at "input.buyer.idNumber"; Invalid IdNumber: check digit does not match',
      'Variable "$input" got an invalid value at "input.buyer.idNumber"; Invalid IdNumber: check digit does not match',
    ],
    [
      'Variable "$id" got invalid value "440305199003071233"; Invalid IdNumber: check digit does not match',
      'Variable "$id" got an invalid value; Invalid IdNumber: check digit does not match',
    ],
    [
      'Variable "$input" got invalid value { name: "张三", idNumber: "1" } at "input"; Field "phone" of required type "String!" was not provided.',
      'Variable "$input" got an invalid value at "input"; Field "phone" of required type "String!" was not provided.',
    ],
    ['Invalid input. uscc: must be 18 characters, got 3', 'Invalid input. uscc: must be 18 characters, got 3'],
  ])('%s', (message, expected) => {
    expect(withoutInputValues(message)).toBe(expected);
    expect(withoutInputValues(message)).not.toContain('440305199003071233');
  });
});
