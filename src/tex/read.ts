// From a TeX string to chains of expressions: normalise, parse with KaTeX, and
// fall back to the lenient reader where KaTeX refuses.
import type { Atom } from './atoms';
import { atomsFromKatex } from './atoms';
import { chainsOf } from './build';
import type { Chain } from './expr';
import { atomsLeniently } from './lenient';
import { normaliseTex } from './normalise';
import { parseWithKatex } from './parse';

/** Longer input is not a formula anyone reads; refusing it bounds the time. */
export const MAX_TEX_LENGTH = 20_000;

export interface Reading {
  chains: Chain[];
  /** True when KaTeX refused the TeX and the lenient reader was used. */
  lenient: boolean;
  normalised: string;
}

/** Reads `tex` into chains, never throwing; null when it is too long to be a formula. */
export function readFormula(tex: string): Reading | null {
  if (typeof tex !== 'string' || tex.length > MAX_TEX_LENGTH) return null;
  const normalised = normaliseTex(tex);
  if (!normalised) return null;
  const parsed = parseWithKatex(normalised);
  let atoms: Atom[];
  let lenient = false;
  if (parsed.ok) atoms = atomsFromKatex(parsed.nodes);
  else {
    atoms = atomsLeniently(normalised);
    lenient = true;
  }
  return { chains: chainsOf(atoms), lenient, normalised };
}
