// Shared by the rule tests: a formula's first chain member after the canonical
// stage, as compact TeX, to compare with the form a rule must produce.
import { exprTex } from '../expr';
import { readFormula } from '../read';

export function canonicalMember(tex: string, member = 0): string {
  const reading = readFormula(tex);
  const expr = reading?.chains[0]?.members[member];
  return expr ? exprTex(expr) : '';
}
