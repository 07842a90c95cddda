// From a TeX string to chains of expressions in canonical form: the text rules
// (./canonical), KaTeX's parser with the lenient reader where KaTeX refuses,
// the expression builder, then the tree rules.
import type { Atom } from './atoms';
import { atomsFromKatex } from './atoms';
import { chainsOf } from './build-chains';
import { canonicalChain, canonicalText } from './canonical';
import type { Chain } from './expr';
import { atomsLeniently } from './lenient';
import { withDefinitionsInPlace } from './definitions';
import { parseWithKatex } from './parse';

/** Longer input is not a formula anyone reads; refusing it bounds the time. */
export const MAX_TEX_LENGTH = 20_000;

export interface Reading {
  chains: Chain[];
  /** The chains as built, before the tree rules. */
  built: Chain[];
  /** True when KaTeX refused the TeX and the lenient reader was used. */
  lenient: boolean;
  normalised: string;
}

/** `tex` without the braces that have no partner (an unclosed `_{`, a stray `}`). */
export function withoutUnmatchedBraces(tex: string): string {
  const drop = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') i += 1;
    else if (ch === '{') open.push(i);
    else if (ch === '}') {
      if (open.length) open.pop();
      else drop.add(i);
    }
  }
  for (const i of open) drop.add(i);
  if (drop.size === 0) return tex;
  let out = '';
  for (let i = 0; i < tex.length; i++) {
    if (!drop.has(i)) out += tex[i];
    // A dropped brace between letters still separates them: `\l{g` must not become `\lg`,
    // nor `l{g` the word lg. An empty group ends a command name and a run of letters.
    else if (/[A-Za-z]/.test(out.at(-1) ?? '') && /[A-Za-z]/.test(tex[i + 1] ?? '')) out += '{}';
  }
  return out;
}

/**
 * The readings worth trying, best first: KaTeX's (or the lenient one where
 * KaTeX refuses), then, after a refusal, the lenient one of the TeX with its
 * unmatched braces removed, then the first with the symbols it defines put in place.
 */
export function* readingsOf(tex: string): Generator<Reading> {
  const first = readFormula(tex);
  if (!first) return;
  yield first;
  if (first.lenient) {
    const repaired = withoutUnmatchedBraces(first.normalised);
    if (repaired !== first.normalised) {
      const built = chainsOf(atomsLeniently(repaired));
      yield { chains: built.map(canonicalChain), built, lenient: true, normalised: repaired };
    }
  }
  // Z = Σ_j e^{z_j} beside −log(e^{z_y}/Z): the symbol's definition put in place.
  const defined = withDefinitionsInPlace(first.built);
  if (defined) yield { ...first, chains: defined.map(canonicalChain), built: defined };
}

/** Reads `tex` into chains, never throwing; null when it is too long to be a formula. */
export function readFormula(tex: string): Reading | null {
  if (typeof tex !== 'string' || tex.length > MAX_TEX_LENGTH) return null;
  const normalised = canonicalText(tex);
  if (!normalised) return null;
  const parsed = parseWithKatex(normalised);
  let atoms: Atom[];
  let lenient = false;
  if (parsed.ok) atoms = atomsFromKatex(parsed.nodes);
  else {
    atoms = atomsLeniently(normalised);
    lenient = true;
  }
  const built = chainsOf(atoms);
  return { chains: built.map(canonicalChain), built, lenient, normalised };
}
