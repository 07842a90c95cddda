// Text rules for a loss added up in a loop whose header is written: C's, Java's and JavaScript's
// `for (int b = 0; b < B; b++) loss -= log(p[b]);`, Go's `for i := range y { … }` and Python's `for i in range(n): loss += …`
// (Fortran's, Lua's and MATLAB's loops are read as C's: keywordLoops).
// The loop's variable is what the added term is summed over, so the update is written as that
// sum (`loss -= \sum_{b} (log(p[b]))`), and the update rule (./text-updates.ts) reads the rest.
// JavaScript's `xs.reduce((s, x, k) => s - f(x, k), 0)` is the same loop as one expression.
import { defineTextRule } from './registry';
import { blockValue, rewriteCalls, statementEnd } from './text-scan';
import { COMPOUND_ASSIGNMENT, REPEATED_ASSIGNMENT } from './text-updates';

/** `for (int b = 0; …; …)` (calls in its parts too, `i < y.size()`), `for (let i = 0; …)`, `for i in range(n):`, `for k in 1:K` (Julia), `for (i in 1:n)` (R): the loop variable. */
const LOOP_HEADER = new RegExp(
  String.raw`\bfor\s*(?:\(\s*(?:(?:unsigned\s+)?(?:int|long|size_t|auto|let|var|const|Int|usize)\s+)?([A-Za-z_]\w*)\s*(?:=(?:[^;()]|\([^()]*\))*;(?:[^;()]|\([^()]*\))*;(?:[^()]|\([^()]*\))*|\s+in\s+[^()]*(?:\([^()]*\))?[^()]*)\)|\s+([A-Za-z_]\w*)\s*(?:,\s*[A-Za-z_]\w*\s*)?:=\s*(?:range\s+[^{;\n]+|[^;{\n]*;[^;{\n]*;[^{\n]*)(?=\{)|\s+([A-Za-z_]\w*)\s+in\s+(?:[^:\n]|:(?=\w))+:?)\s*\{?\s*`,
  'g',
);
/** What the loop's body does to the total: `loss -= `, `loss += `, `loss = loss - ` (the name, the sign). */
const COMPOUND_UPDATE = new RegExp(`^${COMPOUND_ASSIGNMENT}`);
const REPEATED_UPDATE = new RegExp(`^${REPEATED_ASSIGNMENT}`);

/**
 * Fortran's `do i = 1, n … end do`, Lua's `for i = 1, n do … end` and MATLAB's `for i = 1:n … end`: the same loop as
 * C's `for (int i = 1; i <= n; i++) { … }`, which loopSums reads.
 */
export function keywordLoops(tex: string): string {
  const c = (variable: string, from: string, to: string, body: string) => `for (int ${variable} = ${from.trim()}; ${variable} <= ${to.trim()}; ${variable}++) { ${body.trim()} }`;
  return tex
    .replace(/(?<![\w.])do\s+([A-Za-z_]\w*)\s*=\s*([^,\n]+),([^\n]+)\n([\s\S]*?)\n\s*end\s*do\b/gi, (_m, v: string, a: string, b: string, body: string) => c(v, a, b, body))
    .replace(/(?<![\w.])for\s+([A-Za-z_]\w*)\s*=\s*([^,\n]+),([^\n]+?)\s+do\b([\s\S]*?)\bend\b/g, (_m, v: string, a: string, b: string, body: string) => c(v, a, b, body))
    .replace(/(?<![\w.])for\s+([A-Za-z_]\w*)\s*=\s*([^:\n]+):([^\n;,]+)[\n;,]([\s\S]*?)\bend\b/g, (_m, v: string, a: string, b: string, body: string) => c(v, a, b, body));
}

/** The header goes and the added term becomes its sum over the loop variable; nested loops, the innermost first. */
export function loopSums(tex: string): string {
  let out = tex;
  for (let pass = 0; pass < 4; pass++) {
    const next = innermostLoopSums(out);
    if (next === out) return out;
    out = next;
  }
  return out;
}

function innermostLoopSums(tex: string): string {
  let out = '';
  let done = 0;
  for (const found of tex.matchAll(LOOP_HEADER)) {
    if (found.index < done) continue;
    const variable = (found[1] ?? found[2] ?? found[3]) as string;
    const bodyAt = found.index + found[0].length;
    // loss -= …, or loss = loss - … (the total's name again after the assignment).
    const update = COMPOUND_UPDATE.exec(tex.slice(bodyAt)) ?? REPEATED_UPDATE.exec(tex.slice(bodyAt));
    if (!update) continue;
    const from = bodyAt + update[0].length;
    const end = statementEnd(tex, from);
    const added = tex.slice(from, end).trim();
    // The term must run over the loop's variable; a loop that adds a constant is no sum of terms.
    if (!new RegExp(String.raw`(?<![A-Za-z0-9_])${variable}(?![A-Za-z0-9_])`).test(added)) continue;
    out += `${tex.slice(done, found.index)}${update[1]} ${update[2]}= \\sum_{${variable}} (${added})`;
    done = end;
  }
  return out + tex.slice(done);
}

/**
 * ys.reduce((s, y, k) => s - (t[k] * log(y) + …), 0): JavaScript's fold, each element y of ys added to (or taken
 * from) the total, is the sum over the elements, −Σ_k (t[k] * log(ys[k]) + …).
 */
export function reduceSums(tex: string): string {
  return rewriteCalls(tex, /(?<![\w$])([A-Za-z_$][\w$]*)\.reduce\(/g, (found, written) => {
    const inner = arrowBlockAsExpression(written);
    const fold = /^\s*\(\s*([A-Za-z_$][\w$]*)\s*,\s*([A-Za-z_$][\w$]*)\s*(?:,\s*([A-Za-z_$][\w$]*)\s*)?\)\s*=>\s*\1\s*([-+])\s*([^]*?)\s*,\s*0(?:\.0*)?\s*$/.exec(inner);
    if (!fold) return null;
    const [, , element, position, sign, body] = fold as unknown as [string, string, string, string | undefined, string, string];
    const index = position ?? 'i';
    const named = body.replace(new RegExp(String.raw`(?<![\w$.])${element.replace('$', '\\$')}(?![\w$])`, 'g'), `${found[1]}[${index}]`);
    return `${sign === '-' ? '-' : ''}\\sum_{${index}} (${named})`;
  });
}

/**
 * (s, y, k) => { const o = clip(y); return s + t[k] * log(o); }, 0 → (s, y, k) => s + t[k] * log((clip(y))), 0: an arrow
 * function's block of constants and one return is the returned expression with each constant's value put in.
 */
function arrowBlockAsExpression(inner: string): string {
  const block = /^(\s*\([^()]*\)\s*=>\s*)\{([^]*)\}(\s*,\s*[^,{}]*)$/.exec(inner);
  // JavaScript's block hands its value back with a `return` at its end.
  const returned = block && /(?:^|;)\s*return\s+[^;]*;?\s*$/.test(block[2] as string) ? blockValue(block[2] as string) : null;
  return block && returned ? `${block[1]}${returned}${block[3]}` : inner;
}

defineTextRule({ name: 'loop-sums', order: 22.2, apply: loopSums });
defineTextRule({ name: 'keyword-loops', order: 22.19, apply: keywordLoops });
defineTextRule({ name: 'reduce-sums', order: 22.21, apply: reduceSums });
