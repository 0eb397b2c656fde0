// npm run attestation:rotate -- <department>: retires the department's current attestation key
// now (its public half stays in the key directory, so what it signed still verifies) and adds key
// <department>:<n+1>, in the key files npm start uses (.data/keys); the department signs with the
// new key from its next start, and npm start publishes the directory with both.
import fs from 'node:fs';
import path from 'node:path';
import { DEPARTMENTS, isDepartment, keyDirectoryOf, loadAttestationKeyRing, rotateAttestationKeyRing } from '@zone/common';
import { devKeyPaths } from '../gateway/src/auth/dev-keys';
import { DATA_DIR } from './lib/database';

const department = process.argv[2] ?? '';
if (!isDepartment(department)) {
  console.error(`usage: npm run attestation:rotate -- <${DEPARTMENTS.join(' | ')}>`);
  process.exit(2);
}
const paths = devKeyPaths(path.join(DATA_DIR, 'keys'));
try {
  const rotated = rotateAttestationKeyRing(loadAttestationKeyRing(paths.attestation[department]));
  fs.writeFileSync(paths.attestation[department], JSON.stringify(rotated, null, 2), { mode: 0o600 });
  const rings = DEPARTMENTS.map((d) => loadAttestationKeyRing(paths.attestation[d]));
  fs.writeFileSync(paths.attestationDirectory, JSON.stringify(keyDirectoryOf(rings), null, 2));
  const current = rotated.keys.at(-1)!;
  console.log(`${department}: ${current.kid} signs from ${current.validFrom}; ${rotated.keys.length - 1} retired key(s) still verify what they signed. Restart npm start to use it.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
