// Shared by the kind tests: recognise one formula and say what came out.
import { recogniseFormula } from '../index';
import type { FormulaKind, Roles } from '../types';

export function kindOf(tex: string): FormulaKind | null {
  return recogniseFormula(tex)?.kind ?? null;
}

export function rolesOf(tex: string): Roles {
  return recogniseFormula(tex)?.roles ?? {};
}

const NOT_CROSS_ENTROPY: ReadonlySet<FormulaKind> = new Set<FormulaKind>(['entropy', 'kl_divergence', 'js_divergence']);

/** The kind when it is a cross-entropy badge (the entropy and divergence kinds are not). */
export function crossEntropyKindOf(tex: string): FormulaKind | null {
  const kind = kindOf(tex);
  return kind && !NOT_CROSS_ENTROPY.has(kind) ? kind : null;
}
