import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres';
import { migrateAll } from '../../scripts/lib/migrate';
import { seedAll } from '../../scripts/lib/seed';
import { ensureConsoleBuilt } from '../../scripts/lib/console-build';
import { TEST_ORDERS, TEST_SEED } from './constants';
import { withDatabase } from './urls';

/**
 * One PostgreSQL for the run (DATABASE_URL's server when set, embedded otherwise) and one template
 * database with every department's migrations and the test data set; each test file clones it.
 */
export interface EmbeddedTestPostgres {
  stop: () => Promise<void>;
  dir: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup(): Promise<void> {
  // The console's browser test needs its build; made while the database is prepared (seconds, only when stale).
  const consoleBuild = ensureConsoleBuilt((message) => console.log(`[console] ${message}`)).then(() => null, (error: Error) => error);
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    // A cluster of its own per run, on a free port: runs side by side never share one.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zone-test-pg-'));
    // As root the cluster runs as the postgres user, which must be able to enter the folder.
    fs.chmodSync(dir, 0o755);
    const pg = await startEmbeddedPostgres({ dir, port: await freePort(), database: 'postgres' });
    adminUrl = pg.url;
    (globalThis as { __zonePg?: EmbeddedTestPostgres }).__zonePg = { stop: pg.stop, dir };
  }
  const template = `zone_tpl_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, template);
  await migrateAll(() => templateUrl);
  const idHashKey = randomBytes(32).toString('base64url');
  await seedAll({ orders: TEST_ORDERS, seed: TEST_SEED, batchSize: 1000, idHashKey, urlOf: () => templateUrl });
  const consoleBuildFailure = await consoleBuild;
  if (consoleBuildFailure) throw consoleBuildFailure;
  process.env.TEST_PG_ADMIN_URL = adminUrl;
  process.env.TEST_TEMPLATE_DB = template;
  process.env.TEST_ID_HASH_KEY = idHashKey;
}
