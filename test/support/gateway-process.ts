/**
 * Gateway processes for a test: the real `gateway/src/main.ts` against one test stack's departments
 * and audit database, each on its own port, trusting the development issuer whose keys live in a
 * temporary directory (tokens from `token`). The stack must be started with `assertionKeys` from
 * here, so that its departments accept the processes' caller assertions.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importJWK, type JWK, type KeyLike } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER, ensureDevKeys, issueDevToken, type DevKeyPaths, type TokenClaims } from '../../gateway/src/auth/dev-keys';
import {
  startGatewayProcess as startProcess,
  startGatewayProcesses as startProcesses,
  type GatewayProcess,
  type GatewayProcessOptions,
} from '../../scripts/lib/gateway-process';
import type { Stack } from './stack';

export { applicationNameOf, freePort, processCpuSeconds, type ExitStatus, type GatewayProcess } from '../../scripts/lib/gateway-process';

export interface GatewayProcessKeys {
  dir: string;
  paths: DevKeyPaths;
  /** For startStack({ assertionKeys }). */
  assertionKeys: { privateKey: KeyLike; publicKey: KeyLike };
  /** A token of the development issuer the processes trust (SYSTEM tokens under their department's key). */
  token: (claims: TokenClaims, expiresIn?: string) => Promise<string>;
  /** Removes the directory. */
  remove: () => void;
}

/** Development keys in a fresh temporary directory. */
export async function createGatewayProcessKeys(): Promise<GatewayProcessKeys> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zone-gateway-keys-'));
  const paths = await ensureDevKeys(dir);
  const load = async (file: string) => (await importJWK(JSON.parse(fs.readFileSync(file, 'utf8')) as JWK, 'ES256')) as KeyLike;
  return {
    dir,
    paths,
    assertionKeys: { privateKey: await load(paths.assertionPrivate), publicKey: await load(paths.assertionPublic) },
    token: (claims, expiresIn = '1h') => issueDevToken(dir, claims, expiresIn),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

type ExtraOptions = Pick<GatewayProcessOptions, 'env' | 'logLevel' | 'port'>;

function optionsFor(stack: Stack, keys: GatewayProcessKeys, extra: ExtraOptions): GatewayProcessOptions {
  return {
    subgraphUrls: stack.subgraphUrls,
    auditDatabaseUrl: stack.databaseUrl,
    security: { jwksPath: keys.paths.jwks, issuer: DEV_ISSUER, audience: DEV_AUDIENCE, assertionKeyPath: keys.paths.assertionPrivate },
    ...extra,
  };
}

/** One gateway process against the stack's departments and audit log; resolves once it listens. */
export function startGatewayProcess(stack: Stack, keys: GatewayProcessKeys, extra: ExtraOptions = {}): Promise<GatewayProcess> {
  return startProcess(optionsFor(stack, keys, extra));
}

/** `count` gateway processes on one database (and one Redis when env gives REDIS_URL), each on its own port. */
export function startGatewayProcesses(count: number, stack: Stack, keys: GatewayProcessKeys, extra: Omit<ExtraOptions, 'port'> = {}): Promise<GatewayProcess[]> {
  return startProcesses(count, optionsFor(stack, keys, extra));
}
