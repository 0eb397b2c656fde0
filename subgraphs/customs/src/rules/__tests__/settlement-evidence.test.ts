import { listMoveFact } from '../settlement-evidence';

describe('listMoveFact: which list moves change a bank\'s settlement answer', () => {
  it.each([
    ['declared and released at once', null, 800, 'LIST_RELEASED'],
    ['declared and refused at matching', null, 100, 'LIST_REJECTED'],
    ['declared into manual review', null, 300, null],
    ['released after review', 300, 800, 'LIST_RELEASED'],
    ['released after inspection', 500, 800, 'LIST_RELEASED'],
    ['rejected after inspection', 500, 100, 'LIST_REJECTED'],
    ['a list refused at matching refused again', 100, 100, null],
    ['cleared after release', 800, 899, null],
    ['sent to inspection', 300, 500, null],
    ['accepted', 3, 120, null],
  ] as const)('%s (%s → %s): %s', (_case, from, to, fact) => {
    expect(listMoveFact(from, to)).toBe(fact);
  });
});
