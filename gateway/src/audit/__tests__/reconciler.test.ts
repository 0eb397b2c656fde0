import { committedVerdict } from '../reconciler';

const yes: PromiseSettledResult<boolean> = { status: 'fulfilled', value: true };
const no: PromiseSettledResult<boolean> = { status: 'fulfilled', value: false };
const down: PromiseSettledResult<boolean> = { status: 'rejected', reason: new Error('customs answered 503') };

describe('committedVerdict', () => {
  it.each<[string, PromiseSettledResult<boolean>[], boolean | RegExp]>([
    ['one department committed, the others not', [no, yes, no, no, no, no], true],
    ['one committed while another is down: committed all the same', [yes, down, no, no, no, no], true],
    ['every department answered no', [no, no, no, no, no, no], false],
    ['no answer from one, no from the others: cannot tell yet', [no, down, no, no, no, no], /customs answered 503/],
    ['nobody answered', [down, down], /not every department answered/],
  ])('%s', (_name, answers, expected) => {
    if (expected instanceof RegExp) expect(() => committedVerdict(answers)).toThrow(expected);
    else expect(committedVerdict(answers)).toBe(expected);
  });
});
