import { createHash } from 'node:crypto';
import {
  EMPTY_TREE_HASH,
  appendLeaves,
  completeSubtrees,
  consistencyProof,
  consistencyProofRanges,
  inclusionProof,
  leafHash,
  lookupOverLeaves,
  nodeHash,
  splitPoint,
  treeRoot,
  verifyConsistency,
  verifyInclusion,
  type TreeNode,
} from '../merkle';

// A reference written straight from the definitions of RFC 9162 §2.1, over slices of the leaf
// inputs, recursive and slow, sharing nothing with the implementation but node's SM3.
const H = (...parts: Uint8Array[]): Buffer => createHash('sm3').update(Buffer.concat(parts)).digest();
const largestPowerOfTwoBelow = (n: number): number => 2 ** Math.floor(Math.log2(n - 1));

function MTH(d: Buffer[]): Buffer {
  if (d.length === 0) return H();
  if (d.length === 1) return H(Buffer.from([0]), d[0]!);
  const k = largestPowerOfTwoBelow(d.length);
  return H(Buffer.from([1]), MTH(d.slice(0, k)), MTH(d.slice(k)));
}

function PATH(m: number, d: Buffer[]): Buffer[] {
  if (d.length === 1) return [];
  const k = largestPowerOfTwoBelow(d.length);
  return m < k ? [...PATH(m, d.slice(0, k)), MTH(d.slice(k))] : [...PATH(m - k, d.slice(k)), MTH(d.slice(0, k))];
}

function SUBPROOF(m: number, d: Buffer[], b: boolean): Buffer[] {
  if (m === d.length) return b ? [] : [MTH(d)];
  const k = largestPowerOfTwoBelow(d.length);
  return m <= k ? [...SUBPROOF(m, d.slice(0, k), b), MTH(d.slice(k))] : [...SUBPROOF(m - k, d.slice(k), false), MTH(d.slice(0, k))];
}
const PROOF = (m: number, d: Buffer[]): Buffer[] => SUBPROOF(m, d, true);

const inputs = (n: number): Buffer[] => Array.from({ length: n }, (_, i) => Buffer.from(`audit entry ${i}`, 'utf8'));
const hex = (buffers: Buffer[]) => buffers.map((b) => b.toString('hex'));
const flipped = (b: Uint8Array): Buffer => {
  const copy = Buffer.from(b);
  copy[0] = copy[0]! ^ 0x01;
  return copy;
};

describe('hashes (RFC 9162 §2.1.1 with SM3)', () => {
  it('hashes the empty tree to SM3 of no bytes (GB/T 32905 value)', () => {
    expect(EMPTY_TREE_HASH.toString('hex')).toBe('1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b');
  });

  it('prefixes a leaf with 0x00 and a node with 0x01, so no leaf can pass for a node', () => {
    const a = Buffer.from('a');
    const b = Buffer.from('b');
    expect(leafHash(a)).toEqual(H(Buffer.from([0x00]), a));
    expect(nodeHash(a, b)).toEqual(H(Buffer.from([0x01]), a, b));
    expect(leafHash(Buffer.concat([a, b]))).not.toEqual(nodeHash(a, b));
  });

  it.each([
    [2, 1],
    [3, 2],
    [4, 2],
    [5, 4],
    [8, 4],
    [9, 8],
    [2 ** 40 + 1, 2 ** 40],
  ])('splits a tree of %d leaves after the first %d (the largest power of two below)', (n, k) => {
    expect(splitPoint(n)).toBe(k);
  });
});

describe('Merkle tree hash', () => {
  it('computes the 7-leaf tree written out by hand', () => {
    const d = inputs(7);
    const l = d.map((x) => H(Buffer.from([0]), x));
    const n = (x: Buffer, y: Buffer) => H(Buffer.from([1]), x, y);
    const byHand = n(n(n(l[0]!, l[1]!), n(l[2]!, l[3]!)), n(n(l[4]!, l[5]!), l[6]!));
    expect(treeRoot(7, lookupOverLeaves(d.map(leafHash)))).toEqual(byHand);
    // Pinned, so that a change of the leaf inputs' encoding or of the hash shows here too.
    expect(byHand.toString('hex')).toBe(MTH(d).toString('hex'));
  });

  it.each(Array.from({ length: 40 }, (_, i) => i))('agrees with the recursive definition for %d leaves', (n) => {
    const d = inputs(n);
    expect(treeRoot(n, lookupOverLeaves(d.map(leafHash))).toString('hex')).toBe(MTH(d).toString('hex'));
  });
});

