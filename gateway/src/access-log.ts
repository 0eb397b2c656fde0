import type express from 'express';
import type { Experimental_DidResolveQueryPlanCallback } from '@apollo/gateway';
import type { Logger } from '@zone/common';

type PlanNode = NonNullable<Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan']['node']>;

/** What one HTTP request to /graphql did, gathered while it runs for its access log line. */
export interface AccessRecord {
  /** The caller as authenticated (organisation code and role only: nothing personal); null when refused before. */
  caller: { organisation: string; role: string } | null;
  /** The operations it carried, by name (null: anonymous), in order; several for a batch. */
  operations: (string | null)[];
  /** `extensions.code` of every error answered, each once. */
  errorCodes: Set<string>;
  /** Subgraphs the query plans fetch from (departments, and the gateway's own in-process ones). */
  subgraphs: Set<string>;
  /** Some operation answered data beside its errors. */
  partial: boolean;
}

/** The services a query plan fetches from. */
export function servicesOfPlan(node: PlanNode | undefined, into: Set<string>): Set<string> {
  if (!node) return into;
  switch (node.kind) {
    case 'Fetch':
      into.add(node.serviceName);
      break;
    case 'Sequence':
    case 'Parallel':
      for (const child of node.nodes) servicesOfPlan(child, into);
      break;
    case 'Flatten':
      servicesOfPlan(node.node, into);
      break;
    case 'Condition':
      servicesOfPlan(node.ifClause, into);
      servicesOfPlan(node.elseClause, into);
      break;
    case 'Defer':
      servicesOfPlan(node.primary.node, into);
      for (const deferred of node.deferred) servicesOfPlan(deferred.node, into);
      break;
    case 'Subscription':
      into.add(node.primary.serviceName);
      servicesOfPlan(node.rest, into);
      break;
    default:
      break;
  }
  return into;
}

const RECORD = 'access';

/** The access record of a response, set by accessLog. */
export function accessRecordOf(res: express.Response): AccessRecord | undefined {
  return res.locals[RECORD] as AccessRecord | undefined;
}

/**
 * One structured line per HTTP request (pino, message "request"): request id (also in the
 * x-request-id response header), caller organisation and role, operation names, HTTP status and
 * outcome (ok, partial: data with errors, error, refused: 4xx/5xx without data, aborted: the
 * client went away), duration, the subgraphs its plans fetch from, and the error codes answered.
 * Never the document, the variables or anything a token claims beyond organisation and role.
 */
export function accessLog(log: Logger): express.RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const record: AccessRecord = { caller: null, operations: [], errorCodes: new Set(), subgraphs: new Set(), partial: false };
    res.locals[RECORD] = record;
    let written = false;
    const write = (aborted: boolean) => {
      if (written) return;
      written = true;
      const status = res.statusCode;
      const outcome = aborted ? 'aborted' : status >= 400 ? 'refused' : record.errorCodes.size === 0 ? 'ok' : record.partial ? 'partial' : 'error';
      log.info(
        {
          requestId: res.locals.requestId as string,
          method: req.method,
          status,
          outcome,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
          organisation: record.caller?.organisation ?? null,
          role: record.caller?.role ?? null,
          operations: record.operations,
          subgraphs: [...record.subgraphs].sort(),
          ...(record.errorCodes.size > 0 ? { errorCodes: [...record.errorCodes] } : {}),
        },
        'request',
      );
    };
    res.on('finish', () => write(false));
    res.on('close', () => write(!res.writableFinished));
    next();
  };
}
