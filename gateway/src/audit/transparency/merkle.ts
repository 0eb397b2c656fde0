// The Merkle tree of RFC 9162 (Certificate Transparency v2, §2.1) with SM3 (GB/T 32905) as its
// hash. Pure functions: nothing here reads a database, so anyone can check a proof with this file
// alone, or rewrite it from the RFC.
//
//   leaf hash   = SM3(0x00 ‖ leaf input)
//   node hash   = SM3(0x01 ‖ left ‖ right)
//   MTH({})     = SM3() (of the empty string)
//   MTH(D[n])   = node hash(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two below n
//
// Tree positions are JavaScript numbers: exact up to 2^53 leaves, and never combined with the
// 32-bit bitwise operators.
import { createHash } from 'node:crypto';

/** Bytes of one SM3 digest. */
export const HASH_BYTES = 32;

function sm3(...parts: Uint8Array[]): Buffer {
  const hash = createHash('sm3');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** SM3(0x00 ‖ input): the hash of one leaf (RFC 9162 §2.1.1). */
export function leafHash(input: Uint8Array): Buffer {
  return sm3(LEAF_PREFIX, input);
}

/** SM3(0x01 ‖ left ‖ right): the hash of an interior node (RFC 9162 §2.1.1). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return sm3(NODE_PREFIX, left, right);
}

/** MTH of the empty list: SM3 of no bytes. */
export const EMPTY_TREE_HASH: Buffer = sm3();

/** k of RFC 9162: the largest power of two smaller than n (n ≥ 2), so that k < n ≤ 2k. */
export function splitPoint(n: number): number {
  if (!Number.isSafeInteger(n) || n < 2) throw new RangeError(`a tree of ${n} leaves has no split point`);
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Leaves [start, end) of the tree: the subtree whose MTH is one value of a proof. */
export type LeafRange = readonly [start: number, end: number];

/**
 * A complete subtree: the 2^level leaves from index × 2^level. Its hash never changes once its
 * last leaf is in, so it can be stored (level 0: the leaf hashes).
 */
export interface NodeId {
  level: number;
  index: number;
}

function checkSizes(index: number, size: number, indexName: string): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`tree size must be a whole number, got ${size}`);
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`${indexName} must be a whole number, got ${index}`);
}

/**
 * The leaf ranges whose MTH make up the inclusion proof PATH(m, D[n]) (RFC 9162 §2.1.3.1), in the
 * order of the proof (nearest the leaf first):
 *   PATH(0, {d0}) = {}
 *   m < k: PATH(m, D[0:k]) : MTH(D[k:n])
 *   m ≥ k: PATH(m - k, D[k:n]) : MTH(D[0:k])
 */
export function inclusionProofRanges(m: number, n: number): LeafRange[] {
  checkSizes(m, n, 'leaf index');
  if (m >= n) throw new RangeError(`leaf index ${m} is not in a tree of ${n} leaves`);
  const ranges: LeafRange[] = [];
  const path = (index: number, start: number, end: number): void => {
    if (end - start <= 1) return;
    const k = splitPoint(end - start);
    if (index < k) {
      path(index, start, start + k);
      ranges.push([start + k, end]);
    } else {
      path(index - k, start + k, end);
      ranges.push([start, start + k]);
    }
  };
  path(m, 0, n);
  return ranges;
}

/**
 * The leaf ranges whose MTH make up the consistency proof PROOF(m, D[n]) (RFC 9162 §2.1.4.1),
 * 0 < m ≤ n (m = n: the empty proof):
 *   SUBPROOF(m, D[m], true)  = {}
 *   SUBPROOF(m, D[m], false) = {MTH(D[m])}
 *   m ≤ k: SUBPROOF(m, D[0:k], b) : MTH(D[k:n])
 *   m > k: SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])
 */
