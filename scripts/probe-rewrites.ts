// npm run probe:rewrites: how the recogniser holds up when a formula it reads is written
// another way that keeps its meaning. Every positive of the held-out dev split that is
// read as its label's kind is read again after each rewrite below (\log as \ln or as a bare
// word, \displaystyle in front, a tag or a period after, \tfrac, 1/N, \limits, a Unicode
// minus or ∑, bounds dropped or written as a range, …); a rewrite that changes the kind is
// a fragility, listed with examples. Negatives are rewritten the same way and must stay
// unbadged. Reads dev (with --tuning, the retired splits too; never a measured split); asserts nothing.
//
//   npm run probe:rewrites
//   npm run probe:rewrites -- --examples 10     more examples per rewrite
//   npm run probe:rewrites -- --tuning          dev and the retired splits
import { acceptedKinds } from '../src/tex/corpus';
import { isCrossEntropyKind, loadHeldoutSources, RETIRED_SPLITS, type HeldoutSplit } from '../src/tex/heldout';
import { recogniseFormula } from '../src/tex/index';

const args = process.argv.slice(2);
const examplesAt = args.indexOf('--examples');
const EXAMPLES = examplesAt >= 0 ? Number(args[examplesAt + 1]) : 4;
const SPLITS: readonly HeldoutSplit[] = args.includes('--tuning') ? ['dev', ...RETIRED_SPLITS] : ['dev'];

/** A range Σ_{i=1}^{N} (the upper limit braced or a single character) as its parts, for the range rewrites. */
const SUM_RANGE = /\\sum_\{([a-z])=1\}\^(?:\{([A-Za-z])\}|([A-Za-z]))/g;
const rangeTo = (make: (index: string, bound: string) => string) => (tex: string) =>
  tex.replace(SUM_RANGE, (_whole, index: string, braced?: string, bare?: string) => make(index, braced ?? bare ?? ''));

