import { createLogger } from '@zone/common';
import { QUERY_PLANNING_FAILED, watchQueryPlanning } from '../query-planning';
import { isClientSafe } from '../errors';

type Wrapped = Parameters<ReturnType<typeof watchQueryPlanning>['wrap']>[0];

/** A stand-in for ApolloGateway: its executor reports a plan (or not) and then fails or answers. */
function fakeGateway(watch: ReturnType<typeof watchQueryPlanning>, behaviour: 'plan-fails' | 'execution-fails' | 'answers'): Wrapped {
  return {
    onSchemaLoadOrUpdate: () => () => undefined,
    stop: async () => undefined,
    load: async () => ({
      executor: async (requestContext: never) => {
        if (behaviour === 'plan-fails') throw new Error('Was not able to find any options for { books { isbn } }: This shouldn\'t have happened.');
        watch.didResolveQueryPlan({ requestContext } as never);
        if (behaviour === 'execution-fails') throw new Error('socket hang up');
        return { data: { ok: true } };
      },
    }),
  } as unknown as Wrapped;
}

async function run(behaviour: 'plan-fails' | 'execution-fails' | 'answers') {
  const watch = watchQueryPlanning(createLogger('gateway'));
  const { executor } = await watch.wrap(fakeGateway(watch, behaviour)).load({} as never);
  return executor!({ context: {}, operationName: 'Q' } as never);
}

describe('watchQueryPlanning: planning failures of the gateway executor', () => {
  it('answers a failure before any plan was resolved with QUERY_PLANNING_FAILED, 400, and no planner text', async () => {
    const error = await run('plan-fails').then(() => null, (e: unknown) => e);
    expect(isClientSafe(error)).toBe(true);
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    expect(extensions).toEqual({ code: QUERY_PLANNING_FAILED, http: { status: 400 } });
    expect(message).toContain('could not build a query plan');
    expect(message).not.toContain('books');
    expect(message).not.toContain('happened');
  });

  it('leaves a failure after the plan was resolved as it was (masked as internal by formatError)', async () => {
    await expect(run('execution-fails')).rejects.toThrow('socket hang up');
  });

  it('passes answers through', async () => {
    await expect(run('answers')).resolves.toEqual({ data: { ok: true } });
  });
});
