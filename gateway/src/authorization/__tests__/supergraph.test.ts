import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { executableSupergraphSdl, securityLinksOf } from '../supergraph';
import { parse } from 'graphql';
import { fixtureSupergraphSdl } from './fixture';

const COMMITTED = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'schema', 'supergraph.graphql'), 'utf8');

describe('executableSupergraphSdl', () => {
  it('is needed: @apollo/gateway refuses the authorization specs linked for: SECURITY', () => {
    expect(securityLinksOf(parse(COMMITTED)).map((l) => l.spec).sort()).toEqual(['authenticated', 'policy', 'requiresScopes']);
    expect(() => Supergraph.build(COMMITTED)).toThrow(/is for: SECURITY but is unsupported/);
  });

  it('removes the links, their definitions and every application, and the gateway then loads it', () => {
    const executable = executableSupergraphSdl(COMMITTED);
    expect(executable).not.toMatch(/@authenticated|@requiresScopes|@policy|requiresScopes__Scope|policy__Policy|(authenticated|requiresScopes|policy)\/v[0-9.]+", for: SECURITY/);
    const api = Supergraph.build(executable).apiSchema().toGraphQLJSSchema();
    expect(api.getType('Buyer')).toBeDefined();
    // @inaccessible (for: SECURITY too) stays: the gateway implements it, and the issuers' attestation records are out of the API.
    expect(executable).toMatch(/inaccessible\/v[0-9.]+", for: SECURITY/);
    expect(Object.keys(api.getQueryType()!.getFields())).not.toContain('attestationRecords');
    expect(Object.keys(api.getMutationType()!.getFields())).toContain('submitOrder');
  });

  it('leaves every other part of the supergraph as it was', () => {
    const sdl = fixtureSupergraphSdl();
    const api = (text: string) => Supergraph.build(text, { supportedFeatures: null }).apiSchema().toString();
    expect(api(executableSupergraphSdl(sdl))).toBe(api(sdl).replace(/ @(authenticated|requiresScopes|policy)(\([^)]*\))?/g, ''));
  });

  it('returns a supergraph without authorization links unchanged', () => {
    const plain = executableSupergraphSdl(COMMITTED);
    expect(executableSupergraphSdl(plain)).toBe(plain);
  });
});