export function consistencyProofRanges(m: number, n: number): LeafRange[] {
  checkSizes(m, n, 'first tree size');
  if (m < 1 || m > n) throw new RangeError(`no consistency proof from a tree of ${m} leaves to one of ${n}`);
  const ranges: LeafRange[] = [];
  const subproof = (size: number, start: number, end: number, whole: boolean): void => {
    if (size === end - start) {
      if (!whole) ranges.push([start, end]);
      return;
    }
    const k = splitPoint(end - start);
    if (size <= k) {
      subproof(size, start, start + k, whole);
      ranges.push([start + k, end]);
    } else {
      subproof(size - k, start + k, end, false);
      ranges.push([start, start + k]);
    }
  };
  subproof(m, 0, n, true);
  return ranges;
}

/**
 * The complete subtrees that make up the leaf range [start, end), largest first. Every range of a
 * proof, and [0, n) itself, starts at a multiple of a power of two at least as large as itself, so
 * it splits exactly as MTH splits it: the largest power of two first, the rest to its right. A
 * range that does not (not one of a proof) is refused.
 */
export function completeSubtrees(start: number, end: number): NodeId[] {
  checkSizes(start, end, 'range start');
  if (start > end) throw new RangeError(`range [${start}, ${end}) is empty`);
  const nodes: NodeId[] = [];
  let at = start;
  while (at < end) {
    let size = 1;
    let level = 0;
    while (size * 2 <= end - at) {
      size *= 2;
      level += 1;
    }
    if (at % size !== 0) throw new RangeError(`range [${start}, ${end}) does not split into the tree's complete subtrees`);
    nodes.push({ level, index: at / size });
    at += size;
  }
  return nodes;
}

/** MTH of a range from the hashes of its complete subtrees (completeSubtrees order): folded from the right. */
export function hashOfSubtrees(hashes: readonly Uint8Array[]): Buffer {
  if (hashes.length === 0) return EMPTY_TREE_HASH;
  let hash: Buffer = Buffer.from(hashes[hashes.length - 1]!);
  for (let i = hashes.length - 2; i >= 0; i -= 1) hash = nodeHash(hashes[i]!, hash);
  return hash;
}

/** A node of the tree with its hash, as it is stored. */
export interface TreeNode extends NodeId {
  hash: Buffer;
}

/**
 * Adds leaves to a tree of `size` leaves whose right edge is `edge` (the complete subtrees of
 * [0, size), largest first, with their hashes) and returns every node completed by them, each
 * leaf's node included, and the new right edge. Appending k leaves costs O(k) hashes, and needs
 * only the O(log n) nodes of the edge from before.
 */
export function appendLeaves(size: number, edge: readonly TreeNode[], leafHashes: readonly Uint8Array[]): { completed: TreeNode[]; edge: TreeNode[] } {
  const expected = completeSubtrees(0, size);
  if (edge.length !== expected.length || edge.some((node, i) => node.level !== expected[i]!.level || node.index !== expected[i]!.index)) {
    throw new Error(`the right edge given is not the one of a tree of ${size} leaves`);
  }
  const stack: TreeNode[] = edge.map((node) => ({ ...node }));
  const completed: TreeNode[] = [];
  leafHashes.forEach((hash, offset) => {
    let node: TreeNode = { level: 0, index: size + offset, hash: Buffer.from(hash) };
    completed.push(node);
    while (stack.length > 0 && stack[stack.length - 1]!.level === node.level) {
      const left = stack.pop()!;
      node = { level: node.level + 1, index: left.index / 2, hash: nodeHash(left.hash, node.hash) };
      completed.push(node);
    }
    stack.push(node);
  });
  return { completed, edge: stack };
}

/** A source of complete subtrees' hashes: a map in memory, or rows read from the database. */
export type NodeLookup = (node: NodeId) => Uint8Array;

/** Hash of the leaf range [start, end) from the stored complete subtrees. */
export function rangeHash(range: LeafRange, lookup: NodeLookup): Buffer {
  return hashOfSubtrees(completeSubtrees(range[0], range[1]).map(lookup));
}

