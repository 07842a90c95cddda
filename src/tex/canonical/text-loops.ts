// Text rules for a loss added up in a loop whose header is written: C's, Java's and JavaScript's
// `for (int b = 0; b < B; b++) loss -= log(p[b]);` and Python's `for i in range(n): loss += …`.
// The loop's variable is what the added term is summed over, so the update is written as that
// sum (`loss -= \sum_{b} (log(p[b]))`), and the update rule (./text-updates.ts) reads the rest.
import { defineTextRule } from './registry';
import { groupEnd } from './text-scan';

/** `for (int b = 0; …; …)`, `for (let i = 0; …)`, `for i in range(n):`, `for k in 1:K` (Julia), `for (i in 1:n)` (R): the loop variable. */
const LOOP_HEADER = new RegExp(
  String.raw`\bfor\s*(?:\(\s*(?:(?:unsigned\s+)?(?:int|long|size_t|auto|let|var|const|Int|usize)\s+)?([A-Za-z_]\w*)\s*(?:=[^;()]*;[^;()]*;[^()]*|\s+in\s+[^()]*(?:\([^()]*\))?[^()]*)\)|\s+([A-Za-z_]\w*)\s+in\s+(?:[^:\n]|:(?=\w))+:?)\s*\{?\s*`,
  'g',
);
/** What the loop's body does to the total: `loss -= `, `loss += `. */
const COMPOUND_UPDATE = /^([A-Za-z_][\w.]*(?:\[[^\[\]]*\])?)\s*([-+])=(?!=)\s*/;

/** The header goes and the added term becomes its sum over the loop variable. */
export function loopSums(tex: string): string {
  let out = '';
  let done = 0;
  for (const found of tex.matchAll(LOOP_HEADER)) {
    if (found.index < done) continue;
    const variable = (found[1] ?? found[2]) as string;
    const bodyAt = found.index + found[0].length;
    const update = COMPOUND_UPDATE.exec(tex.slice(bodyAt));
    if (!update) continue;
    const from = bodyAt + update[0].length;
    const end = groupEnd(tex, from, (at) => tex[at] === ';' || tex[at] === '\n' || tex.startsWith('\\\\', at));
    const added = tex.slice(from, end).trim();
    // The term must run over the loop's variable; a loop that adds a constant is no sum of terms.
    if (!new RegExp(String.raw`(?<![A-Za-z0-9_])${variable}(?![A-Za-z0-9_])`).test(added)) continue;
    out += `${tex.slice(done, found.index)}${update[1]} ${update[2]}= \\sum_{${variable}} (${added})`;
    done = end;
  }
  return out + tex.slice(done);
}

defineTextRule({ name: 'loop-sums', order: 22.2, apply: loopSums });
