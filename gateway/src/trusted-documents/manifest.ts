import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';

/** One registered operation of Apollo's persisted query manifest. */
export interface ManifestOperation {
  /** SHA-256 (hex) of `body`. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

/** Apollo's persisted query manifest format (`apollo-persisted-query-manifest`, version 1). */
export interface Manifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

export const MANIFEST_FORMAT = 'apollo-persisted-query-manifest';

/** The committed manifest, next to the gateway's package. */
export const DEFAULT_TRUSTED_DOCUMENTS_PATH = path.join(__dirname, '..', '..', 'trusted-documents.json');
/** Where the registered operations are written, one per file. */
export const OPERATIONS_DIR = path.join(__dirname, '..', '..', 'operations');

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Checks a parsed JSON value is a well-formed manifest whose ids are the SHA-256 of their bodies; throws naming the fault. */
export function parseManifest(value: unknown, source = 'trusted documents manifest'): Manifest {
  const fail = (why: string): never => {
    throw new Error(`${source}: ${why}`);
  };
  if (typeof value !== 'object' || value === null) return fail('not a JSON object');
  const { format, version, operations } = value as Record<string, unknown>;
  if (format !== MANIFEST_FORMAT) fail(`format must be "${MANIFEST_FORMAT}", got ${JSON.stringify(format)}`);
  if (version !== 1) fail(`version must be 1, got ${JSON.stringify(version)}`);
  if (!Array.isArray(operations)) return fail('operations must be an array');
  const ids = new Set<string>();
  const checked = operations.map((entry: unknown, index): ManifestOperation => {
    const { id, name, type, body } = (entry ?? {}) as Record<string, unknown>;
    const where = `operations[${index}]`;
    if (typeof body !== 'string' || body.length === 0) return fail(`${where}.body must be a non-empty string`);
    if (typeof name !== 'string' || name.length === 0) return fail(`${where}.name must be a non-empty string`);
    if (type !== 'query' && type !== 'mutation' && type !== 'subscription') return fail(`${where}.type must be query, mutation or subscription`);
    if (typeof id !== 'string' || id !== sha256Hex(body)) return fail(`${where} (${name}): id must be the SHA-256 hex of its body`);
    if (ids.has(id)) fail(`${where} (${name}): duplicate id ${id}`);
    ids.add(id);
    return { id, name, type, body };
  });
  return { format: MANIFEST_FORMAT, version: 1, operations: checked };
}

/** Reads and checks a manifest file (TRUSTED_DOCUMENTS_PATH). */
export function loadManifest(file: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`TRUSTED_DOCUMENTS_PATH: cannot read ${file}: ${(error as Error).message}`);
  }
  return parseManifest(json, file);
}

/** Registered operations by id, for the gateway. */
export interface TrustedDocuments {
  /** The registered body with this id, if any. */
  bodyOf: (id: string) => string | undefined;
  /** Whether this exact text (compared by its SHA-256) is a registered body. */
  isRegistered: (text: string) => boolean;
  /** The registered operation's name for an exact text, if registered. */
  nameOf: (text: string) => string | undefined;
}

export function trustedDocumentsOf(manifest: Manifest): TrustedDocuments {
  const byId = new Map(manifest.operations.map((operation) => [operation.id, operation]));
  return {
    bodyOf: (id) => byId.get(id)?.body,
    isRegistered: (text) => byId.has(sha256Hex(text)),
    nameOf: (text) => byId.get(sha256Hex(text))?.name,
  };
}

/**
 * One manifest entry per `.graphql` source, each holding exactly one named operation (and the
 * fragments it uses). The body is graphql-js's printed form, so reformatting a file keeps its id.
 */
export function manifestOf(sources: { file: string; text: string }[]): Manifest {
  const operations = sources.map(({ file, text }): ManifestOperation => {
    const document = parse(text);
    const definitions = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (definitions.length !== 1) throw new Error(`${file}: must hold exactly one operation, found ${definitions.length}`);
    const operation = definitions[0]!;
    if (!operation.name) throw new Error(`${file}: the operation must be named`);
    const body = print(document);
    return { id: sha256Hex(body), name: operation.name.value, type: operation.operation, body };
  });
  const names = new Set<string>();
  for (const { name } of operations) {
    if (names.has(name)) throw new Error(`operation ${name} is defined twice`);
    names.add(name);
  }
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { format: MANIFEST_FORMAT, version: 1, operations };
}

/** The `.graphql` files of a folder, in name order. */
export function readOperationSources(dir: string = OPERATIONS_DIR): { file: string; text: string }[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => ({ file: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** The manifest as committed: two-space JSON with a final newline. */
export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
