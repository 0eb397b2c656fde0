// GraphiQL for this gateway, for someone who has never used it: nothing is sent before the Headers
// tab holds a bearer token (no 401 on open, no introspection without a token); the schema (Docs
// pane, completion) is fetched again whenever the headers change; in development, a role picker
// puts a demo token in the Headers tab. Loaded by the page at GET /graphql after GraphiQL and the
// fetcher (zone-fetcher.js).
/* global React, ReactDOM, GraphiQL, createZoneFetcher, document, atob, fetch, TextDecoder */
(function zoneGraphiQL() {
  const config = JSON.parse(document.getElementById('zone-graphiql-config').textContent);
  const h = React.createElement;
  const JWT = /^Bearer\s+[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/i;

  /** The headers of the Headers tab as an object, or undefined while the text is not a JSON object. */
  function parseHeaders(text) {
    if (!text || !text.trim()) return {};
    try {
      const value = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** The bearer token the headers carry (a JWT), or null. */
  function bearerOf(headers) {
    for (const name of Object.keys(headers || {})) {
      const value = headers[name];
      if (name.toLowerCase() === 'authorization' && typeof value === 'string' && JWT.test(value.trim())) return value.trim();
    }
    return null;
  }

  /** Who the token says it is (its claims, read without verifying: the gateway verifies). */
  function describeToken(bearer) {
    try {
      const payload = bearer.split(/\s+/)[1].split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0))));
      return [claims.role, claims.org, claims.zone, claims.department].filter(Boolean).join(' · ');
    } catch {
      return 'unreadable token';
    }
  }

  const NO_TOKEN = {
    errors: [{
      message: 'Nothing was sent: there is no token yet. Put {"Authorization": "Bearer <token>"} in the Headers tab ' +
        '(npm run token -- --role PLATFORM --org ZONE-PLATFORM mints one).',
      extensions: { code: 'NO_TOKEN_IN_HEADERS_TAB' },
    }],
  };

  /** The fetcher of one set of headers: a request without a token is answered here, never sent. */
  function fetcherFor() {
    const fetcher = createZoneFetcher(config.endpoint);
    return function guarded(params, options) {
      if (!bearerOf(options && options.headers)) return Promise.resolve(NO_TOKEN);
      return fetcher(params, options);
    };
  }

  // Set once GraphiQL's header editor exists: the role picker reads and writes the Headers tab through it.
  let headersTab = null;

  /** Inside GraphiQL (it needs its editor context): reports the Headers tab's text as it changes. */
  function HeadersWatcher(props) {
    const { headerEditor } = GraphiQL.React.useEditorContext({ nonNull: true });
    const { onHeaders } = props;
    React.useEffect(() => {
      if (!headerEditor) return undefined;
      headersTab = { read: () => headerEditor.getValue(), write: (text) => headerEditor.setValue(text) };
      onHeaders(headerEditor.getValue());
      const changed = () => onHeaders(headerEditor.getValue());
      headerEditor.on('change', changed);
      return () => {
        headerEditor.off('change', changed);
        headersTab = null;
      };
    }, [headerEditor, onHeaders]);
    return null;
  }

  function ZoneGraphiQL() {
    // The Headers tab's headers as compared text: a new value means a new fetcher, so GraphiQL
    // fetches the schema again; text that is not JSON yet (being typed) changes nothing.
    const [headersKey, setHeadersKey] = React.useState(null);
    const onHeaders = React.useCallback((text) => {
      const headers = parseHeaders(text);
      if (headers !== undefined) setHeadersKey(JSON.stringify(headers));
    }, []);
    const bearer = headersKey === null ? null : bearerOf(JSON.parse(headersKey));
    // A new fetcher per set of headers is the point (headersKey is not read inside).
    const fetcher = React.useMemo(() => fetcherFor(), [headersKey]);
    React.useEffect(() => {
      document.getElementById('token-state').textContent = bearer
        ? `Token set (${describeToken(bearer)}): the Docs are this token's schema.`
        : 'No token yet: nothing is sent.';
      document.body.dataset.token = bearer ? 'set' : 'none';
    }, [bearer]);
    return h(GraphiQL, {
      fetcher,
      // null: no schema and no introspection; undefined: GraphiQL introspects with the Headers tab's headers.
      schema: bearer ? undefined : null,
      defaultQuery: config.defaultQuery,
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: true,
      toolbar: { additionalContent: h(HeadersWatcher, { onHeaders }) },
    });
  }

  ReactDOM.createRoot(document.getElementById('graphiql')).render(h(ZoneGraphiQL));

  // Development only: the picker mints a demo token for the role chosen and puts it in the Headers tab.
  const use = document.getElementById('demo-role-use');
  if (use && config.demoTokenPath) {
    use.addEventListener('click', async () => {
      const role = document.getElementById('demo-role').value;
      const state = document.getElementById('token-state');
      try {
        const response = await fetch(config.demoTokenPath, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role }) });
        const body = await response.json();
        if (!response.ok || !body.token) throw new Error(body.error || `HTTP ${response.status}`);
        if (!headersTab) throw new Error('GraphiQL is not ready yet');
        // The other headers stay (x-purpose, …); any Authorization, whatever its case, is replaced.
        const current = parseHeaders(headersTab.read()) || {};
        const others = Object.fromEntries(Object.entries(current).filter(([name]) => name.toLowerCase() !== 'authorization'));
        headersTab.write(JSON.stringify({ ...others, Authorization: `Bearer ${body.token}` }, null, 2));
      } catch (error) {
        state.textContent = `No demo token: ${error.message}`;
      }
    });
  }
})();
