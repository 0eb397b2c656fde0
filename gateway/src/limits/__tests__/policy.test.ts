import { costViolation, DEFAULT_COST_BUDGETS, DEFAULT_LIMITS, limitExceededError, shapeViolation } from '../policy';

describe('shapeViolation', () => {
  const limits = { maxDepth: 10, maxAliases: 30, maxRootFields: 20 };
  it.each([
    [{ depth: 10, aliases: 30, rootFields: 20 }, null],
    [{ depth: 11, aliases: 0, rootFields: 1 }, { limit: 'depth', measured: 11, allowed: 10 }],
    [{ depth: 3, aliases: 31, rootFields: 1 }, { limit: 'aliases', measured: 31, allowed: 30 }],
    [{ depth: 3, aliases: 0, rootFields: 21 }, { limit: 'rootFields', measured: 21, allowed: 20 }],
    [{ depth: 99, aliases: 99, rootFields: 99 }, { limit: 'depth', measured: 99, allowed: 10 }],
  ])('%o -> %o', (shape, expected) => {
    expect(shapeViolation(shape, limits)).toEqual(expected);
  });
});

describe('costViolation', () => {
  it.each([
    ['PLATFORM', 15401, null],
    ['BANK', 15401, { limit: 'cost', measured: 15401, allowed: 6000 }],
    ['REGULATOR', 50000, null],
    ['SYSTEM', 110201, { limit: 'cost', measured: 110201, allowed: 100000 }],
  ] as const)('a %s caller at cost %i -> %o', (role, cost, expected) => {
    expect(costViolation(cost, role, DEFAULT_COST_BUDGETS)).toEqual(expected);
  });
});

describe('limitExceededError', () => {
  it('names a structural limit, the measured and the allowed value, with HTTP 400', () => {
    const error = limitExceededError({ limit: 'depth', measured: 14, allowed: 10 });
    expect(error.message).toBe('Operation refused: its depth 14 exceeds the limit of 10');
    expect(error.extensions).toEqual({ code: 'OPERATION_TOO_COMPLEX', limit: 'depth', measured: 14, allowed: 10, http: { status: 400 } });
  });

  it('names the cost budget of the caller\'s role', () => {
    const error = limitExceededError({ limit: 'cost', measured: 110201, allowed: 20000 }, 'PLATFORM');
    expect(error.message).toContain('estimated cost 110201 exceeds the budget of 20000 for a PLATFORM');
    expect(error.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: 'cost', measured: 110201, allowed: 20000, role: 'PLATFORM' });
  });

  it('has defaults that let the product\'s own heaviest page through for a PLATFORM caller', () => {
    expect(DEFAULT_LIMITS.costBudgets.PLATFORM).toBeGreaterThan(15401);
    expect(DEFAULT_LIMITS.maxDepth).toBeGreaterThanOrEqual(7);
  });
});
