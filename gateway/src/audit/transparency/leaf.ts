import { canonicalJson } from '@zone/common';
import { hashedContent, type SequencedAuditRecord } from '../hash';
import { leafHash } from './merkle';

/**
 * The leaf input of an entry, its canonical bytes: the UTF-8 bytes of the canonical JSON of its
 * content (hash.ts hashedContent: every column but prev_hash and hash, keys sorted, seq as a
 * string, `at` in ISO 8601 UTC with milliseconds, `unmasked` and `count` only when not null), no
 * whitespace, no byte order mark, no trailing newline. The same JSON the chain hashes, without the
 * link to the entry before: the tree stands on its own.
 */
export function leafInput(entry: SequencedAuditRecord): Buffer {
  return Buffer.from(canonicalJson(hashedContent(entry)), 'utf8');
}

/** SM3(0x00 ‖ leafInput(entry)): the entry's leaf in the tree. */
export function entryLeafHash(entry: SequencedAuditRecord): Buffer {
  return leafHash(leafInput(entry));
}
