// Shared by the rule tests: a formula's first chain member after the canonical
// stage, as compact TeX, to compare with the form a rule must produce; and what the
// recogniser makes of a formula, its kind and roles in one object.
import { exprTex } from '../expr';
import { recogniseFormula } from '../index';
import { readFormula } from '../read';

export function canonicalMember(tex: string, member = 0): string {
  const reading = readFormula(tex);
  const expr = reading?.chains[0]?.members[member];
  return expr ? exprTex(expr) : '';
}

/** The kind and roles recognised in `tex` as one object ({ kind, target, prediction, … }), or null. */
export function kindAndRoles(tex: string): Record<string, string> | null {
  const found = recogniseFormula(tex);
  return found ? { kind: found.kind, ...found.roles } : null;
}
