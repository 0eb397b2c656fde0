import path from 'node:path';
import express from 'express';
import type { TokenClaims } from './auth/dev-keys';
import { DEMO_ROLES } from './console';
import { demoTokenRoutes, type DemoRole, type DemoTokenMinter } from './demo-tokens';

/** Files GraphiQL needs, served from node_modules: these networks reach no CDN. */
const packageFile = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);
const ASSETS: Record<string, string> = {
  'react.production.min.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.production.min.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.min.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.min.css': packageFile('graphiql', 'graphiql.min.css'),
  'graphql-ws.min.js': packageFile('graphql-ws', 'umd/graphql-ws.min.js'),
  // The page's fetcher: queries and mutations over HTTP, subscriptions over WebSocket.
  'zone-fetcher.js': path.join(__dirname, '..', 'static', 'graphiql-fetcher.js'),
  // The page: nothing sent without a token, the schema fetched again when the headers change, the demo roles.
  'zone-graphiql.js': path.join(__dirname, '..', 'static', 'graphiql-page.js'),
};

const DEFAULT_QUERY = `# The zone data-exchange API: one query across commerce, customs, tax, forex, post and public security.
{
  enterprises(zone: SHAOGUAN, first: 3) {
    totalCount
    edges {
      node {
        uscc
        name
        zone
        orders(first: 5) {
          orderNo
          ebpCode
          actualPaid
          payment { payTransactionId amountPaid }
          waybill { logisticsNo }
          inventoryList { invtNo status }
          taxBill { totalTax }
          buyerIdentityCheck { verdict }
        }
      }
    }
  }
}
`;

const demoRole = (id: string, label: string, claims: TokenClaims): DemoRole => ({ id, label, claims });

/** The roles GraphiQL's development picker offers: one of each audience of the API, then the console's. */
export const GRAPHIQL_DEMO_ROLES: readonly DemoRole[] = [
  demoRole('platform', 'Zone platform (PLATFORM, ZONE-PLATFORM)', { role: 'PLATFORM', org: 'ZONE-PLATFORM' }),
  demoRole('bank', 'Partner bank (BANK, registered operations only)', { role: 'BANK', org: '91440200BLLJ5275GD' }),
  ...DEMO_ROLES,
];

/** Where the page asks for a demo token (development only). */
export const GRAPHIQL_DEMO_TOKEN_PATH = '/graphiql/demo/token';

export interface GraphiqlOptions {
  /**
   * Development only (npm start, tests): mints a token for one of GRAPHIQL_DEMO_ROLES, offered on
   * the page as a role picker, to callers on this machine. Absent (production): no picker, and
   * /graphiql/demo/* does not exist.
   */
  demoTokens?: DemoTokenMinter | null;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function graphiqlHtml(endpoint: string, assetBase: string, options: { demoRoles: readonly DemoRole[] | null }): string {
  const config = { endpoint, defaultQuery: DEFAULT_QUERY, demoTokenPath: options.demoRoles ? GRAPHIQL_DEMO_TOKEN_PATH : null };
  const picker = options.demoRoles
    ? `
  <span id="demo-roles"><strong>Development:</strong> or pick a demo role
    <select id="demo-role" aria-label="Demo role">${options.demoRoles.map((r) => `<option value="${escapeHtml(r.id)}">${escapeHtml(r.label)}</option>`).join('')}</select>
    <button type="button" id="demo-role-use">Use this role</button> (puts its token in the Headers tab).</span>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Zone data-exchange API · GraphiQL</title>
<link rel="stylesheet" href="${assetBase}/graphiql.min.css">
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #token-help { padding: 8px 14px; background: #fff8e1; border-bottom: 1px solid #e0c97f; font-size: 14px; line-height: 1.5; }
  #token-help code { background: #f3ecd2; padding: 0 3px; }
  #token-state { font-weight: 600; }
  #demo-roles { display: block; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="token-help" role="note">
  <strong>Every request needs a token.</strong> Put <code>{"Authorization": "Bearer &lt;token&gt;"}</code> in the
  <strong>Headers tab</strong> (bottom left, under the query). To mint one, run
  <code>npm run token -- --role PLATFORM --org ZONE-PLATFORM</code> (<code>npm start</code> prints one when it starts;
  other roles: README, Security). Nothing is sent until a token is set; the Docs load for that token, and again
  whenever the headers change.
  <span id="token-state" aria-live="polite">No token yet: nothing is sent.</span>${picker}
</div>
<div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="zone-graphiql-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="${assetBase}/react.production.min.js"></script>
<script src="${assetBase}/react-dom.production.min.js"></script>
<script src="${assetBase}/graphiql.min.js"></script>
<script src="${assetBase}/graphql-ws.min.js"></script>
<script src="${assetBase}/zone-fetcher.js"></script>
<script src="${assetBase}/zone-graphiql.js"></script>
</body>
</html>`;
}

/**
 * Self-hosted GraphiQL: the page at GET /graphql for browsers, its assets under /graphiql/ and, in
 * development, the demo tokens of its role picker under /graphiql/demo/.
 */
export function graphiqlRouter(options: GraphiqlOptions = {}): express.Router {
  const router = express.Router();
  const { demoTokens } = options;
  if (demoTokens) demoTokenRoutes(router, '/graphiql/demo', GRAPHIQL_DEMO_ROLES, demoTokens);
  router.get('/graphiql/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  const html = graphiqlHtml('/graphql', '/graphiql', { demoRoles: demoTokens ? GRAPHIQL_DEMO_ROLES : null });
  router.get('/graphql', (req, res, next) => {
    // GraphQL GET requests (with ?query=) and non-browser clients go on to the server.
    if (req.query.query !== undefined || !req.accepts('text/html') || req.accepts(['application/json', 'text/html']) === 'application/json') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(html);
  });
  return router;
}
