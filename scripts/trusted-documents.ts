/**
 * Regenerates gateway/trusted-documents.json from gateway/operations/*.graphql (ids: SHA-256 hex of
 * each printed body) after checking every operation against the supergraph's API schema.
 * `--check` only compares and fails when the committed manifest is stale.
 */
import fs from 'node:fs';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import {
  DEFAULT_TRUSTED_DOCUMENTS_PATH,
  manifestOf,
  readOperationSources,
  serializeManifest,
} from '../gateway/src/trusted-documents/manifest';
import { apiSchemaOf, manifestProblems } from '../gateway/src/trusted-documents/validate';

function main(): void {
  const manifest = manifestOf(readOperationSources());
  const problems = manifestProblems(manifest, apiSchemaOf(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')));
  if (problems.length > 0) {
    console.error(`registered operations do not validate against the supergraph:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const text = serializeManifest(manifest);
  const current = fs.existsSync(DEFAULT_TRUSTED_DOCUMENTS_PATH) ? fs.readFileSync(DEFAULT_TRUSTED_DOCUMENTS_PATH, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${DEFAULT_TRUSTED_DOCUMENTS_PATH} is stale: run npm run trusted-documents`);
      process.exit(1);
    }
    console.log('trusted documents manifest is up to date');
    return;
  }
  fs.writeFileSync(DEFAULT_TRUSTED_DOCUMENTS_PATH, text);
  for (const operation of manifest.operations) console.log(`${operation.id}  ${operation.name}`);
  console.log(`wrote ${manifest.operations.length} operations to ${DEFAULT_TRUSTED_DOCUMENTS_PATH}`);
}

main();
