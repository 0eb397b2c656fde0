import { Router, type Response } from 'express';
import type { Logger } from '@zone/common';
import type { TransparencyLog } from './transparency-log';

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The audit log's public documents, for anyone who keeps a copy and verifies offline (no token,
 * nothing personal: a size, a root hash, a signature, a public key): GET /audit/tree-head, the
 * latest SignedTreeHead; GET /audit/keys.json, the key that signs them.
 */
export function auditTreeRouter(options: { transparency: TransparencyLog | null; log: Logger }): Router {
  const router = Router();
  const { transparency, log } = options;
  router.get('/audit/tree-head', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    if (!transparency) return refuse(res, 503, 'AUDIT_UNAVAILABLE', 'The audit log is not configured on this gateway');
    try {
      const head = await transparency.latestHead();
      if (!head) return refuse(res, 404, 'NOT_FOUND', 'No tree head has been signed yet');
      res.json(head);
    } catch (error) {
      log.error({ err: error }, 'audit tree head unavailable');
      refuse(res, 503, 'AUDIT_UNAVAILABLE', 'The audit log cannot be read right now');
    }
  });
  router.get('/audit/keys.json', (_req, res) => {
    const keys = transparency?.keys() ?? null;
    if (!keys) return refuse(res, 404, 'NOT_FOUND', 'This gateway signs no tree heads: no audit signing key is configured');
    res.setHeader('cache-control', 'public, max-age=300');
    res.json(keys);
  });
  return router;
}
