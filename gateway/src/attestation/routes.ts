import { Router } from 'express';
import type { KeyDirectory, Logger } from '@zone/common';
import { ATTESTING_DEPARTMENTS, type IssuerClient } from './issuers';

/**
 * The public documents of mutual recognition, for verifiers that work offline (no token needed,
 * nothing personal in them): GET /keys/departments.json, the key directory; GET
 * /keys/revocations.json, each issuing department's revocation list as it signed it.
 */
export function attestationKeysRouter(options: { directory: KeyDirectory; issuers: IssuerClient; log: Logger }): Router {
  const router = Router();
  router.get('/keys/departments.json', (_req, res) => {
    res.setHeader('cache-control', 'public, max-age=300');
    res.json(options.directory);
  });
  router.get('/keys/revocations.json', async (_req, res) => {
    const lists = await Promise.all(
      ATTESTING_DEPARTMENTS.map(async (department) => {
        try {
          return { department, list: await options.issuers.revocationList(department) };
        } catch (error) {
          options.log.warn({ err: error, department }, 'revocation list unavailable');
          return { department, list: null };
        }
      }),
    );
    const unavailable = lists.filter((entry) => entry.list === null).map((entry) => entry.department);
    res.setHeader('cache-control', 'no-store');
    res.status(unavailable.length === 0 ? 200 : 503).json({
      generatedAt: new Date().toISOString(),
      lists: lists.filter((entry) => entry.list !== null),
      ...(unavailable.length ? { unavailable } : {}),
    });
  });
  return router;
}
