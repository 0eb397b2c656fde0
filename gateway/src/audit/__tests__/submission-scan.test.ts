import { MAX_SCAN_GAPS, SubmissionScan } from '../sequencer';

const ids = (...values: number[]) => values.map(BigInt);
const gapsOf = (scan: SubmissionScan) => [...scan.gaps].map(Number).sort((a, b) => a - b);

describe('SubmissionScan: which submission ids the audit sequencer still reads', () => {
  it.each([
    ['every id of the range existed', 10, 15, [11, 12, 13, 14, 15], 15, []],
    ['ids missing from the range are gaps', 10, 15, [11, 13, 15], 15, [12, 14]],
    ['the largest ids missing: gaps up to the range end', 10, 15, [11], 15, [12, 13, 14, 15]],
    ['an empty range', 10, 10, [], 10, []],
    ['nothing existed yet', 0, 0, [], 0, []],
  ])('start: %s', (_name, from, to, existing, scannedTo, gaps) => {
    const scan = new SubmissionScan();
    expect(scan.start(BigInt(from), BigInt(to), ids(...existing))).toBe(true);
    expect(Number(scan.scannedTo)).toBe(scannedTo);
    expect(gapsOf(scan)).toEqual(gaps);
  });

  it.each([
    ['new ids in a row', [], 10, [11, 12, 13], 13, []],
    ['new ids skipping some: the skipped ones are gaps', [], 10, [11, 14], 14, [12, 13]],
    ['a gap committed late, read with new ids', [12], 13, [12, 15], 15, [14]],
    ['only gaps read', [12, 14], 15, [14], 15, [12]],
    ['nothing read', [12], 15, [], 15, [12]],
  ])('integrated: %s', (_name, gaps, scannedTo, read, nextScannedTo, nextGaps) => {
    const scan = new SubmissionScan();
    scan.start(BigInt(scannedTo - 5), BigInt(scannedTo), ids(...Array.from({ length: 5 }, (_, n) => scannedTo - 4 + n).filter((id) => !gaps.includes(id))));
    expect(gapsOf(scan)).toEqual(gaps);
    expect(scan.integrated(ids(...read))).toBe(true);
    expect(Number(scan.scannedTo)).toBe(nextScannedTo);
    expect(gapsOf(scan)).toEqual(nextGaps);
  });

  it('drops gaps at or below the horizon, which are decided and were read after that', () => {
    const scan = new SubmissionScan();
    scan.start(0n, 10n, ids(1, 3, 5, 7, 9));
    scan.settled(6n);
    expect(gapsOf(scan)).toEqual([8, 10]);
    expect(scan.parameters()).toEqual(['10', expect.arrayContaining(['8', '10'])]);
  });

  it('refuses to track a jump of the id sequence with more gaps than MAX_SCAN_GAPS, changing nothing', () => {
    const scan = new SubmissionScan();
    expect(scan.start(0n, BigInt(MAX_SCAN_GAPS + 10), ids(1, 2))).toBe(false);
    expect(scan.start(0n, 2n, ids(1, 2))).toBe(true);
    expect(scan.integrated(ids(3, MAX_SCAN_GAPS + 100))).toBe(false);
    expect(Number(scan.scannedTo)).toBe(2);
    expect(gapsOf(scan)).toEqual([]);
  });
});
