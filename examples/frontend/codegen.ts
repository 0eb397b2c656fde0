/**
 * A front-end team's codegen, as it would sit in the team's own repository: graphql-codegen's
 * client preset against the platform's own schema (schema/audiences/platform.graphql, no running
 * product needed), the product's scalars mapped to what travels in JSON.
 *
 *   npx graphql-codegen --config examples/frontend/codegen.ts
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** What each scalar is on the wire: exact decimals and instants as strings, codes as strings. */
export const SCALARS = {
  Decimal: 'string',
  DateTime: 'string',
  USCC: 'string',
  IdNumber: 'string',
  HsCode: 'string',
  Currency: 'string',
};

const config: CodegenConfig = {
  schema: 'schema/audiences/platform.graphql',
  documents: ['examples/frontend/src/**/*.ts', '!examples/frontend/src/generated/**'],
  generates: {
    'examples/frontend/src/generated/': {
      preset: 'client',
      config: { scalars: SCALARS, strictScalars: true, enumsAsTypes: true, useTypeImports: true },
      presetConfig: { fragmentMasking: false },
    },
  },
  silent: true,
};

export default config;