describe('appendLeaves: the stored complete subtrees, built as entries come', () => {
  it.each([
    ['one leaf at a time', 37, [1]],
    ['batches of 3', 37, [3]],
    ['uneven batches', 37, [5, 1, 8, 2, 13, 8]],
    ['one batch', 37, [37]],
  ])('%s: every node completed holds the MTH of its leaves, the edge is the tree of the size reached', (_name, total, chunks) => {
    const d = inputs(total);
    const leaves = d.map(leafHash);
    let size = 0;
    let edge: TreeNode[] = [];
    const nodes = new Map<string, Buffer>();
    for (let c = 0; size < total; c += 1) {
      const take = Math.min(chunks[c % chunks.length]!, total - size);
      const result = appendLeaves(size, edge, leaves.slice(size, size + take));
      for (const node of result.completed) {
        const key = `${node.level}:${node.index}`;
        expect(nodes.has(key)).toBe(false);
        nodes.set(key, node.hash);
        const start = node.index * 2 ** node.level;
        expect(node.hash.toString('hex')).toBe(MTH(d.slice(start, start + 2 ** node.level)).toString('hex'));
      }
      size += take;
      edge = result.edge;
      expect(edge.map(({ level, index }) => ({ level, index }))).toEqual(completeSubtrees(0, size));
      // The root from the stored nodes alone.
      expect(treeRoot(size, ({ level, index }) => nodes.get(`${level}:${index}`)!)).toEqual(MTH(d.slice(0, size)));
    }
    // Every complete subtree of 37 leaves, and nothing else: 37 + 18 + 9 + 4 + 2 + 1.
    expect(nodes.size).toBe(71);
  });

  it('refuses an edge that is not the one of the size given', () => {
    const leaves = inputs(3).map(leafHash);
    const { edge } = appendLeaves(0, [], leaves);
    expect(() => appendLeaves(2, edge, [leaves[0]!])).toThrow(/right edge/);
  });
});

describe('completeSubtrees', () => {
  it.each([
    [0, 7, [{ level: 2, index: 0 }, { level: 1, index: 2 }, { level: 0, index: 6 }]],
    [8, 13, [{ level: 2, index: 2 }, { level: 0, index: 12 }]],
    [0, 0, []],
  ])('splits [%d, %d) as MTH does', (start, end, expected) => {
    expect(completeSubtrees(start, end)).toEqual(expected);
  });

  it('refuses a range that is no subtree of a proof', () => {
    expect(() => completeSubtrees(3, 7)).toThrow(/does not split/);
  });
});

const SIZES = Array.from({ length: 20 }, (_, i) => i + 1);

describe('inclusion proofs (RFC 9162 §2.1.3)', () => {
  it.each(SIZES)('for every leaf of a tree of %d leaves: PATH as defined, verified', (n) => {
    const d = inputs(n);
    const leaves = d.map(leafHash);
    const lookup = lookupOverLeaves(leaves);
    const root = MTH(d);
    for (let m = 0; m < n; m += 1) {
      const path = inclusionProof(m, n, lookup);
      expect(hex(path)).toEqual(hex(PATH(m, d)));
      expect(verifyInclusion(m, n, leaves[m]!, path, root)).toBe(true);
    }
  });

  it.each(SIZES)('rejects, in a tree of %d leaves, a tampered leaf, another index or size, and a changed, re-ordered, shortened or lengthened path', (n) => {
    const d = inputs(n);
    const leaves = d.map(leafHash);
    const lookup = lookupOverLeaves(leaves);
    const root = MTH(d);
    for (let m = 0; m < n; m += 1) {
      const path = inclusionProof(m, n, lookup);
      const rejected = (index: number, size: number, leaf: Uint8Array, proof: Uint8Array[], r: Uint8Array = root) => expect(verifyInclusion(index, size, leaf, proof, r)).toBe(false);
      rejected(m, n, leafHash(Buffer.from('a tampered entry')), path);
      rejected(m, n, flipped(leaves[m]!), path);
      rejected(m, n, leaves[m]!, path, flipped(root));
      // The same leaf claimed at a neighbouring position: a re-ordered pair of entries.
      if (m + 1 < n) rejected(m + 1, n, leaves[m]!, path);
      if (m > 0) rejected(m - 1, n, leaves[m]!, path);
      // Another size with that size's root (the signed tree head binds a size to its root).
      rejected(m, n + 1, leaves[m]!, path, MTH(inputs(n + 1)));
      if (n > 1 && m < n - 1) rejected(m, n - 1, leaves[m]!, path, MTH(inputs(n - 1)));
      rejected(n, n, leaves[m]!, path);
      path.forEach((_, i) => rejected(m, n, leaves[m]!, path.map((p, j) => (i === j ? flipped(p) : p))));
      for (let i = 0; i + 1 < path.length; i += 1) {
        const swapped = [...path];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
        rejected(m, n, leaves[m]!, swapped);
      }
      if (path.length > 0) rejected(m, n, leaves[m]!, path.slice(0, -1));
      rejected(m, n, leaves[m]!, [...path, root]);
    }
  });

  it('rejects a proof for a pair of leaves swapped in the tree', () => {
    const d = inputs(8);
    const swapped = [d[0]!, d[2]!, d[1]!, ...d.slice(3)];
    const lookup = lookupOverLeaves(swapped.map(leafHash));
    // The log swapped entries 1 and 2; its proof that entry 1 is at index 1 does not check against the honest root.
    expect(verifyInclusion(1, 8, leafHash(d[1]!), inclusionProof(2, 8, lookup), MTH(d))).toBe(false);
    expect(verifyInclusion(1, 8, leafHash(d[1]!), inclusionProof(1, 8, lookup), MTH(d))).toBe(false);
  });
});

