import { hashIdNumber } from '../idhash';
import { maskIdNumber, maskName, maskPhone } from '../masking';

describe('personal data masking', () => {
  it.each([
    ['张三丰', '张**'],
    ['李四', '李*'],
    ['王', '王*'],
    ['John Smith', 'J*********'],
    ['', ''],
  ])('name %s -> %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it.each([
    ['13812345678', '138****5678'],
    ['+11234567890', '+11*****7890'],
    ['12345', '*****'],
  ])('phone %s -> %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it('keeps only the first three and last four characters of an ID number', () => {
    expect(maskIdNumber('440305199003071232')).toBe('440***********1232');
  });
});

describe('keyed ID hash', () => {
  it('is stable for a key, differs across keys and never contains the number', () => {
    const a = hashIdNumber('440305199003071232', 'key-one');
    expect(a).toBe(hashIdNumber('440305199003071232', 'key-one'));
    expect(a).not.toBe(hashIdNumber('440305199003071232', 'key-two'));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('treats a lower-case x check character as the same number', () => {
    expect(hashIdNumber('11010519491231002x', 'k')).toBe(hashIdNumber('11010519491231002X', 'k'));
  });
});
