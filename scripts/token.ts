// npm run token -- --role BANK --org <code> [--zone SHAOGUAN] [--department customs] [--scope "a b"] [--ttl 8h]
// Prints a development token signed with the local issuer key in DATA_DIR/keys (made on first use).
import path from 'node:path';
import { DEPARTMENTS, isZoneCode, type Department } from '@zone/common';
import { TOKEN_ROLES, callerFromClaims } from '../gateway/src/auth/caller-claims';
import { issueDevToken, type TokenClaims } from '../gateway/src/auth/dev-keys';
import { DATA_DIR } from './lib/database';

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const role = flag('--role');
  const org = flag('--org');
  const zone = flag('--zone');
  const department = flag('--department');
  const scope = flag('--scope');
  const claims = { role, org, zone, department, scope };
  const checked = callerFromClaims(claims);
  if (typeof checked === 'string' || !role || !org) {
    console.error(`Cannot issue this token: ${typeof checked === 'string' ? checked : 'give --role and --org'}`);
    console.error(`usage: npm run token -- --role ${TOKEN_ROLES.join('|')} --org <code> [--zone <zone>] [--department ${DEPARTMENTS.join('|')}] [--scope "<scopes>"] [--ttl 8h]`);
    process.exit(2);
  }
  const token = await issueDevToken(path.join(DATA_DIR, 'keys'), {
    role: checked.role,
    org: checked.organisation,
    ...(zone && isZoneCode(zone) ? { zone } : {}),
    ...(department ? { department: department as Department } : {}),
    ...(checked.scopes.length ? { scopes: checked.scopes } : {}),
  } as TokenClaims, flag('--ttl') ?? '8h');
  console.log(token);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
