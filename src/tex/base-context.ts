// The log base as a reader takes it from around a worked example: a unit written
// with the value (bits, nats, bans, ビット, 比特 …), or what the page said before it
// ("log is base 2 here", 「対数の底は2」, \log defined as \log_2, a \log_2 in the
// general formula). Plain regular expressions over text: no parser, so the page
// side can bundle it cheaply. Never throws.
import type { LogBase } from '../core/types';

export type BaseSource = 'written' | 'unit' | 'page' | 'setting' | 'default';

export interface BaseHint {
  base: LogBase;
  source: Exclude<BaseSource, 'written' | 'default'>;
  /** The words or TeX that decided it, as found (shown to the reader, shortened). */
  evidence: string;
}

/** What a formula's surroundings say; every field optional. Serialisable (crosses messages). */
export interface ExampleContext {
  /** A base fixed by the reader or the author (front matter, `--base`): wins over the page's prose. */
  baseHint?: BaseHint;
  /** Text before the formula, oldest first: prose and the TeX of earlier formulas. */
  preceding?: string[];
  /** A few characters right after the formula (`$-\log 0.1 = 2.30$ bits`). */
  following?: string;
  /** Verdicts on every numeric log, not only cross-entropy-family examples. */
  everyLog?: boolean;
}

/** Bounds: the nearest statements are the ones a reader remembers. */
export const MAX_PRECEDING_CHARS = 8000;

const NUM = (n: string) => `(?:${n}|\\{\\s*${n}\\s*\\})`;

interface Rule {
  base: LogBase;
  pattern: RegExp;
}

// Units: a value in bits is a base-2 value, in nats natural, in bans/hartleys/dits decimal.
const UNIT_RULES: Rule[] = [
  { base: '2', pattern: /(?:\b(?:bits?|shannons?|Sh)\b|ビット|比特|位元)/i },
  { base: 'e', pattern: /(?:\bnats?\b|\bnits?\b|ナット|奈特|纳特)/i },
  { base: '10', pattern: /(?:\b(?:bans?|hartleys?|dits?|decits?)\b|ハートレー|哈特莱|ディット)/i },
];

