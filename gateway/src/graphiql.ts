import path from 'node:path';
import express from 'express';

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

export function graphiqlHtml(endpoint: string, assetBase: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Zone data-exchange API · GraphiQL</title>
<link rel="stylesheet" href="${assetBase}/graphiql.min.css">
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #token-help { padding: 8px 14px; background: #fff8e1; border-bottom: 1px solid #e0c97f; font-size: 14px; line-height: 1.4; }
  #token-help code { background: #f3ecd2; padding: 0 3px; }
  #graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="token-help" role="note">
  <strong>Every request needs a token.</strong> Open the <strong>Headers tab</strong> (bottom left) and put
  <code>{"Authorization": "Bearer &lt;token&gt;"}</code> there. To mint a development token, run
  <code>npm run token -- --role PLATFORM --org ZONE-PLATFORM</code> (<code>npm start</code> prints one when it starts).
  Once the token is set, reload the page (or press the schema refresh button) to load the Docs.
</div>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${assetBase}/react.production.min.js"></script>
<script src="${assetBase}/react-dom.production.min.js"></script>
<script src="${assetBase}/graphiql.min.js"></script>
<script src="${assetBase}/graphql-ws.min.js"></script>
<script src="${assetBase}/zone-fetcher.js"></script>
<script>
  const fetcher = createZoneFetcher(${JSON.stringify(endpoint)});
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher,
    defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: true,
  }));
</script>
</body>
</html>`;
}

/** Self-hosted GraphiQL: the page at GET /graphql for browsers and its assets under /graphiql/. */
export function graphiqlRouter(): express.Router {
  const router = express.Router();
  router.get('/graphiql/:file', (req, res, next) => {
    const file = ASSETS[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  router.get('/graphql', (req, res, next) => {
    // GraphQL GET requests (with ?query=) and non-browser clients go on to the server.
    if (req.query.query !== undefined || !req.accepts('text/html') || req.accepts(['application/json', 'text/html']) === 'application/json') return next();
    res.type('html').send(graphiqlHtml('/graphql', '/graphiql'));
  });
  return router;
}
