// GraphiQL's fetcher for this gateway, loaded by the page at GET /graphql: queries and mutations go
// over HTTP; a subscription goes over WebSocket to the same path (the graphql-ws protocol), with
// the Headers tab (Authorization: Bearer …) sent as the connection's parameters.
/* global GraphiQL, graphqlWs */
globalThis.createZoneFetcher = function createZoneFetcher(endpoint) {
  const { location } = globalThis;
  const subscriptionUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + endpoint;
  const overHttp = GraphiQL.createFetcher({ url: endpoint });

  // The type of the operation to run: the top-level operation of that name, or the first one.
  function operationType(query, operationName) {
    const text = query.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*/g, ' ');
    const operations = [];
    let depth = 0;
    const token = /[{}]|\b(query|mutation|subscription)\b\s*([_A-Za-z][_0-9A-Za-z]*)?/g;
    for (let m = token.exec(text); m; m = token.exec(text)) {
      if (m[0] === '{') {
        if (depth === 0 && (operations.length === 0 || operations[operations.length - 1].open)) operations.push({ type: 'query', name: null });
        if (depth === 0) operations[operations.length - 1].open = true;
        depth++;
      } else if (m[0] === '}') depth--;
      else if (depth === 0) operations.push({ type: m[1], name: m[2] || null, open: false });
    }
    const chosen = operationName ? operations.find((o) => o.name === operationName) : operations[0];
    return chosen ? chosen.type : 'query';
  }

  function errorResult(error) {
    if (Array.isArray(error)) return { errors: error };
    if (error && typeof error.code === 'number') return { errors: [{ message: 'The gateway closed the connection (' + error.code + (error.reason ? ': ' + error.reason : '') + ')' }] };
    return { errors: [{ message: String((error && error.message) || error) }] };
  }

  return function fetcher(params, options) {
    if (params.operationName === 'IntrospectionQuery' || operationType(params.query, params.operationName) !== 'subscription') return overHttp(params, options);
    const client = graphqlWs.createClient({ url: subscriptionUrl, connectionParams: (options && options.headers) || {}, lazy: true, retryAttempts: 0 });
    const results = client.iterate({ query: params.query, operationName: params.operationName || undefined, variables: params.variables || undefined });
    let ended = false;
    const end = () => {
      if (!ended) void client.dispose();
      ended = true;
    };
    return {
      [Symbol.asyncIterator]() {
        return {
          next: () =>
            ended
              ? Promise.resolve({ done: true, value: undefined })
              : results.next().then(
                  (result) => {
                    if (result.done) end();
                    return result;
                  },
                  (error) => {
                    end();
                    return { value: errorResult(error), done: false };
                  },
                ),
          return: () => {
            end();
            return Promise.resolve({ done: true, value: undefined });
          },
        };
      },
    };
  };
};
