import type { Authenticate } from '../auth/authenticate';
import { withStatedPurpose } from '../auth/purpose';
import type { GatewayError } from '../operations/errors';
import type { GatewayPlugin } from './gateway-plugin';

/** No valid token: the request is refused before anything of it is parsed (401). */
export const AUTHENTICATION_ERRORS: readonly GatewayError[] = [{ code: 'UNAUTHENTICATED', audit: 'DENIED', refusal: 'REFUSED_UNAUTHENTICATED' }];

export interface AuthenticationOptions {
  /** Who is calling: bearer JWTs in production; insecurePlatformCaller only with security switched off. */
  authenticate: Authenticate;
}

/**
 * Admission: who calls, from the request's bearer token (UNAUTHENTICATED, 401, when it has none
 * or its token fails), with the purpose it states in x-purpose (BAD_REQUEST, 400, when too long),
 * which the audit log records. The caller is known to the steps around it as soon as the token
 * verifies, so a refused purpose is recorded against that caller; the access log line names it.
 */
export function useAuthentication(options: AuthenticationOptions): GatewayPlugin {
  return {
    name: 'authentication',
    errors: AUTHENTICATION_ERRORS,
    admit: async (admission, next) => {
      admission.caller = await options.authenticate(admission.headers);
      admission.caller = withStatedPurpose(admission.caller, admission.headers);
      if (admission.access) admission.access.caller = { organisation: admission.caller.organisation, role: admission.caller.role };
      await next();
    },
  };
}
