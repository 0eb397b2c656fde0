import { loadPublicSecurityConfig, requireIdHashKey } from '../config';

describe('public security configuration', () => {
  it('takes the ID hash key as it is given', () => {
    expect(loadPublicSecurityConfig({ ID_HASH_KEY: ' k3y ' })).toEqual({ idHashKey: ' k3y ' });
    expect(requireIdHashKey(loadPublicSecurityConfig({ ID_HASH_KEY: 'k3y' }))).toBe('k3y');
  });

  it.each([['unset', {}], ['empty', { ID_HASH_KEY: '' }], ['blank', { ID_HASH_KEY: '  ' }]])('starts without a key that is %s, and says so when a verification needs it', (_case, env) => {
    const config = loadPublicSecurityConfig(env);
    expect(config.idHashKey).toBeNull();
    expect(() => requireIdHashKey(config)).toThrow(/^ID_HASH_KEY is not set: public security cannot verify identities/);
  });
});
