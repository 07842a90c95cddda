// The sentences of a worked-example verdict, in English and Japanese.
import type { LogBase } from '../core/types';
import type { ExplanationCode } from './types';

const BASE_EN: Record<LogBase, string> = { e: 'natural log', '2': 'base-2 log', '10': 'base-10 log' };
const BASE_JA: Record<LogBase, string> = { e: '自然対数', '2': '底 2 の対数', '10': '常用対数（底 10）' };

interface Facts {
  stated: { text: string; decimals: number };
  computed: number;
  base: LogBase;
  matchedBase?: LogBase | undefined;
  matchedValue?: number | null | undefined;
  /** The chain has no logarithm (a likelihood's product of powers): no base to name. */
  noLog?: boolean;
}

function format(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  return value.toFixed(Math.min(Math.max(decimals, 2), 12));
}

export function explain(code: ExplanationCode, facts: Facts): { en: string; ja: string } {
  const d = facts.stated.decimals;
  const computed = format(facts.computed, d);
  const stated = facts.stated.text;
  const inBase = BASE_EN[facts.base];
  const inBaseJa = BASE_JA[facts.base];
  const other = facts.matchedBase ?? 'e';
  const matched = facts.matchedValue === null || facts.matchedValue === undefined ? '' : format(Math.abs(facts.matchedValue), d);
  switch (code) {
    case 'matches':
      if (facts.noLog) return { en: `Correct: the product gives ${computed}.`, ja: `正しい値です。積は ${computed} になります。` };
      return { en: `Correct: the ${inBase} gives ${computed}.`, ja: `正しい値です。${inBaseJa}で ${computed} になります。` };
    case 'rounded':
      if (facts.noLog) return { en: `Correct up to rounding in the last digit: the product gives ${computed}.`, ja: `最後の桁の丸めの範囲で正しい値です。積は ${computed} です。` };
      return { en: `Correct up to rounding in the last digit: the ${inBase} gives ${computed}.`, ja: `最後の桁の丸めの範囲で正しい値です。${inBaseJa}では ${computed} です。` };
    case 'other_base':
      return {
        en: `${stated} is the value with the ${BASE_EN[other]}; the ${inBase} gives ${computed}.`,
        ja: `${stated} は${BASE_JA[other]}で計算した値です。${inBaseJa}では ${computed} になります。`,
      };
    case 'units_mixed':
      return {
        en: `${stated} is in ${other === '2' ? 'bits' : 'nats'} (${BASE_EN[other]}), but the units written are the other ones; the ${inBase} gives ${computed}.`,
        ja: `${stated} は${BASE_JA[other]}での値（${other === '2' ? 'ビット' : 'ナット'}）で、書かれた単位と合っていません。${inBaseJa}では ${computed} です。`,
      };
    case 'sign_dropped':
      return { en: `The minus sign was dropped: the value is ${computed}, not ${stated}.`, ja: `マイナス記号が抜けています。値は ${stated} ではなく ${computed} です。` };
    case 'sign_doubled':
      return { en: `The sign was applied twice: the value is ${computed}, not ${stated}.`, ja: `符号が二重にかかっています。値は ${stated} ではなく ${computed} です。` };
    case 'sign_and_base':
      return {
        en: `${stated} is the ${BASE_EN[other]} with the minus dropped. The ${inBase} gives ${computed} (${matched} if ${other === 'e' ? 'the natural log' : `base ${other}`} was meant).`,
        ja: `${stated} は${BASE_JA[other]}で計算し、マイナス記号を落とした値です。${inBaseJa}では ${computed} になります（${other === 'e' ? '自然対数' : `底 ${other}`}のつもりなら ${matched}）。`,
      };
    case 'truncated':
      return { en: `${stated} was truncated rather than rounded: the value is ${format(facts.computed, d + 2)}.`, ja: `${stated} は四捨五入ではなく切り捨てた値です。正確には ${format(facts.computed, d + 2)} です。` };
    case 'swapped':
      return { en: `${stated} is what you get with t and y swapped; the value is ${computed}.`, ja: `${stated} は t と y を入れ替えたときの値です。正しくは ${computed} です。` };
    case 'term_missing':
      return { en: `${stated} leaves one term of the sum out; with every term the value is ${computed}.`, ja: `${stated} は和の項が一つ抜けた値です。すべての項を入れると ${computed} になります。` };
    default:
      return { en: `The stated ${stated} does not match: the ${inBase} gives ${computed}.`, ja: `記載の ${stated} は合いません。${inBaseJa}では ${computed} になります。` };
  }
}
