import fs from 'node:fs';
import { composeSupergraph } from './compose';
import { SUPERGRAPH_PATH, loadSubgraphSources } from './subgraphs';

// `npm run compose` rewrites schema/supergraph.graphql; `npm run compose -- --check` only compares.
const check = process.argv.includes('--check');
const outcome = composeSupergraph(loadSubgraphSources());
if (!outcome.ok) {
  console.error(`Composition failed:\n${outcome.errors.map((e) => `  - ${e}`).join('\n')}`);
  process.exit(1);
}
const current = fs.existsSync(SUPERGRAPH_PATH) ? fs.readFileSync(SUPERGRAPH_PATH, 'utf8') : '';
if (check) {
  if (current !== outcome.supergraphSdl) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose`');
    process.exit(1);
  }
  console.log('schema/supergraph.graphql is up to date');
} else {
  fs.writeFileSync(SUPERGRAPH_PATH, outcome.supergraphSdl);
  console.log(`wrote ${SUPERGRAPH_PATH}`);
}