/** Rewrites a reader takes as the same formula: [name, rewrite]. */
const REWRITES: readonly [string, (tex: string) => string][] = [
  ['\\log as \\ln', (t) => t.replace(/\\log(?![a-z])/g, '\\ln')],
  ['\\log as a bare word', (t) => t.replace(/\\log(?![a-z])/g, 'log')],
  ['\\log in roman type', (t) => t.replace(/\\log(?![a-z])/g, '\\mathrm{log}')],
  ['\\log as \\operatorname', (t) => t.replace(/\\log(?![a-z])/g, '\\operatorname{log}')],
  ['\\log to base 2', (t) => t.replace(/\\log(?![a-z_])/g, '\\log_2')],
  ['a thin space before \\log', (t) => t.replace(/\\log(?![a-z])/g, '\\,\\log')],
  ['\\displaystyle in front', (t) => `\\displaystyle ${t}`],
  ['a tag after', (t) => `${t} \\tag{3}`],
  ['a period after', (t) => `${t}.`],
  ['a comma after', (t) => `${t},`],
  ['a number after', (t) => `${t} \\quad \\text{(1)}`],
  ['$…$ left on', (t) => `$${t}$`],
  ['a Unicode minus', (t) => t.replace(/(^|[^\\a-z])-/g, '$1−')],
  ['∑ for \\sum', (t) => t.replace(/\\sum(?![a-z])/g, '∑')],
  ['⋅ for \\cdot', (t) => t.replace(/\\cdot(?![a-z])/g, '⋅')],
  ['\\tfrac', (t) => t.replace(/\\frac(?![a-z])/g, '\\tfrac')],
  ['\\dfrac', (t) => t.replace(/\\frac(?![a-z])/g, '\\dfrac')],
  ['\\frac1N', (t) => t.replace(/\\frac\{1\}\{([A-Za-z])\}/g, '\\frac1$1')],
  ['1/N', (t) => t.replace(/\\frac\{1\}\{([A-Za-z])\}/g, '1/$1 ')],
  ['\\sum\\limits', (t) => t.replace(/\\sum(?![a-z\\])/g, '\\sum\\limits')],
  ['\\sum\\nolimits', (t) => t.replace(/\\sum(?![a-z\\])/g, '\\sum\\nolimits')],
  ['bounds dropped', rangeTo((index) => `\\sum_{${index}}`)],
  ['a range with dots', rangeTo((index, bound) => `\\sum_{${index}=1,\\dots,${bound}}`)],
  ['a range as inequalities', rangeTo((index, bound) => `\\sum_{1\\le ${index}\\le ${bound}}`)],
  ['a range as a set', rangeTo((index, bound) => `\\sum_{${index}\\in [${bound}]}`)],
  ['\\widehat', (t) => t.replace(/\\hat\{/g, '\\widehat{')],
  ['\\hat without braces', (t) => t.replace(/\\hat\{([a-zA-Z])\}/g, '\\hat $1')],
  ['\\boldsymbol', (t) => t.replace(/\\mathbf\{/g, '\\boldsymbol{')],
  ['\\bm', (t) => t.replace(/\\mathbf\{/g, '\\bm{')],
  ['\\big brackets', (t) => t.replace(/\\left\(/g, '\\big(').replace(/\\right\)/g, '\\big)')],
  ['\\left( \\right) dropped', (t) => t.replace(/\\left([([])/g, '$1').replace(/\\right([)\]])/g, '$1')],
  ['a log argument in \\left( \\right)', (t) => t.replace(/\\log\s*\(([^()]*)\)/g, '\\log\\left($1\\right)')],
  ['full-width brackets', (t) => t.replace(/\\log\s*\(([^()]*)\)/g, '\\log（$1）')],
  ['a decimal comma', (t) => t.replace(/(\d)\.(\d)/g, '$1{,}$2')],
  ['a digit glued to \\log', (t) => t.replace(/\\(log|ln)\s+(\d)/g, '\\$1$2')],
  ['subscripts braced', (t) => t.replace(/_([a-zA-Z0-9])(?![a-zA-Z0-9{])/g, '_{$1}')],
  ['the two terms in brackets swapped', swapBracketedPair],
  ['square brackets as round', (t) => t.replace(/\\left\s*\[/g, '\\left(').replace(/\\right\s*\]/g, '\\right)').replace(/\\big\[/g, '\\big(').replace(/\\big\]/g, '\\big)')],
  ['round brackets as square', (t) => t.replace(/\\left\(/g, '\\left[').replace(/\\right\)/g, '\\right]')],
  ['\\cdot before each \\log', (t) => t.replace(/([A-Za-z0-9}) ])\s*\\(log|ln)(?![a-z])/g, '$1 \\cdot \\$2')],
  ['\\log with its argument braced', (t) => t.replace(/\\log\s*([a-zA-Z])(_(?:\{[a-z0-9,]+\}|[a-z0-9]))?(?![a-zA-Z0-9{(_^])/g, (_m, letter: string, sub?: string) => `\\log{${letter}${sub ?? ''}}`)],
  ['two sums in a row swapped', (t) => t.replace(/(\\sum_\{[^{}]*\}(?:\^\{[^{}]*\}|\^[A-Za-z0-9])?)\s*(\\sum_\{[^{}]*\}(?:\^\{[^{}]*\}|\^[A-Za-z0-9])?)/, '$2 $1')],
];

/**
 * [a + b] → [b + a] for the first square bracket (\left[ … \right] too) holding exactly two
 * terms joined by + at its top level: the order an author lists a sum's terms in says nothing.
 */
function swapBracketedPair(tex: string): string {
  const open = /\\left\s*\[|\[/g;
  for (let match = open.exec(tex); match; match = open.exec(tex)) {
    const start = match.index + match[0].length;
    let depth = 0;
    const plus: number[] = [];
    for (let i = start; i < tex.length; i++) {
      const ch = tex[i];
      if (ch === '\\' && /^\\right\s*\]/.test(tex.slice(i, i + 10)) && depth === 0) {
        return plus.length === 1 ? swapAt(tex, start, i, plus[0] as number) : tex;
      }
      if (ch === '(' || ch === '{' || ch === '[') depth++;
      else if (ch === ')' || ch === '}' || ch === ']') {
        if (depth === 0) return ch === ']' && plus.length === 1 ? swapAt(tex, start, i, plus[0] as number) : tex;
        depth--;
      } else if (ch === '+' && depth === 0) plus.push(i);
    }
    return tex;
  }
  return tex;
}

function swapAt(tex: string, start: number, end: number, plus: number): string {
  const first = tex.slice(start, plus).trim();
  const second = tex.slice(plus + 1, end).trim();
  return `${tex.slice(0, start)} ${second} + ${first} ${tex.slice(end)}`;
}

interface Found {
  count: number;
  examples: string[];
}

const fragile = new Map<string, Found>();
const badged = new Map<string, Found>();
let positives = 0;
let negatives = 0;

function note(into: Map<string, Found>, rewrite: string, line: string): void {
  const found = into.get(rewrite) ?? { count: 0, examples: [] };
  found.count += 1;
  if (found.examples.length < EXAMPLES) found.examples.push(line);
  into.set(rewrite, found);
}

for (const source of SPLITS.flatMap((split) => loadHeldoutSources(split))) {
  for (const item of source.formulas) {
    const accepted = acceptedKinds(item.label);
    if (accepted === 'any') continue;
    const negative = item.label.startsWith('negative_');
    const before = recogniseFormula(item.tex);
    // A positive counts when it is read as its label's kind now; a negative when it is unbadged now.
    if (!negative && (!before || !accepted.includes(before.kind))) continue;
    if (negative && before && isCrossEntropyKind(before.kind)) continue;
    if (negative) negatives += 1;
    else positives += 1;
    for (const [name, rewrite] of REWRITES) {
      const tex = rewrite(item.tex);
      if (tex === item.tex) continue;
      const after = recogniseFormula(tex)?.kind ?? null;
      const line = `${item.id}: ${negative ? item.label : before?.kind} → ${after}   ${tex.replace(/\s+/g, ' ').slice(0, 120)}`;
      if (!negative && after !== before?.kind) note(fragile, name, line);
      if (negative && after !== null && isCrossEntropyKind(after)) note(badged, name, line);
    }
  }
}

function print(title: string, found: Map<string, Found>): void {
  const total = [...found.values()].reduce((sum, f) => sum + f.count, 0);
  console.log(`${title}: ${total}`);
  for (const [name, { count, examples }] of [...found].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${String(count).padStart(4)}  ${name}`);
    for (const example of examples) console.log(`          ${example}`);
  }
  console.log('');
}

console.log(`probe:rewrites — ${REWRITES.length} rewrites of ${positives} positives (${SPLITS.join(', ')}) read as their kind and ${negatives} negatives left unbadged\n`);
print('positives read as another kind or as nothing after a rewrite', fragile);
print('negatives badged after a rewrite', badged);
