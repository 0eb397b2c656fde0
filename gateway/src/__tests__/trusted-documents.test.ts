import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { DEFAULT_SUPERGRAPH_PATH } from '../config';
import { isIntrospectionOnly } from '../plugins/useTrustedDocuments';
import {
  DEFAULT_TRUSTED_DOCUMENTS_PATH,
  loadManifest,
  manifestOf,
  parseManifest,
  readOperationSources,
  serializeManifest,
  sha256Hex,
  trustedDocumentsOf,
} from '../trusted-documents/manifest';
import { apiSchemaOf, manifestProblems } from '../trusted-documents/validate';

const BODY = 'query A { zones { code } }';
const VALID = { format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256Hex(BODY), name: 'A', type: 'query', body: BODY }] };

describe('the committed trusted documents manifest', () => {
  const committed = fs.readFileSync(DEFAULT_TRUSTED_DOCUMENTS_PATH, 'utf8');

  it('is what npm run trusted-documents makes of gateway/operations/*.graphql', () => {
    expect(committed).toBe(serializeManifest(manifestOf(readOperationSources())));
  });

  it('holds the bank operations, each validating against the supergraph API schema', () => {
    const manifest = loadManifest(DEFAULT_TRUSTED_DOCUMENTS_PATH);
    expect(manifest.operations.map((o) => o.name)).toEqual(expect.arrayContaining(['BankSettlementEvidence', 'BankOrdersOfEnterprise']));
    expect(manifestProblems(manifest, apiSchemaOf(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')))).toEqual([]);
  });

  it('reports an operation that does not validate, naming it', () => {
    const manifest = manifestOf([{ file: 'x.graphql', text: 'query Broken { order(ebpCode: "a", orderNo: "b") { noSuchField } }' }]);
    const problems = manifestProblems(manifest, apiSchemaOf(fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Broken: .*noSuchField/);
  });
});

describe('manifest loader', () => {
  it('accepts a well-formed manifest', () => {
    expect(parseManifest(VALID)).toEqual(VALID);
  });

  it.each<[string, unknown, string]>([
    ['not an object', 42, 'not a JSON object'],
    ['another format', { ...VALID, format: 'relay' }, 'format must be'],
    ['another version', { ...VALID, version: 2 }, 'version must be 1'],
    ['no operations', { ...VALID, operations: {} }, 'operations must be an array'],
    ['an id that is not the body hash', { ...VALID, operations: [{ ...VALID.operations[0], id: 'abc' }] }, 'id must be the SHA-256 hex of its body'],
    ['a duplicate', { ...VALID, operations: [VALID.operations[0], VALID.operations[0]] }, 'duplicate id'],
    ['a bad type', { ...VALID, operations: [{ ...VALID.operations[0], type: 'fetch' }] }, 'type must be'],
  ])('refuses %s', (_name, value, message) => {
    expect(() => parseManifest(value)).toThrow(message);
  });

  it('names the file and the setting when the file cannot be read', () => {
    const missing = path.join(os.tmpdir(), 'no-such-manifest.json');
    expect(() => loadManifest(missing)).toThrow(`TRUSTED_DOCUMENTS_PATH: cannot read ${missing}`);
  });
});

describe('manifest generation', () => {
  it('keys each operation by the SHA-256 of its printed body, so formatting does not change the id', () => {
    const a = manifestOf([{ file: 'a.graphql', text: 'query Z { zones { code } }' }]);
    const b = manifestOf([{ file: 'a.graphql', text: '# comment\nquery   Z {\n  zones {\n code }\n}\n' }]);
    expect(a).toEqual(b);
    expect(a.operations[0]!.id).toBe(sha256Hex(a.operations[0]!.body));
    expect(a.operations[0]).toMatchObject({ name: 'Z', type: 'query' });
  });

  it('requires one named operation per file and unique names', () => {
    expect(() => manifestOf([{ file: 'a.graphql', text: '{ zones { code } }' }])).toThrow('must be named');
    expect(() => manifestOf([{ file: 'a.graphql', text: 'query A { zones { code } } query B { zones { code } }' }])).toThrow('exactly one operation');
    expect(() => manifestOf([{ file: 'a.graphql', text: 'query A { zones { code } }' }, { file: 'b.graphql', text: 'query A { zones { name } }' }])).toThrow('defined twice');
  });
});

describe('matching', () => {
  const documents = trustedDocumentsOf(parseManifest(VALID));

  it('resolves a registered id to its body and nothing else', () => {
    expect(documents.bodyOf(sha256Hex(BODY))).toBe(BODY);
    expect(documents.bodyOf(sha256Hex('query B { zones { code } }'))).toBeUndefined();
  });

  it('recognises only the exact registered text', () => {
    expect(documents.isRegistered(BODY)).toBe(true);
    expect(documents.nameOf(BODY)).toBe('A');
    expect(documents.isRegistered(`${BODY} `)).toBe(false);
    expect(documents.isRegistered('query A { zones { code name } }')).toBe(false);
  });

  it('lets introspection alone through, and nothing mixed with it', () => {
    expect(isIntrospectionOnly(parse('{ __schema { types { name } } }'))).toBe(true);
    expect(isIntrospectionOnly(parse('query I { ...F } fragment F on Query { __type(name: "Order") { name } __typename }'), 'I')).toBe(true);
    expect(isIntrospectionOnly(parse('{ __typename zones { code } }'))).toBe(false);
    expect(isIntrospectionOnly(parse('{ ... on Query { zones { code } } }'))).toBe(false);
  });
});