/** A unit written in the example itself or right after it (`2.30\ \text{bits}`, `$…$ ビット`). */
export function unitBase(tex: string, following = ''): BaseHint | null {
  const texUnits = [...tex.matchAll(/\\(?:text|mathrm|textrm|mbox|operatorname|mathit|textit)\s*\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
  // Bare words in TeX (`= 1\ bit`, `ビット`) outside commands.
  texUnits.push(tex.replace(/\\[A-Za-z]+/g, ' '));
  const after = following.slice(0, 24).replace(/^[\s)）.,、。:：]*/, '');
  for (const piece of texUnits) {
    const found = firstUnit(piece);
    if (found) return { ...found, source: 'unit' };
  }
  const start = /^(?:\(|（)?\s*([A-Za-z\u3040-\u30ff\u4e00-\u9fff]+)/.exec(after)?.[1];
  if (start) {
    const found = firstUnit(start);
    if (found) return { ...found, source: 'unit' };
  }
  return null;
}

/** A unit further on in the same paragraph (`… \\approx 0.721$ … $= 0.011 \\text{ bits}$`): the page's unit there. */
export function unitInParagraph(following = ''): BaseHint | null {
  const paragraph = following.slice(0, FOLLOWING_PARAGRAPH_CHARS).split(/\n\s*\n/)[0] ?? '';
  const found = firstUnit(paragraph.replace(/\\(?!text|mathrm)[A-Za-z]+/g, ' '));
  return found ? { ...found, source: 'page' } : null;
}

/** How far after a formula its paragraph is read for a unit. */
export const FOLLOWING_PARAGRAPH_CHARS = 200;

function firstUnit(text: string): { base: LogBase; evidence: string } | null {
  for (const rule of UNIT_RULES) {
    const m = rule.pattern.exec(text);
    if (m) return { base: rule.base, evidence: m[0] };
  }
  return null;
}

const BASE_WORD: Record<string, LogBase> = { '2': '2', two: '2', 二: '2', '10': '10', ten: '10', 十: '10', e: 'e' };

// Statements in prose. Each names a base; the latest statement before the formula wins.
const PROSE_RULES: Rule[] = [
  // English: "log is base 2", "logarithms to base 2", "log base 2", "base-2 logarithm", "binary logarithm"
  { base: '2', pattern: /\b(?:log(?:arithm)?s?\s+(?:(?:is|are)\s+)?(?:taken\s+)?(?:in|to|with|of)?\s*(?:the\s+)?base[\s-]*(?:2|two)\b|base[\s-]*(?:2|two)\s+log(?:arithm)?s?\b|binary\s+log(?:arithm)?s?\b)/i },
  { base: '10', pattern: /\b(?:log(?:arithm)?s?\s+(?:(?:is|are)\s+)?(?:taken\s+)?(?:in|to|with|of)?\s*(?:the\s+)?base[\s-]*(?:10|ten)\b|base[\s-]*(?:10|ten)\s+log(?:arithm)?s?\b|common\s+log(?:arithm)?s?\b|decimal\s+log(?:arithm)?s?\b)/i },
  { base: 'e', pattern: /\b(?:log(?:arithm)?s?\s+(?:(?:is|are)\s+)?(?:taken\s+)?(?:in|to|with|of)?\s*(?:the\s+)?base[\s-]*e\b|(?:log|logarithm)s?\s+(?:here\s+)?(?:is|are|means?|denotes?|refers? to)\s+(?:the\s+)?natural\b|natural\s+log(?:arithm)?s?\s+(?:is|are)\s+used\b|(?:we\s+)?use\s+(?:the\s+)?natural\s+log(?:arithm)?s?\b)/i },
  // Units named for the whole text: "in bits", "measured in nats", "units of bits".
  { base: '2', pattern: /\b(?:in|of|as)\s+bits\b|\bbits\s+(?:per|of\s+information)\b/i },
  { base: 'e', pattern: /\b(?:in|of|as)\s+nats\b/i },
  { base: '10', pattern: /\b(?:in|of|as)\s+(?:bans|hartleys|dits)\b/i },
  // Japanese: 「対数の底は2」「底を2とする」「2を底とする」「底が2の対数」「単位はビット」「ビット単位」
  { base: '2', pattern: /底\s*(?:は|を|が|として|に|=|＝|：|:)?\s*(?:2|２|二)(?!\d)|(?:2|２|二)\s*を\s*底|二進対数|単位\s*(?:は|を|が|：|:)?\s*(?:ビット|bit)|(?:ビット|bit)\s*(?:単位|で(?:測|表|計))/i },
  { base: '10', pattern: /底\s*(?:は|を|が|として|に|=|＝|：|:)?\s*(?:10|１０|十)(?!\d)|(?:10|１０)\s*を\s*底|常用対数\s*(?:を|で|と)/ },
  { base: 'e', pattern: /底\s*(?:は|を|が|として|に|=|＝|：|:)?\s*(?:e|ｅ|ネイピア数)(?![a-z])|(?:e|ネイピア数)\s*を\s*底|自然対数\s*(?:を(?:用い|使|と)|で(?:計算|考え|表))|(?:log|対数)\s*は\s*自然対数|単位\s*(?:は|を|が|：|:)?\s*ナット|ナット\s*単位/ },
  // Chinese: 「以2为底」「底数为2」「单位是比特」「以比特为单位」「自然对数」
  { base: '2', pattern: /以\s*2\s*为底|底(?:数)?\s*(?:为|是|取)\s*2(?!\d)|(?:单位|單位)\s*(?:为|是|為)?\s*(?:比特|bit)|以\s*(?:比特|bit)\s*(?:为|為)\s*(?:单位|單位)/i },
  { base: '10', pattern: /以\s*10\s*为底|底(?:数)?\s*(?:为|是|取)\s*10(?!\d)/ },
  { base: 'e', pattern: /以\s*e\s*为底|底(?:数)?\s*(?:为|是|取)\s*e(?![a-z])|(?:log|对数)\s*(?:为|是|指|表示)\s*自然对数|(?:单位|單位)\s*(?:为|是)?\s*(?:奈特|纳特|nat)|以\s*(?:奈特|纳特|nat)\s*(?:为|為)\s*(?:单位|單位)/i },
];

// In TeX: \log defined as \log_2 (\log := \log_2, \log \equiv \log_2, \log = \log_2),
// or a general formula whose logs are written with a base and a symbol argument.
const TEX_DEFINITION = new RegExp(`\\\\log\\s*(?::=|\\\\equiv|\\\\coloneqq|=|≡)\\s*\\\\(?:log_\\s*${NUM('(2|10|e)')}|ln)`);
const TEX_GENERAL = new RegExp(`\\\\(?:log_\\s*${NUM('(2|10|e)')}|(ln))\\s*(?:\\\\left\\s*)?[({]?\\s*(?:\\\\[A-Za-z]+\\s*\\{?\\s*)?[A-Za-z]`);


/** A statement of the base at a place in a text. */
export interface BaseStatementAt extends BaseHint {
  index: number;
}

/** Every statement of the base in `text`, in the order they appear (one pass per rule). */
export function baseStatementsIn(text: string): BaseStatementAt[] {
  if (typeof text !== 'string' || !text) return [];
  const found: BaseStatementAt[] = [];
  const global = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const rule of PROSE_RULES) {
    for (const m of text.matchAll(global(rule.pattern))) found.push({ index: m.index, base: rule.base, source: 'page', evidence: shorten(m[0]) });
  }
  for (const pattern of [TEX_DEFINITION, TEX_GENERAL]) {
    for (const m of text.matchAll(global(pattern))) {
      const group = m.slice(1).find((g) => g !== undefined);
      found.push({ index: m.index, base: group ? (BASE_WORD[group] ?? 'e') : 'e', source: 'page', evidence: shorten(m[0]) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The latest statement that starts before `offset` and within the preceding bound. */
export function statementBefore(statements: readonly BaseStatementAt[], offset: number): BaseHint | null {
  for (let i = statements.length - 1; i >= 0; i--) {
    const at = statements[i] as BaseStatementAt;
    if (at.index >= offset) continue;
    if (at.index < offset - MAX_PRECEDING_CHARS) return null;
    return { base: at.base, source: at.source, evidence: at.evidence };
  }
  return null;
}

/** The base a stretch of prose or TeX states, with the words that state it; the latest statement wins. */
export function baseStatement(text: string): BaseHint | null {
  if (typeof text !== 'string' || !text) return null;
  const bounded = text.length > MAX_PRECEDING_CHARS ? text.slice(-MAX_PRECEDING_CHARS) : text;
  return statementBefore(baseStatementsIn(bounded), bounded.length);
}

/** The page's statement from the text before a formula (pieces oldest first). */
export function baseFromPreceding(preceding: readonly string[] | undefined): BaseHint | null {
  if (!preceding || preceding.length === 0) return null;
  let text = '';
  for (let i = preceding.length - 1; i >= 0 && text.length < MAX_PRECEDING_CHARS; i--) {
    const piece = preceding[i];
    if (typeof piece === 'string') text = `${piece}\n${text}`;
  }
  return baseStatement(text);
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 48 ? `${flat.slice(0, 47)}…` : flat;
}
