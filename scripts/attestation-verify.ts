// npm run attestation:verify -- <token | @file> [--keys <file>] [--revocations <file>] [--at <instant>]:
// verifies an attestation offline with a saved key directory (default: the one npm start writes
// under .data/keys); exits 0 when valid, 1 when not (every reason printed), 2 on unusable input.
import path from 'node:path';
import { devKeyPaths } from '../gateway/src/auth/dev-keys';
import { DATA_DIR } from './lib/database';
import { verifyOffline } from './lib/attestation-verify';

const outcome = verifyOffline(process.argv.slice(2), devKeyPaths(path.join(DATA_DIR, 'keys')).attestationDirectory);
for (const line of outcome.lines) (outcome.exitCode === 2 ? console.error : console.log)(line);
process.exit(outcome.exitCode);
