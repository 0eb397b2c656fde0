import fs from 'node:fs';
import { ALERTS_SUBGRAPH, ATTESTATION_SUBGRAPH, AUDIT_SUBGRAPH, NODE_SUBGRAPH } from '../../../schema/src/subgraphs';
import { DEFAULT_SUPERGRAPH_PATH } from '../config';
import { OWN_ALERTS_SUBGRAPH, OWN_ATTESTATION_SUBGRAPH, OWN_AUDIT_SUBGRAPH, OWN_NODE_SUBGRAPH, createSubgraphRouter, isOwnSupergraph, subgraphsOf } from '../subgraph-routing';

const committed = fs.readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
const configured = {
  commerce: 'http://commerce.zone:8080/graphql',
  customs: 'http://customs.zone:8080/graphql',
  tax: 'http://tax.zone:8080/graphql',
  forex: 'http://forex.zone:8080/graphql',
  post: 'http://post.zone:8080/graphql',
  'public-security': 'http://ps.zone:8080/graphql',
};
const own = subgraphsOf(committed);
const foreign = (names: string[]) => names.map((name) => ({ name, url: `http://elsewhere.example/${name}` }));

describe("recognising this product's own supergraph", () => {
  it('knows the audit address the composition writes', () => {
    expect(OWN_AUDIT_SUBGRAPH).toEqual({ name: AUDIT_SUBGRAPH.name, url: AUDIT_SUBGRAPH.url });
    expect(OWN_ATTESTATION_SUBGRAPH).toEqual({ name: ATTESTATION_SUBGRAPH.name, url: ATTESTATION_SUBGRAPH.url });
    expect(OWN_ALERTS_SUBGRAPH).toEqual({ name: ALERTS_SUBGRAPH.name, url: ALERTS_SUBGRAPH.url });
    expect(OWN_NODE_SUBGRAPH).toEqual({ name: NODE_SUBGRAPH.name, url: NODE_SUBGRAPH.url });
  });

  it('reads the subgraphs of the committed supergraph', () => {
    expect(own.map((s) => s.name).sort()).toEqual(['alerts', 'attestation', 'audit', 'commerce', 'customs', 'forex', 'node', 'post', 'public-security', 'tax']);
    expect(own.find((s) => s.name === 'tax')?.url).toBe('http://127.0.0.1:4003/graphql');
  });

  it.each([
    ['the committed supergraph', own, true],
    ['one recomposed with other department URLs', own.map((s) => (['audit', 'attestation', 'alerts', 'node'].includes(s.name) ? s : { ...s, url: `http://${s.name}:4000/graphql` })), true],
    ['a foreign one with a tax and an audit subgraph', foreign(['shelf', 'tax', 'audit']), false],
    ['a foreign one with all eight names but its own audit and attestation services', foreign(['commerce', 'customs', 'tax', 'forex', 'post', 'public-security', 'audit', 'attestation']), false],
    ['one without the attestation subgraph', own.filter((s) => s.name !== 'attestation'), false],
    ['one without the alerts subgraph', own.filter((s) => s.name !== 'alerts'), false],
    ['one without the node subgraph', own.filter((s) => s.name !== 'node'), false],
    ['one missing a department', own.filter((s) => s.name !== 'post'), false],
    ['one with a subgraph more', [...own, { name: 'shelf', url: 'http://elsewhere.example/shelf' }], false],
  ])('%s: %s', (_name, subgraphs, expected) => {
    expect(isOwnSupergraph(subgraphs)).toBe(expected);
  });
});

describe('routing subgraphs', () => {
  it("sends this product's departments to their configured URLs and serves audit in process", () => {
    const route = createSubgraphRouter(committed, configured);
    expect(route({ name: 'tax', url: 'http://127.0.0.1:4003/graphql' })).toEqual({ kind: 'remote', url: configured.tax, department: 'tax' });
    expect(route({ name: 'audit', url: OWN_AUDIT_SUBGRAPH.url })).toEqual({ kind: 'audit-in-process' });
    expect(route({ name: 'attestation', url: OWN_ATTESTATION_SUBGRAPH.url })).toEqual({ kind: 'attestation-in-process' });
    expect(route({ name: 'alerts', url: OWN_ALERTS_SUBGRAPH.url })).toEqual({ kind: 'alerts-in-process' });
    expect(route({ name: 'node', url: OWN_NODE_SUBGRAPH.url })).toEqual({ kind: 'node-in-process' });
  });

  it("sends a foreign supergraph's subgraphs to the URLs written in it, whatever their names", () => {
    const sdl = `enum join__Graph {
      AUDIT @join__graph(name: "audit", url: "http://elsewhere.example/audit")
      TAX @join__graph(name: "tax", url: "http://elsewhere.example/tax")
    }`;
    const route = createSubgraphRouter(sdl, configured);
    expect(route({ name: 'tax', url: 'http://elsewhere.example/tax' })).toEqual({ kind: 'remote', url: 'http://elsewhere.example/tax', department: null });
    expect(route({ name: 'audit', url: 'http://elsewhere.example/audit' })).toEqual({ kind: 'remote', url: 'http://elsewhere.example/audit', department: null });
  });
});
