import { createLogger, runDepartment, idHashKeyFromEnv } from '@zone/common';
import { createCommerceDefinition } from './index';

const idHashKey = idHashKeyFromEnv(process.env);
try {
  // A process without the key could serve reads but would fail every order carrying an ID number.
  idHashKey();
} catch (error) {
  createLogger('commerce').fatal((error as Error).message);
  process.exit(1);
}

void runDepartment(createCommerceDefinition({ idHashKey }));