describe('consistency proofs (RFC 9162 §2.1.4)', () => {
  it.each(SIZES)('from every earlier size to a tree of %d leaves: PROOF as defined, verified', (n) => {
    const d = inputs(n);
    const lookup = lookupOverLeaves(d.map(leafHash));
    for (let m = 1; m <= n; m += 1) {
      const proof = consistencyProof(m, n, lookup);
      expect(hex(proof)).toEqual(hex(PROOF(m, d)));
      expect(verifyConsistency(m, n, MTH(d.slice(0, m)), MTH(d), proof)).toBe(true);
    }
  });

  it.each(SIZES)('rejects, to a tree of %d leaves, other roots, other sizes, and a changed, re-ordered or shortened proof', (n) => {
    const d = inputs(n);
    const lookup = lookupOverLeaves(d.map(leafHash));
    const second = MTH(d);
    for (let m = 1; m <= n; m += 1) {
      const proof = consistencyProof(m, n, lookup);
      const first = MTH(d.slice(0, m));
      const rejected = (a: number, b: number, fh: Uint8Array, sh: Uint8Array, p: Uint8Array[]) => expect(verifyConsistency(a, b, fh, sh, p)).toBe(false);
      rejected(m, n, flipped(first), second, proof);
      rejected(m, n, first, flipped(second), proof);
      if (m < n) {
        rejected(m + 1, n, first, second, proof);
        // The proof does not bind the second size to its root (the signed tree head does): with the root of n + 1 leaves it fails.
        rejected(m, n + 1, first, MTH(inputs(n + 1)), proof);
        if (m > 1) rejected(m - 1, n, first, second, proof);
        proof.forEach((_, i) => rejected(m, n, first, second, proof.map((p, j) => (i === j ? flipped(p) : p))));
        for (let i = 0; i + 1 < proof.length; i += 1) {
          const swapped = [...proof];
          [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
          if (!swapped[i]!.equals(swapped[i + 1]!)) rejected(m, n, first, second, swapped);
        }
        rejected(m, n, first, second, proof.slice(0, -1));
        rejected(m, n, first, second, []);
      } else {
        rejected(m, n, first, second, [first]);
      }
    }
  });

  it('rejects a history rewritten before the first tree head', () => {
    const d = inputs(12);
    const rewritten = [...d.slice(0, 3), Buffer.from('rewritten'), ...d.slice(4)];
    const proof = consistencyProof(5, 12, lookupOverLeaves(rewritten.map(leafHash)));
    expect(verifyConsistency(5, 12, MTH(d.slice(0, 5)), MTH(rewritten), proof)).toBe(false);
  });

  it.each([
    [0, 5, 'a first size of 0 (the empty tree) is a prefix of any tree'],
  ])('accepts from size %d to %d: %s', (m, n) => {
    expect(verifyConsistency(m, n, EMPTY_TREE_HASH, MTH(inputs(n)), [])).toBe(true);
  });

  it('refuses a proof from a larger tree to a smaller one', () => {
    expect(() => consistencyProofRanges(6, 5)).toThrow(RangeError);
    expect(verifyConsistency(6, 5, MTH(inputs(6)), MTH(inputs(5)), [])).toBe(false);
  });
});
