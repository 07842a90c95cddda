// Worked examples: in an equation chain, the member with numbers substituted is
// recomputed (through the core) and compared with the value the author states,
// at the precision it is printed with. A wrong value gets the likeliest story.
import { crossEntropy, likelihood } from '../core';
import type { LogBase } from '../core/types';
import type { Chain, Expr } from './expr';
import type { EvalOptions, Substitution } from './numeric';
import { evaluate, isLiteral, literalText, substitution, writtenBase } from './numeric';
import type { Reading } from './read';
import { readingsOf } from './read';
import { matchKinds } from './registry';
import { containsLog, termsOf } from './terms';
import type { ExplanationCode, FormulaKind, Verdict, WorkedExampleCheck } from './types';
import { explain } from './explanations';

const BASES: LogBase[] = ['e', '2', '10'];

export interface Stated {
  value: number;
  text: string;
  decimals: number;
}

export function statedFrom(text: string): Stated | null {
  const clean = text.replace(/\s/g, '');
  if (!/^-?(?:\d+\.?\d*|\.\d+)$/.test(clean)) return null;
  const decimals = clean.includes('.') ? (clean.split('.')[1] as string).length : 0;
  return { value: Number(clean), text: clean, decimals };
}

/** correct / rounding / wrong for `computed` against a value printed with `decimals` digits. */
export function verdictAt(computed: number, stated: Stated): Verdict {
  const unit = 10 ** -stated.decimals;
  const diff = Math.abs(computed - stated.value);
  const slack = 1e-9 * Math.max(1, Math.abs(stated.value));
  if (diff <= unit / 2 + slack) return 'correct';
  // Off by less than one unit in the last printed digit; a whole unit off is wrong.
  if (diff < unit - slack) return 'rounding';
  return 'wrong';
}

function matches(value: number | null, stated: Stated): boolean {
  return value !== null && Number.isFinite(value) && verdictAt(value, stated) !== 'wrong';
}

/** The stated value is the computed one cut (not rounded) at the printed decimals. */
function isTruncation(computed: number, stated: Stated): boolean {
  const scale = 10 ** stated.decimals;
  return Math.abs(Math.trunc(computed * scale) / scale - stated.value) < 1e-9 / scale + 1e-12;
}

interface Candidate {
  code: ExplanationCode;
  value: number | null;
  base?: LogBase;
}

/** What the stated number does match, tried in order of how often authors slip that way. */
export function explainWrong(
  stated: Stated,
  computed: number,
  base: LogBase,
  valueInBase: (b: LogBase) => number | null,
  extras: { swapped?: number | null; withoutTerm?: (number | null)[]; unitsWritten?: boolean } = {},
): Candidate {
  const others = BASES.filter((b) => b !== base);
  for (const b of others) {
    if (matches(valueInBase(b), stated)) return { code: extras.unitsWritten ? 'units_mixed' : 'other_base', value: valueInBase(b), base: b };
  }
  if (matches(-computed, stated)) return { code: stated.value < 0 ? 'sign_dropped' : 'sign_doubled', value: -computed };
  for (const b of others) {
    const v = valueInBase(b);
    if (v !== null && matches(-v, stated)) return { code: 'sign_and_base', value: -v, base: b };
  }
  if (isTruncation(computed, stated)) return { code: 'truncated', value: computed };
  if (extras.swapped !== undefined && matches(extras.swapped, stated)) return { code: 'swapped', value: extras.swapped ?? null };
  for (const v of extras.withoutTerm ?? []) if (matches(v, stated)) return { code: 'term_missing', value: v };
  return { code: 'unexplained', value: null };
}

function isNumeric(e: Expr, options: EvalOptions): boolean {
  return evaluate(e, options) !== null;
}

function kindOfChain(chain: Chain, numeric: Substitution | null): FormulaKind | null {
  for (const member of chain.members) {
    const found = matchKinds(member);
    if (found) return found.kind;
  }
  if (!numeric || numeric.t.length === 0) return null;
  if (numeric.shape === 'power_product') return 'likelihood_product';
  return numeric.sign === 1 ? 'ce_multiclass' : 'log_likelihood';
}

/** The value of the substituted member through the core, when t and y were read. */
function coreValue(numeric: Substitution, base: LogBase): number | null {
  if (numeric.shape === 'power_product') {
    const result = likelihood(numeric.t, numeric.y);
    return result.ok ? result.value.L : null;
  }
  const result = crossEntropy(numeric.t, numeric.y, { base });
  return result.ok ? numeric.sign * numeric.scale * result.value.E : null;
}