/** Every complete subtree the given ranges need, each once: what to read before computing a proof. */
export function nodesOfRanges(ranges: readonly LeafRange[]): NodeId[] {
  const seen = new Map<string, NodeId>();
  for (const [start, end] of ranges) for (const node of completeSubtrees(start, end)) seen.set(`${node.level}:${node.index}`, node);
  return [...seen.values()];
}

/** Root hash of a tree of `size` leaves: MTH(D[0:size]). */
export function treeRoot(size: number, lookup: NodeLookup): Buffer {
  return rangeHash([0, size], lookup);
}

/** PATH(m, D[n]) from the stored complete subtrees. */
export function inclusionProof(m: number, n: number, lookup: NodeLookup): Buffer[] {
  return inclusionProofRanges(m, n).map((range) => rangeHash(range, lookup));
}

/** PROOF(m, D[n]) from the stored complete subtrees. */
export function consistencyProof(m: number, n: number, lookup: NodeLookup): Buffer[] {
  return consistencyProofRanges(m, n).map((range) => rangeHash(range, lookup));
}

/** A NodeLookup over leaf hashes held in memory (computes each subtree from its leaves). */
export function lookupOverLeaves(leafHashes: readonly Uint8Array[]): NodeLookup {
  const cache = new Map<string, Buffer>();
  const lookup: NodeLookup = ({ level, index }) => {
    const key = `${level}:${index}`;
    const known = cache.get(key);
    if (known) return known;
    let hash: Buffer;
    if (level === 0) {
      const leaf = leafHashes[index];
      if (!leaf) throw new RangeError(`leaf ${index} is not in a tree of ${leafHashes.length} leaves`);
      hash = Buffer.from(leaf);
    } else {
      hash = nodeHash(lookup({ level: level - 1, index: index * 2 }), lookup({ level: level - 1, index: index * 2 + 1 }));
    }
    cache.set(key, hash);
    return hash;
  };
  return lookup;
}

const isOdd = (value: number) => value % 2 === 1;
const half = (value: number) => Math.floor(value / 2);

function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

/**
 * Verifies an inclusion proof as RFC 9162 §2.1.3.2 states it: that the leaf of hash `hash` is
 * the leaf `leafIndex` of the tree of `treeSize` leaves whose root is `rootHash`.
 */
export function verifyInclusion(leafIndex: number, treeSize: number, hash: Uint8Array, path: readonly Uint8Array[], rootHash: Uint8Array): boolean {
  if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize) || leafIndex < 0) return false;
  // 1.
  if (leafIndex >= treeSize) return false;
  // 2., 3.
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r: Buffer = Buffer.from(hash);
  // 4.
  for (const p of path) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  return sn === 0 && sameHash(r, rootHash);
}

/**
 * Verifies a consistency proof as RFC 9162 §2.1.4.2 states it: that the tree of `first` leaves
 * with root `firstHash` is a prefix of the tree of `second` leaves with root `secondHash`. Two
 * cases the RFC's steps leave out: equal sizes are consistent with the empty proof when the roots
 * are equal, and a first tree of no leaves is a prefix of any tree (empty proof).
 */
export function verifyConsistency(first: number, second: number, firstHash: Uint8Array, secondHash: Uint8Array, proof: readonly Uint8Array[]): boolean {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second) return false;
  if (first === second) return proof.length === 0 && sameHash(firstHash, secondHash);
  if (first === 0) return proof.length === 0 && sameHash(firstHash, EMPTY_TREE_HASH);
  // 1.
  if (proof.length === 0) return false;
  // 2.
  const path: Buffer[] = proof.map((p) => Buffer.from(p));
  if (isPowerOfTwo(first)) path.unshift(Buffer.from(firstHash));
  // 3.
  let fn = first - 1;
  let sn = second - 1;
  // 4.
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  // 5.
  let fr = path[0]!;
  let sr = path[0]!;
  // 6.
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  // 7.
  return sameHash(fr, firstHash) && sameHash(sr, secondHash) && sn === 0;
}

function isPowerOfTwo(value: number): boolean {
  let v = value;
  while (v > 1 && v % 2 === 0) v /= 2;
  return v === 1;
}
