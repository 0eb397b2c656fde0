// npm run seed -- [--orders N] [--seed S] [--batch B] [--until YYYY-MM-DD] [--database D]: writes the demo data
// set (idempotent); --until adds the orders reaching that day (npm start passes today), else the data set ends in
// October 2026; B orders per batch (10,000); D: the embedded server's database, zones, or the bench's zones_bench_<N>.
import { parsePositiveInt } from '@zone/common';
import { resolveDatabases, resolveIdHashKey } from './lib/database';
import { migrateAll } from './lib/migrate';
import { seedAll } from './lib/seed';
import { beijingDayOf, demoOrderTotal } from './demo/generate';

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const orders = parsePositiveInt('--orders', flag('--orders') ?? process.env.DEMO_ORDERS, 2000);
  const seed = parsePositiveInt('--seed', flag('--seed'), 20221001);
  const batchSize = parsePositiveInt('--batch', flag('--batch'), 10000);
  const until = flag('--until');
  if (until !== undefined) beijingDayOf(until);
  const log = (message: string) => console.log(message);
  const databases = await resolveDatabases(log, flag('--database') ?? 'zones');
  try {
    const idHashKey = resolveIdHashKey(log);
    log('applying migrations');
    await migrateAll(databases.urlOf);
    const started = Date.now();
    log(`seeding ${demoOrderTotal({ orders, until }).toLocaleString('en')} orders (seed ${seed}${until ? `, reaching ${until}` : ''})`);
    await seedAll({
      orders,
      seed,
      until,
      batchSize,
      idHashKey,
      urlOf: databases.urlOf,
      onProgress: (written, total) => {
        const seconds = (Date.now() - started) / 1000;
        const rate = Math.round(written / Math.max(seconds, 0.001));
        process.stdout.write(`\r  ${written.toLocaleString('en')} / ${total.toLocaleString('en')} orders  ${rate.toLocaleString('en')} orders/s  ${seconds.toFixed(0)} s   `);
      },
      onPhase: (phase) => process.stdout.write(`\n  ${phase} after ${((Date.now() - started) / 1000).toFixed(1)} s`),
    });
    process.stdout.write('\n');
    log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await databases.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
