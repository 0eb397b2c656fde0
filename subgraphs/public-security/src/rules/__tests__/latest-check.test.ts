import { latestCheck } from '../latest-check';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 8, minute));

describe('latest identity check of an order', () => {
  it.each([
    ['no checks', [], null],
    ['a single check', [{ serialNo: 'S1', checkedAt: at(1) }], 'S1'],
    ['the later check wins', [{ serialNo: 'S1', checkedAt: at(1) }, { serialNo: 'S2', checkedAt: at(5) }], 'S2'],
    ['whatever the row order', [{ serialNo: 'S2', checkedAt: at(5) }, { serialNo: 'S1', checkedAt: at(1) }], 'S2'],
    ['time beats serial number', [{ serialNo: 'S9', checkedAt: at(1) }, { serialNo: 'S2', checkedAt: at(2) }], 'S2'],
    ['serial number breaks a tie in time', [{ serialNo: 'S3', checkedAt: at(4) }, { serialNo: 'S7', checkedAt: at(4) }], 'S7'],
    ['tie broken the same way in reverse order', [{ serialNo: 'S7', checkedAt: at(4) }, { serialNo: 'S3', checkedAt: at(4) }], 'S7'],
  ])('%s', (_case, checks, expected) => {
    expect(latestCheck(checks)?.serialNo ?? null).toBe(expected);
  });
});
