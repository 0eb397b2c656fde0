/**
 * Real GraphQL clients as a front-end team ships them, bundled for a browser page (esbuild, from
 * node_modules, offline): urql with its defaults (queries as GET) and Apollo Client with its
 * defaults (POST, InMemoryCache). The page calls `zoneClients.<name>(url, token)`.
 */
import { build } from 'esbuild';
import path from 'node:path';

/** What a page's client got: the data, or the client's own error message. */
export interface BrowserClientResult {
  data: unknown;
  error: string | null;
}

/** The page's entry: both clients, each asking with a bearer token in Authorization. */
const ENTRY = `
import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';

async function urql(url, token) {
  const client = new Client({ url, exchanges: [cacheExchange, fetchExchange], fetchOptions: { headers: { authorization: 'Bearer ' + token } } });
  const result = await client.query('query Zones { zones { code } }', {}).toPromise();
  return { data: result.data ?? null, error: result.error ? result.error.message : null };
}

async function apollo(url, token) {
  const client = new ApolloClient({ link: new HttpLink({ uri: url, headers: { authorization: 'Bearer ' + token } }), cache: new InMemoryCache() });
  try {
    const result = await client.query({ query: gql\`query FirstEnterprise { enterprises(zone: SHAOGUAN, first: 1) { totalCount edges { node { uscc name } } } }\` });
    return { data: result.data ?? null, error: result.error ? result.error.message : null };
  } catch (error) {
    return { data: null, error: String(error && error.message) };
  }
}

globalThis.zoneClients = { urql, apollo };
`;

/** The bundle as one script (an IIFE), built from the repository's node_modules. */
export async function bundleBrowserClients(): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: path.join(__dirname, '..', '..'), loader: 'js', sourcefile: 'zone-clients.js' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
