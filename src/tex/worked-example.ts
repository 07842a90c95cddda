// Worked examples: in an equation chain, the member with numbers substituted is
// recomputed (through the core) and compared with the value the author states,
// at the precision it is printed with. A wrong value gets the likeliest story.
import { bracketOpenAtRelation } from './canonical/text-typos';
import { crossEntropy, likelihood } from '../core';
import type { LogBase } from '../core/types';
import type { Chain, Expr } from './expr';
import type { BaseHint, BaseSource, ExampleContext } from './base-context';
import { baseFromPreceding, unitBase, unitInParagraph } from './base-context';
import type { EvalOptions, Substitution } from './numeric';
import { containsLg, evaluate, isFamilyMember, isLiteral, literalText, printedNumbers, substitution, writtenBase } from './numeric';
import type { Reading } from './read';
import { readingsOf } from './read';
import { roundingSpread } from './rounded-inputs';
import { matchKinds } from './registry';
import { containsLog, termsOf } from './terms';
import type { ExplanationCode, FormulaKind, Verdict, WorkedExampleCheck } from './types';
import { baseReason, explain } from './explanations';

const BASES: LogBase[] = ['e', '2', '10'];

export interface Stated {
  value: number;
  text: string;
  decimals: number;
}

export function statedFrom(text: string): Stated | null {
  const clean = text.replace(/\s/g, '');
  // 1.49 %: a percentage is the value over 100, printed to two more decimals.
  const percent = /^(.*?)(?:\\?%)$/.exec(clean);
  const digits = percent ? (percent[1] as string) : clean;
  if (!/^-?(?:\d+\.?\d*|\.\d+)$/.test(digits)) return null;
  const decimals = digits.includes('.') ? (digits.split('.')[1] as string).length : 0;
  if (percent) return { value: Number(digits) / 100, text: `${digits} %`, decimals: decimals + 2 };
  return { value: Number(digits), text: digits, decimals };
}

/** ≈ 2380: a whole number given as approximate is read to its last non-zero digit (here the tens). */
function atSignificantDigits(stated: Stated, relation: string | undefined): Stated {
  if (!relation || !APPROXIMATE.has(relation) || stated.decimals !== 0 || stated.value === 0) return stated;
  const zeros = /(0+)$/.exec(stated.text.replace(/^-/, ''))?.[1]?.length ?? 0;
  return zeros > 0 ? { ...stated, decimals: -zeros } : stated;
}

const APPROXIMATE = new Set(['\\approx', '\\simeq', '\\fallingdotseq', '\\doteq', '≈', '≒', '\\sim']);

