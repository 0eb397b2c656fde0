// npm run migrate: applies every department's migrations to DATABASE_URL (or <DEPT>_DATABASE_URL).
import { databaseUrlFor } from '@zone/common';
import { migrateAll } from './lib/migrate';

migrateAll((department) => databaseUrlFor(department, process.env))
  .then(() => console.log('migrations applied'))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
