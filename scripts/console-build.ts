// npm run console:build: builds the web console (console/dist) now, whether or not it is stale.
import { buildConsole } from './lib/console-build';

buildConsole((message) => console.log(`[console] ${message}`)).catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
