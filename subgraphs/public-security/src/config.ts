/** Settings of public security beyond those every department has. */
export interface PublicSecurityConfig {
  /**
   * ID_HASH_KEY: key of the keyed hash (HMAC-SM3) the resident registry was written with, the
   * same in every department and the seed. Null when unset: the service still answers lookups,
   * but cannot verify an identity.
   */
  idHashKey: string | null;
}

/** Reads public security's settings from the environment; call once per process. */
export function loadPublicSecurityConfig(env: NodeJS.ProcessEnv): PublicSecurityConfig {
  const key = env.ID_HASH_KEY;
  return { idHashKey: key === undefined || key.trim() === '' ? null : key };
}

/**
 * The hash key, or an error for the operator: without the registry's key every lookup would be a
 * NO_RECORD, a wrong verdict given as a right one.
 */
export function requireIdHashKey(config: PublicSecurityConfig): string {
  if (config.idHashKey === null) {
    throw new Error(
      'ID_HASH_KEY is not set: public security cannot verify identities without the key the resident registry was hashed with '
        + '(the same ID_HASH_KEY as the seed and the other departments)',
    );
  }
  return config.idHashKey;
}
