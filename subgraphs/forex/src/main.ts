import { createLogger, cursorKeyFromEnv, runDepartment, idHashKeyFromEnv } from '@zone/common';
import { createForexDefinition } from './index';

const idHashKey = idHashKeyFromEnv(process.env);
try {
  // A process without the key could serve reads but would fail every payment carrying an ID number.
  idHashKey();
  // Without it the transaction feed could answer nothing but errors.
  cursorKeyFromEnv(process.env)();
} catch (error) {
  createLogger('forex').fatal((error as Error).message);
  process.exit(1);
}

void runDepartment(createForexDefinition({ idHashKey }));
