import fs from 'node:fs';
import { importJWK, type JWK, type KeyLike } from 'jose';

/** Reads a JWK file (public or private) into a key; the message names the file and setting at fault. */
export async function loadJwkFile(path: string, setting: string): Promise<KeyLike> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(fs.readFileSync(path, 'utf8')) as JWK;
  } catch (error) {
    throw new Error(`${setting}: cannot read a JWK from ${path} (${(error as Error).message})`);
  }
  return (await importJWK(jwk, 'ES256')) as KeyLike;
}
