/**
 * Prints each audience's schema (schema/audiences/{platform,bank,regulator,department}.graphql) from the
 * supergraph's contracts (gateway/src/contracts): exactly what that audience's introspection
 * returns, sorted, so a front-end team can run codegen against its own schema without a running
 * product. `npm run audiences` writes them; `npm run audiences -- --check` fails when one is stale
 * (test/audience-schemas.test.ts also compares them with each audience's live introspection).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, introspectionFromSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/src/config';
import { CONTRACT_VARIANTS, createContracts, type ContractVariantName } from '../gateway/src/contracts';

export const AUDIENCES_DIR = path.join(__dirname, '..', 'schema', 'audiences');

const HEADER = (name: string) =>
  `# The ${name} audience's schema, as its introspection at the gateway returns it (sorted).\n# Printed by \`npm run audiences\` from schema/supergraph.graphql and gateway/src/contracts; do not edit.\n\n`;

/** The schema as a client rebuilds it from introspection, printed in a stable order. */
export function printAudienceSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(buildClientSchema(introspectionFromSchema(schema, { descriptions: true, specifiedByUrl: true }))));
}

/**
 * Each variant's file, and `department`: the whole API schema officers and department systems
 * see, against which the departments' own calls to the gateway are typed (codegen.yml).
 */
export function audienceFiles(supergraphSdl: string): Record<ContractVariantName | 'department', string> {
  const contracts = createContracts(supergraphSdl);
  const files = { department: `${HEADER('department')}${printAudienceSchema(contracts.apiSchema)}\n` } as Record<ContractVariantName | 'department', string>;
  for (const name of Object.keys(CONTRACT_VARIANTS) as ContractVariantName[]) {
    files[name] = `${HEADER(name)}${printAudienceSchema(contracts.variants.get(name)!)}\n`;
  }
  return files;
}

function main(): void {
  const check = process.argv.includes('--check');
  const files = audienceFiles(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'));
  fs.mkdirSync(AUDIENCES_DIR, { recursive: true });
  const stale: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(AUDIENCES_DIR, `${name}.graphql`);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (current === text) continue;
    if (check) stale.push(path.relative(process.cwd(), file));
    else fs.writeFileSync(file, text);
  }
  if (stale.length > 0) {
    console.error(`stale audience schemas (run npm run audiences): ${stale.join(', ')}`);
    process.exit(1);
  }
}

if (require.main === module) main();
