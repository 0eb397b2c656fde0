// npm run bench -- [--orders N] [--duration S] [--connections C]
// Seeds a benchmark data set (once), runs the six departments and the gateway in this process
// over real HTTP, and measures representative queries with autocannon. Prints figures only.
import autocannon from 'autocannon';
import { DEPARTMENTS, parsePositiveInt, sqlStatementCount, type Department } from '@zone/common';
import { resolveDatabases, resolveIdHashKey } from './lib/database';
import { startInProcess, type InProcessStack } from './lib/in-process';
import { migrateAll } from './lib/migrate';
import { seedAll } from './lib/seed';
import { createJwtAuthenticator } from '../gateway/src/auth/authenticate';
import { createLocalIssuer } from '../gateway/src/auth/dev-keys';

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

interface Scenario {
  name: string;
  bodies: string[];
}

async function orderCount(stack: InProcessStack): Promise<number> {
  const rows = (await stack.runtimes.commerce.prisma.$queryRaw`SELECT count(*)::int AS n FROM "order"`) as { n: number }[];
  return rows[0]?.n ?? 0;
}

async function sampleOrderKeys(stack: InProcessStack, n: number): Promise<{ ebp_code: string; order_no: string }[]> {
  return (await stack.runtimes.commerce.prisma.$queryRaw`SELECT ebp_code, order_no FROM "order" ORDER BY id DESC LIMIT ${n}`) as { ebp_code: string; order_no: string }[];
}

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

async function run(stack: InProcessStack, token: string, scenario: Scenario, duration: number, connections: number) {
  const before = Object.fromEntries(await Promise.all(DEPARTMENTS.map(async (d) => [d, await sqlStatementCount(stack.runtimes[d].metrics)])));
  let i = 0;
  const result = await autocannon({
    url: stack.gatewayUrl,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    connections,
    duration,
    requests: [{ setupRequest: (request) => ({ ...request, body: scenario.bodies[i++ % scenario.bodies.length] }) }],
  });
  const perRequest: string[] = [];
  for (const d of DEPARTMENTS as Department[]) {
    const delta = (await sqlStatementCount(stack.runtimes[d].metrics)) - (before[d] as number);
    if (delta > 0) perRequest.push(`${d} ${(delta / Math.max(1, result.requests.total)).toFixed(1)}`);
  }
  console.log(
    `${scenario.name.padEnd(34)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(4)} ms   p97.5 ${String(result.latency.p97_5).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   non-2xx ${result.non2xx}   errors ${result.errors}   SQL/request: ${perRequest.join(', ')}`,
  );
}

async function main(): Promise<void> {
  const orders = parsePositiveInt('--orders', flag('--orders'), 20000);
  const duration = parsePositiveInt('--duration', flag('--duration'), 10);
  const connections = parsePositiveInt('--connections', flag('--connections'), 10);
  process.env.LOG_LEVEL ??= 'silent';
  const log = (message: string) => console.log(message);
  const databases = await resolveDatabases(log, `zones_bench_${orders}`);
  const idHashKey = resolveIdHashKey(log);
  await migrateAll(databases.urlOf);
  const issuer = await createLocalIssuer();
  const authenticate = createJwtAuthenticator({ keys: issuer.keys, issuer: issuer.issuer, audience: issuer.audience });
  const token = await issuer.issue({ role: 'PLATFORM', org: 'BENCHMARK' }, '2h');
  const stack = await startInProcess({ urlOf: databases.urlOf, poolSize: 10, authenticate, auditDatabaseUrl: databases.urlOf('commerce') });
  try {
    const present = await orderCount(stack);
    if (present < orders) {
      log(`seeding ${orders.toLocaleString('en')} orders`);
      const started = Date.now();
      await seedAll({ orders, idHashKey, urlOf: databases.urlOf, batchSize: 2000 });
      log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    log(`data set: ${(await orderCount(stack)).toLocaleString('en')} orders; ${connections} connections, ${duration} s per scenario; Node ${process.version}`);
    const keys = await sampleOrderKeys(stack, 500);
    const orderQuery = `query($e: String!, $o: String!) { order(ebpCode: $e, orderNo: $o) { orderNo actualPaid buyer { name }
      payment { amountPaid } waybill { logisticsNo status } inventoryList { invtNo status } taxBill { totalTax } buyerIdentityCheck { verdict } } }`;
    const scenarios: Scenario[] = [
      { name: 'zones (gateway only, 1 department)', bodies: [body('{ zones { code city } }')] },
      { name: 'enterprises page (commerce)', bodies: ['SHAOGUAN', 'HEYUAN', 'YUNFU'].map((zone) => body(`{ enterprises(zone: ${zone}, first: 20) { totalCount edges { node { uscc name roles } } } }`)) },
      { name: 'order by key, all 6 departments', bodies: keys.map((k) => body(orderQuery, { e: k.ebp_code, o: k.order_no })) },
      {
        name: 'acceptance query (15 orders x 6)',
        bodies: ['SHAOGUAN', 'CHAOZHOU', 'JIEYANG'].map((zone) => body(`{ enterprises(zone: ${zone}, first: 3) { totalCount edges { node { uscc name zone
          orders(first: 5) { orderNo ebpCode actualPaid payment { payTransactionId amountPaid } waybill { logisticsNo }
          inventoryList { invtNo status } taxBill { totalTax } buyerIdentityCheck { verdict } } } } } }`)),
      },
      {
        name: '200 orders x 6 departments',
        bodies: [body(`{ enterprises(first: 50) { edges { node { orders(first: 4) { orderNo payment { amountPaid } waybill { status }
          inventoryList { status } taxBill { totalTax } buyerIdentityCheck { verdict } } } } } }`)],
      },
    ];
    for (const scenario of scenarios) await run(stack, token, scenario, duration, connections);
  } finally {
    await stack.close();
    await databases.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
