/**
 * The README's checked examples: each GraphQL or curl example preceded by a marker comment,
 *
 *   <!-- checked example: role=PLATFORM org=ZONE-PLATFORM -->
 *
 * (also zone=, department=, scopes=a,b; stopped=<department> to run it with that department down;
 * vary=key,key for values that differ between runs, checked only to be present), then its
 * variables (a ```json block, when the operation declares any) and its answer (the next ```json
 * block). The answer is compared with what the gateway returns: every key it shows must be there
 * with that value (the README may leave keys out), arrays element by element and of the same
 * length, a string ending in "…" as a prefix; it may be the whole response, its `data`, or the
 * value of its one root field.
 */
import type { TokenClaims } from '../../gateway/src/auth/dev-keys';

export interface ReadmeExample {
  /** 1-based line of the marker. */
  line: number;
  caller: TokenClaims;
  kind: 'graphql' | 'curl';
  /** The GraphQL document, or the curl command. */
  text: string;
  variables?: Record<string, unknown>;
  answer: unknown;
  stopped?: string;
  vary: string[];
}

const MARKER = /^\s*<!-- checked example:(.*?)-->\s*$/;
const FENCE = /^\s*```(\w*)\s*$/;

/** The fenced blocks of the README from line `from` (0-based), with their language and 0-based start. */
function blocksFrom(lines: string[], from: number, count: number): { lang: string; text: string; start: number }[] {
  const blocks: { lang: string; text: string; start: number }[] = [];
  let i = from;
  while (i < lines.length && blocks.length < count) {
    const open = FENCE.exec(lines[i]!);
    if (!open) {
      // Only blank lines between the marker and its blocks, and between the blocks.
      if (lines[i]!.trim() !== '') break;
      i++;
      continue;
    }
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !FENCE.test(lines[j]!)) body.push(lines[j++]!);
    blocks.push({ lang: open[1]!, text: body.join('\n'), start: i });
    i = j + 1;
  }
  return blocks;
}

export function parseReadmeExamples(readme: string): ReadmeExample[] {
  const lines = readme.split('\n');
  const examples: ReadmeExample[] = [];
  lines.forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (!marker) return;
    const attributes = Object.fromEntries(marker[1]!.trim().split(/\s+/).filter(Boolean).map((pair) => pair.split('=') as [string, string]));
    const where = `README.md:${index + 1}`;
    const [query, ...rest] = blocksFrom(lines, index + 1, 3);
    if (!query || !['graphql', 'sh', 'bash'].includes(query.lang)) throw new Error(`${where}: a checked example starts with a graphql or sh block`);
    const kind = query.lang === 'graphql' ? 'graphql' : 'curl';
    const declaresVariables = kind === 'graphql' && /^\s*(query|mutation)\b[^{]*\(\s*\$/.test(query.text);
    const jsons = rest.filter((block) => block.lang === 'json');
    const [variables, answer] = declaresVariables ? [jsons[0], jsons[1]] : [undefined, jsons[0]];
    if (!answer) throw new Error(`${where}: a checked example is followed by its answer (a json block)`);
    const parse = (block: { text: string; start: number }) => {
      try {
        return JSON.parse(block.text) as unknown;
      } catch (error) {
        throw new Error(`README.md:${block.start + 1}: not JSON: ${(error as Error).message}`);
      }
    };
    if (!attributes.role || !attributes.org) throw new Error(`${where}: a checked example names its caller (role= org=)`);
    examples.push({
      line: index + 1,
      caller: {
        role: attributes.role as TokenClaims['role'],
        org: attributes.org,
        ...(attributes.zone ? { zone: attributes.zone as TokenClaims['zone'] } : {}),
        ...(attributes.department ? { department: attributes.department as TokenClaims['department'] } : {}),
        ...(attributes.scopes ? { scopes: attributes.scopes.split(',') } : {}),
      },
      kind,
      text: query.text,
      ...(variables ? { variables: parse(variables) as Record<string, unknown> } : {}),
      answer: parse(answer),
      ...(attributes.stopped ? { stopped: attributes.stopped } : {}),
      vary: attributes.vary ? attributes.vary.split(',') : [],
    });
  });
  return examples;
}

/** Where `actual` differs from what `expected` shows ([] when it answers as shown). */
export function differences(expected: unknown, actual: unknown, vary: readonly string[], at = '$'): string[] {
  if (typeof expected === 'string' && expected.endsWith('…')) {
    return typeof actual === 'string' && actual.startsWith(expected.slice(0, -1)) ? [] : [`${at}: expected a string starting ${JSON.stringify(expected.slice(0, -1))}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at}: expected a list, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length) return [`${at}: expected ${expected.length} elements, got ${actual.length}: ${JSON.stringify(actual).slice(0, 400)}`];
    return expected.flatMap((item, i) => differences(item, actual[i], vary, `${at}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    const record = actual as Record<string, unknown>;
    return Object.entries(expected).flatMap(([key, value]) => {
      if (!(key in record)) return [`${at}.${key}: missing`];
      if (vary.includes(key)) return [];
      return differences(value, record[key], vary, `${at}.${key}`);
    });
  }
  return Object.is(expected, actual) ? [] : [`${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

/** [] when the answer shows the whole response, its data or its one root field's value; else the closest miss. */
export function answerDifferences(answer: unknown, response: { data?: unknown; errors?: unknown }, vary: readonly string[]): string[] {
  const data = response.data as Record<string, unknown> | null | undefined;
  const roots = data && typeof data === 'object' ? Object.values(data) : [];
  const candidates = [response, data, ...(roots.length === 1 ? [roots[0]] : [])];
  const misses = candidates.map((candidate) => differences(answer, candidate, vary));
  if (misses.some((miss) => miss.length === 0)) return [];
  return misses.reduce((best, miss) => (miss.length < best.length ? miss : best));
}

/** The JSON body and headers of a README curl command (`-H 'name: value'`, `-d '…'`), $TOKEN-like variables given. */
export function curlRequest(command: string, token: string): { headers: Record<string, string>; body: string } {
  const joined = command.replace(/\\\n/g, ' ');
  const headers: Record<string, string> = {};
  for (const match of joined.matchAll(/-H\s+(?:'([^']*)'|"([^"]*)")/g)) {
    const header = (match[1] ?? match[2])!.replace(/\$[A-Z_]+/g, token);
    const colon = header.indexOf(':');
    headers[header.slice(0, colon).trim().toLowerCase()] = header.slice(colon + 1).trim();
  }
  const data = /-d\s+'([^']*)'/.exec(joined);
  if (!data) throw new Error(`a curl example sends its body with -d '…': ${command}`);
  return { headers, body: data[1]! };
}