function checkChain(chain: Chain, unitsWritten: boolean): WorkedExampleCheck | null {
  const plain: EvalOptions = { unwrittenBase: 'e' };
  const members = chain.members;
  const computedIndex = members.findIndex((m) => !isLiteral(m) && isNumeric(m, plain));
  if (computedIndex < 0) return null;
  const literalAfter = members.map((m, i) => ({ m, i })).filter(({ m, i }) => i > computedIndex && isLiteral(m)).at(-1);
  const literalBefore = members.map((m, i) => ({ m, i })).filter(({ m, i }) => i < computedIndex && isLiteral(m)).at(-1);
  const statedMember = (literalAfter ?? literalBefore)?.m;
  const stated = statedMember ? statedFrom(literalText(statedMember) ?? '') : null;
  if (!stated) return null;
  const member = members[computedIndex] as Expr;
  const numeric = substitution(member);
  // Arithmetic with no logarithm (2 + 3 = 5, σ(0) = 0.5) is not a worked example of
  // cross-entropy: a chain needs a log, or a likelihood's product of powers, or a kind.
  const kind = kindOfChain(chain, numeric);
  if (kind === null && !containsLog(member)) return null;
  const base: LogBase = writtenBase(member) ?? members.map((m) => writtenBase(m)).find((b) => b) ?? 'e';
  const symbolic = members.some((m) => !isLiteral(m) && !isNumeric(m, plain));
  const extracted = numeric && symbolic ? numeric : null;
  const direct = (b: LogBase, force: boolean) => evaluate(member, force ? { unwrittenBase: b, forceBase: b } : { unwrittenBase: b });
  const computed = (extracted ? coreValue(extracted, base) : null) ?? direct(base, false);
  if (computed === null || !Number.isFinite(computed)) return null;
  const verdict = verdictAt(computed, stated);
  let candidate: Candidate = { code: verdict === 'correct' ? 'matches' : isTruncation(computed, stated) ? 'truncated' : 'rounded', value: computed };
  if (verdict === 'wrong') {
    const terms = member.k === 'neg' ? termsOf(member.arg) : termsOf(member);
    const outer = member.k === 'neg' ? -1 : 1;
    const withoutTerm = terms && terms.length > 1 && member.k === 'neg' && member.arg.k === 'add'
      ? member.arg.terms.map((_, skip) => {
          const rest = member.arg.k === 'add' ? member.arg.terms.filter((__, i) => i !== skip) : [];
          const v = evaluate({ k: 'add', terms: rest }, { unwrittenBase: base });
          return v === null ? null : outer * v;
        })
      : [];
    let swapped: number | null = null;
    if (extracted && extracted.shape === 'log_sum') {
      const result = crossEntropy(extracted.y, extracted.t, { base });
      swapped = result.ok ? extracted.sign * extracted.scale * result.value.E : null;
    }
    candidate = explainWrong(stated, computed, base, (b) => direct(b, true), { swapped, withoutTerm, unitsWritten });
  }
  const text = explain(candidate.code, { stated, computed, base, matchedBase: candidate.base, matchedValue: candidate.value, noLog: !containsLog(member) });
  return {
    kind,
    t: extracted?.t ?? [],
    y: extracted?.y ?? [],
    base,
    stated,
    computed,
    verdict,
    explanation: {
      code: candidate.code,
      ...(candidate.value !== null && candidate.code !== 'matches' && candidate.code !== 'rounded' ? { matchedValue: candidate.value } : {}),
      ...(candidate.base ? { matchedBase: candidate.base } : {}),
      ...text,
    },
  };
}

export function checkReading(reading: Reading): WorkedExampleCheck | null {
  const unitsWritten = /\b(?:bits?|nats?|shannons?)\b|ビット|ナット/.test(reading.normalised);
  for (const chain of reading.chains) {
    const check = checkChain(chain, unitsWritten);
    if (check) return check;
  }
  return null;
}

export function checkWorkedExampleTex(tex: string): WorkedExampleCheck | null {
  try {
    for (const reading of readingsOf(tex)) {
      const check = checkReading(reading);
      if (check) return check;
    }
    return null;
  } catch {
    return null;
  }
}
