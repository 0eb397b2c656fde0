import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { SubgraphSource } from './subgraphs';

export type CompositionOutcome = { ok: true; supergraphSdl: string; hints: string[] } | { ok: false; errors: string[] };

/** Composes the departments' SDLs into a Federation 2 supergraph with @apollo/composition. */
export function composeSupergraph(sources: SubgraphSource[]): CompositionOutcome {
  const result = composeServices(sources.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors && result.errors.length > 0) {
    return { ok: false, errors: result.errors.map((e) => e.message) };
  }
  if (!result.supergraphSdl) return { ok: false, errors: ['composition produced no supergraph'] };
  return { ok: true, supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, hints: result.hints.map((h) => h.toString()) };
}