/** H, H_0, H(X), H(p, q): the chain names an entropy, so log₂ N of a count there is one (N equal outcomes). */
function namesEntropy(e: Expr | undefined): boolean {
  const head = e?.k === 'call' ? e.head : e;
  return head?.k === 'sym' && (head.name === 'H' || head.name === '\\mathcal{H}' || head.name === '\\mathrm{H}');
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
  extras: { swapped?: number | null; withoutTerm?: (number | null)[]; unitsWritten?: boolean; sum?: number | null } = {},
): Candidate {
  if (extras.sum !== undefined && extras.sum !== null && matches(extras.sum, stated)) return { code: 'sum_not_mean', value: extras.sum };
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
  // −(0.6 ln 0.6 + 0.4 ln 0.4): weights equal to the logs' arguments is an entropy, not a cross-entropy.
  if (numeric.sign === 1 && numeric.t.length > 1 && numeric.t.every((t, i) => t === numeric.y[i])) return 'entropy';
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

/** Where the base of a chain comes from, in a reader's order: written, unit, setting, page, natural. */
function chooseBase(chain: Chain, member: Expr, context: ResolvedContext): { base: LogBase; source: BaseSource; evidence: string } {
  const written = writtenBase(member) ?? chain.members.map((m) => writtenBase(m)).find((b) => b) ?? null;
  if (written) return { base: written, source: 'written', evidence: written === 'e' ? '\\ln' : `\\log_{${written}}` };
  const hint = context.unit ?? context.hint;
  if (hint) return { base: hint.base, source: hint.source, evidence: hint.evidence };
  return { base: 'e', source: 'default', evidence: '' };
}

/**
 * The base `lg` stands for: 10 in ISO 80000 and most school curricula, 2 in much of
 * computer science. A unit or the page decides; otherwise the one of the two the
 * stated value fits, and base 10 when it fits neither.
 */
function lgBaseFor(member: Expr, stated: Stated, context: ResolvedContext): { base: LogBase; source: BaseSource; evidence: string; reason: { en: string; ja: string } } {
  const hint = context.unit ?? context.hint;
  if (hint && hint.base !== 'e') return { ...hint, source: hint.source, reason: baseReason({ base: hint.base, baseSource: hint.source, baseEvidence: hint.evidence }) };
  const verdictIn = (b: LogBase): Verdict => {
    const value = evaluate(member, { unwrittenBase: 'e', lgBase: b });
    return value !== null && Number.isFinite(value) ? verdictAt(value, stated) : 'wrong';
  };
  // An exact fit before one within the last digit (= 1 is log₂ exactly, and log₁₀ only up to rounding).
  const fits = (['10', '2'] as const).find((b) => verdictIn(b) === 'correct') ?? (['10', '2'] as const).find((b) => verdictIn(b) === 'rounding');
  const base = fits ?? '10';
  const name = base === '2' ? 'log₂' : 'log₁₀';
  return {
    base,
    source: 'written',
    evidence: `\\lg = ${name}`,
    reason: fits
      ? { en: `lg is log₁₀ in ISO 80000 and log₂ in computer science; the stated value fits ${name}, so lg is read as ${name} here.`, ja: `lg は ISO 80000 では log₁₀、計算機科学では log₂ を表します。記載の値が ${name} に合うので、ここでは ${name} と読みました。` }
      : { en: 'lg is log₁₀ in ISO 80000 and log₂ in computer science; the stated value fits neither, and log₁₀ is used.', ja: 'lg は ISO 80000 では log₁₀、計算機科学では log₂ を表します。記載の値はどちらにも合わないため、log₁₀ を使いました。' },
  };
}

/** The members the chain prints between positions `from` and `to` that are arithmetic on numbers (no log), with their values. */
function printedSteps(members: Expr[], from: number, to: number, base: LogBase): { member: Expr; value: number }[] {
  return members.slice(from + 1, Math.max(from + 1, to)).flatMap((member) => {
    if (isLiteral(member) || containsLog(member)) return [];
    const value = evaluate(member, { unwrittenBase: base });
    return value !== null && Number.isFinite(value) ? [{ member, value }] : [];
  });
}

/** A stated value read against a step made of printed (rounded) intermediate values, the last such step first. */
function fromRoundedValues(steps: { member: Expr; value: number }[], exact: number, stated: Stated): number | null {
  for (const { member, value } of [...steps].reverse()) {
    if (verdictAt(value, stated) === 'wrong') continue;
    // The intermediate values must themselves be the exact ones, rounded as printed.
    const slack = printedNumbers(member).reduce((sum, n) => sum + (n.decimals > 0 ? 10 ** -n.decimals / 2 : 0), 0);
    if (slack > 0 && Math.abs(value - exact) <= slack * 1.0001 + 1e-12) return value;
  }
  return null;
}

function checkChain(chain: Chain, context: ResolvedContext): WorkedExampleCheck | null {
  // Any base for lg makes a member numeric; which one the page means is decided below.
  const plain: EvalOptions = { unwrittenBase: 'e', lgBase: '10' };
  const members = chain.members;
  const computedIndex = members.findIndex((m) => !isLiteral(m) && isNumeric(m, plain));
  if (computedIndex < 0) return null;
  const literalAfter = members.map((m, i) => ({ m, i })).filter(({ m, i }) => i > computedIndex && isLiteral(m)).at(-1);
  const literalBefore = members.map((m, i) => ({ m, i })).filter(({ m, i }) => i < computedIndex && isLiteral(m)).at(-1);
  const statedAt = literalAfter ?? literalBefore;
  const printed = statedAt ? statedFrom(literalText(statedAt.m) ?? '') : null;
  const stated = printed && statedAt ? atSignificantDigits(printed, chain.relations[statedAt.i - 1]) : null;
  if (!stated || !statedAt) return null;
  const member = members[computedIndex] as Expr;
  const numeric = substitution(member);
  // Arithmetic with no logarithm (2 + 3 = 5, σ(0) = 0.5) is not a worked example of
  // cross-entropy: a chain needs a log, or a likelihood's product of powers, or a kind.
  const kind = kindOfChain(chain, numeric);
  if (kind === null && !containsLog(member)) return null;
  // Logs of numbers that are not probabilities (1/log 2 ≈ 1.44, log₂ 8 = 3) are arithmetic,
  // not a cross-entropy-family example: judged only when the reader asks for every log.
  // The family shows in what is computed: a log of a probability in a member made of numbers
  // (ln 0.75 / k beside 5730 ln(4/3) / ln 2 is a decay time, not an example), a kind, or an entropy's name.
  const family =
    numeric !== null ||
    members.some((m) => !isLiteral(m) && isNumeric(m, plain) && isFamilyMember(m, plain)) ||
    members.some((m) => matchKinds(m) !== null) ||
    namesEntropy(members[0]);
  if (!family && !context.everyLog) return null;
  const lg = containsLg(member) ? lgBaseFor(member, stated, context) : null;
  const { base, source, evidence } = lg ?? chooseBase(chain, member, context);
  const symbolic = members.some((m) => !isLiteral(m) && !isNumeric(m, plain));
  const extracted = numeric && symbolic ? numeric : null;
  const direct = (b: LogBase, force: boolean) => evaluate(member, force ? { unwrittenBase: b, forceBase: b } : { unwrittenBase: b, lgBase: base });
  // 0·log 0 taken as 0 (by the core for t and y read, by the evaluation otherwise) is said in the verdict.
  let zeroLogZero = extracted !== null && extracted.t.some((t, i) => t === 0 && extracted.y[i] === 0);
  const computed = (extracted ? coreValue(extracted, base) : null) ?? evaluate(member, { unwrittenBase: base, lgBase: base, onZeroLogZero: () => { zeroLogZero = true; } });
  if (computed === null || !Number.isFinite(computed)) return null;
  let verdict = verdictAt(computed, stated);
  let candidate: Candidate = { code: verdict === 'correct' ? 'matches' : isTruncation(computed, stated) ? 'truncated' : 'rounded', value: computed };
  // The steps the chain prints between the computed member and the stated value (½(0.252 + 2.408)).
  const steps = verdict === 'wrong' ? printedSteps(members, computedIndex, statedAt.i, base) : [];
  if (verdict === 'wrong' && statedAt.i > computedIndex) {
    const rounded = fromRoundedValues(steps, computed, stated);
    if (rounded !== null) {
      verdict = verdictAt(rounded, stated);
      candidate = { code: 'from_rounded_values', value: rounded };
    }
  }
  // Outputs printed to three decimals were rounded for display: the stated value may come from the
  // unrounded ones, unless the chain's own arithmetic after them (½(0.252 + 2.408) = 1.332) is off.
  const stepContradicts = steps.some((step) => verdictAt(step.value, stated) === 'wrong');
  const spread = verdict === 'wrong' && !stepContradicts ? roundingSpread(member, (m) => evaluate(m, { unwrittenBase: base, lgBase: base })) : null;
  if (spread !== null && spread > 0 && Math.abs(computed - stated.value) <= 10 ** -stated.decimals / 2 + spread) {
    verdict = 'rounding';
    candidate = { code: 'from_rounded_inputs', value: computed };
  }
  if (verdict === 'wrong') {
    const terms = member.k === 'neg' ? termsOf(member.arg) : termsOf(member);
    const outer = member.k === 'neg' ? -1 : 1;
    const withoutTerm = terms && terms.length > 1 && member.k === 'neg' && member.arg.k === 'add'
      ? member.arg.terms.map((_, skip) => {
          const rest = member.arg.k === 'add' ? member.arg.terms.filter((__, i) => i !== skip) : [];
          const v = evaluate({ k: 'add', terms: rest }, { unwrittenBase: base, lgBase: base });
          return v === null ? null : outer * v;
        })
      : [];
    let swapped: number | null = null;
    if (extracted && extracted.shape === 'log_sum') {
      const result = crossEntropy(extracted.y, extracted.t, { base });
      swapped = result.ok ? extracted.sign * extracted.scale * result.value.E : null;
    }
    // A 1/N in front asks for the mean; the sum stated instead is the commonest slip with it.
    const count = numeric ? Math.round(1 / numeric.scale) : 0;
    const sum = numeric && count >= 2 && Math.abs(count * numeric.scale - 1) < 1e-9 ? computed * count : null;
    candidate = explainWrong(stated, computed, base, (b) => direct(b, true), { swapped, withoutTerm, unitsWritten: context.unit !== null, sum });
  }
  const facts = { stated, computed, base, matchedBase: candidate.base, matchedValue: candidate.value, noLog: !containsLog(member), baseSource: source, baseEvidence: evidence, spread: spread ?? 0 };
  const text = zeroLogZero ? withSentence(explain(candidate.code, facts), ZERO_LOG_ZERO_NOTE) : explain(candidate.code, facts);
  const reason = lg?.reason ?? baseReason(facts);
  return {
    kind,
    t: extracted?.t ?? [],
    y: extracted?.y ?? [],
    base,
    baseSource: source,
    baseReason: reason,
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

/** The context with the base hints already read (unit in the example, setting or page). */
export interface ResolvedContext {
  unit: BaseHint | null;
  hint: BaseHint | null;
  everyLog: boolean;
}

export function resolveContext(tex: string, context: ExampleContext = {}): ResolvedContext {
  return {
    unit: unitBase(tex, context.following ?? ''),
    hint: context.baseHint ?? baseFromPreceding(context.preceding) ?? unitInParagraph(context.following),
    everyLog: context.everyLog === true,
  };
}

/** A key that is the same for two contexts exactly when they judge a formula alike (for caches). */
export function contextKey(tex: string, context?: ExampleContext): string {
  const { unit, hint, everyLog } = resolveContext(tex, context);
  const part = (h: BaseHint | null) => (h ? `${h.base}:${h.source}:${h.evidence}` : '-');
  return `${part(unit)}|${part(hint)}|${everyLog ? 1 : 0}`;
}

export function checkReading(reading: Reading, context: ResolvedContext): WorkedExampleCheck | null {
  for (const chain of reading.chains) {
    const check = checkChain(chain, context);
    if (check) return check;
  }
  return null;
}

/**
 * `(` left open in a member of the chain closed where the member ends, as the
 * author meant: `-\frac{1}{3}(\log a + \log b = 0.91` is the mean of both logs.
 */
export function closeOpenBrackets(tex: string): string {
  const pieces = tex.split(/(=|\\approx|\\simeq|\\fallingdotseq|≈|\\\\|&)/);
  let changed = false;
  const out = pieces.map((piece, index) => {
    if (index % 2 === 1) return piece;
    const open = (piece.match(/\(/g) ?? []).length - (piece.match(/\)/g) ?? []).length;
    if (open <= 0 || open > 3) return piece;
    changed = true;
    return `${piece.replace(/\s+$/, '')})`.concat(')'.repeat(open - 1), /\s+$/.exec(piece)?.[0] ?? '');
  });
  return changed ? out.join('') : tex;
}

function checkTexOnce(tex: string, context: ResolvedContext): WorkedExampleCheck | null {
  for (const reading of readingsOf(tex)) {
    const check = checkReading(reading, context);
    if (check) return check;
  }
  return null;
}

/** The verdict on `tex`, with a bracket the author left open closed when that is what makes sense of it. */
export function checkWorkedExampleTex(tex: string, context: ExampleContext = {}): WorkedExampleCheck | null {
  try {
    const resolved = resolveContext(tex, context);
    return retryWithBracketsClosed(tex, checkTexOnce(tex, resolved), resolved);
  } catch {
    return null;
  }
}

/** A wrong (or unreadable) chain read again with its open brackets closed; kept when that makes it right. */
export function retryWithBracketsClosed(tex: string, check: WorkedExampleCheck | null, context: ResolvedContext): WorkedExampleCheck | null {
  // The reading already closed a bracket left open at an equals sign (text-typos): the reader is told so.
  if (check && check.verdict !== 'wrong') return bracketOpenAtRelation(tex) !== tex ? withNote(check, BRACKET_NOTE) : check;
  // `(1.987%/year)`: a percent sign meant as one, not TeX's comment that swallows the rest of the line.
  if (!check && /(?<!\\)%/.test(tex)) {
    const literal = checkTexOnce(tex.replace(/(?<!\\)%/g, '\\%'), context);
    if (literal) return literal;
  }
  const closed = closeOpenBrackets(tex);
  if (closed === tex) return check;
  const repaired = checkTexOnce(closed, context);
  if (!repaired || repaired.verdict === 'wrong') return check ?? repaired;
  return withNote(repaired, BRACKET_NOTE);
}

const ZERO_LOG_ZERO_NOTE = {
  en: 'A term 0·log 0 is taken as 0, the limit of p log p as p → 0, as is usual for entropy, cross-entropy and KL.',
  ja: '0·log 0 の項は、p → 0 での p log p の極限として 0 とみなしました（エントロピー、交差エントロピー、KL での通常の約束です）。',
};

function withSentence(text: { en: string; ja: string }, note: { en: string; ja: string }): { en: string; ja: string } {
  return { en: `${text.en} ${note.en}`, ja: `${text.ja}${note.ja}` };
}

const BRACKET_NOTE = {
  en: 'Read with the bracket the formula leaves open closed at the end of its member.',
  ja: '閉じられていない括弧は、その項の終わりで閉じたものとして読みました。',
};

function withNote(check: WorkedExampleCheck, note: { en: string; ja: string }): WorkedExampleCheck {
  return { ...check, explanation: { ...check.explanation, ...withSentence(check.explanation, note) } };
}
