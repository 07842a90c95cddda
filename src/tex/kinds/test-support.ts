// Shared by the kind tests: recognise one formula and say what came out.
import { recogniseFormula } from '../index';
import type { FormulaKind, Roles } from '../types';

export function kindOf(tex: string): FormulaKind | null {
  return recogniseFormula(tex)?.kind ?? null;
}

export function rolesOf(tex: string): Roles {
  return recogniseFormula(tex)?.roles ?? {};
}
