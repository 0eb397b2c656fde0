import fs from 'node:fs';
import { composeSupergraph } from '../compose';
import { SUPERGRAPH_PATH, loadSubgraphSources } from '../subgraphs';

describe('supergraph', () => {
  const outcome = composeSupergraph(loadSubgraphSources());

  it('composes the six departments without errors', () => {
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  });

  it('is committed up to date (run `npm run compose` after changing a subgraph SDL)', () => {
    expect(outcome.ok && fs.readFileSync(SUPERGRAPH_PATH, 'utf8') === outcome.supergraphSdl).toBe(true);
  });

  it('reports a composition error instead of writing a broken supergraph', () => {
    const sources = loadSubgraphSources();
    // Two departments that both claim a field that is not shareable.
    const broken = sources.map((s) =>
      s.name === 'customs' ? { ...s, sdl: `${s.sdl}\ntype ZoneInfo { code: String! }\n` } : s,
    );
    const result = composeSupergraph(broken);
    expect(result.ok).toBe(false);
  });

  it('joins every department', () => {
    const sdl = outcome.ok ? outcome.supergraphSdl : '';
    for (const name of ['COMMERCE', 'CUSTOMS', 'TAX', 'FOREX', 'POST', 'PUBLIC_SECURITY']) {
      expect(sdl).toContain(`${name} @join__graph(name: "`);
    }
  });
});
