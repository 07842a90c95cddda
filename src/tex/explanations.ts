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
  /** Where the base came from and the words or TeX that decided it. */
  baseSource?: 'written' | 'unit' | 'page' | 'setting' | 'default';
  baseEvidence?: string;
  /** How far the printed inputs' rounding can move the result (from_rounded_inputs). */
  spread?: number;
}

/** Which base was used and why, as a reader would want it said. */
export function baseReason(facts: Pick<Facts, 'base' | 'baseSource' | 'baseEvidence' | 'noLog'>): { en: string; ja: string } {
  const en = BASE_EN[facts.base];
  const ja = BASE_JA[facts.base];
  const quoted = facts.baseEvidence ? ` (“${facts.baseEvidence}”)` : '';
  const quotedJa = facts.baseEvidence ? `（「${facts.baseEvidence}」）` : '';
  if (facts.noLog) return { en: 'No logarithm: the product is computed as written.', ja: '対数を含まないので、積をそのまま計算しました。' };
  switch (facts.baseSource) {
    case 'written':
      return { en: `The ${en}, as the formula writes it${quoted}.`, ja: `式に書かれているとおり${ja}を使いました${quotedJa}。` };
    case 'unit':
      return { en: `The ${en}, because the value is given in ${unitName(facts.base)}${quoted}.`, ja: `値の単位が${unitNameJa(facts.base)}なので${ja}を使いました${quotedJa}。` };
    case 'page':
      return { en: `The ${en}, because the page says so before this formula${quoted}.`, ja: `この式より前でページがそう述べているので${ja}を使いました${quotedJa}。` };
    case 'setting':
      return { en: `The ${en}, as set for this file${quoted}.`, ja: `このファイルの設定どおり${ja}を使いました${quotedJa}。` };
    default:
      return { en: `The ${en}: no base is written or stated, and the natural log is the usual one in machine learning.`, ja: `底の記載も説明もないため、機械学習で一般的な${ja}を使いました。` };
  }
}

function unitName(base: LogBase): string {
  return base === '2' ? 'bits' : base === 'e' ? 'nats' : 'bans (hartleys)';
}

function unitNameJa(base: LogBase): string {
  return base === '2' ? 'ビット' : base === 'e' ? 'ナット' : 'ハートレー';
}

function format(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  return value.toFixed(Math.min(Math.max(decimals, 2), 12));
}

export function explain(code: ExplanationCode, facts: Facts): { en: string; ja: string } {
  const d = facts.stated.decimals;
  // A value stated in per cent is answered in per cent, to the digits it was printed with.
  const perCent = facts.stated.text.endsWith('%');
  const show = (value: number, decimals: number) => (perCent ? `${format(value * 100, decimals - 2)} %` : format(value, decimals));
  const computed = show(facts.computed, d);
  const stated = facts.stated.text;
  const inBase = BASE_EN[facts.base];
  const inBaseJa = BASE_JA[facts.base];
  const other = facts.matchedBase ?? 'e';
  const matched = facts.matchedValue === null || facts.matchedValue === undefined ? '' : show(Math.abs(facts.matchedValue), d);
  switch (code) {
    case 'matches':
      if (facts.noLog) return { en: `Correct: the product gives ${computed}.`, ja: `正しい値です。積は ${computed} になります。` };
      return { en: `Correct: the ${inBase} gives ${computed}.`, ja: `正しい値です。${inBaseJa}で ${computed} になります。` };
    case 'rounded':
      if (facts.noLog) return { en: `Correct up to rounding in the last digit: the product gives ${computed}.`, ja: `最後の桁の丸めの範囲で正しい値です。積は ${computed} です。` };
      return { en: `Correct up to rounding in the last digit: the ${inBase} gives ${computed}.`, ja: `最後の桁の丸めの範囲で正しい値です。${inBaseJa}では ${computed} です。` };
    case 'other_base':
      if (facts.baseSource === 'page' || facts.baseSource === 'setting')
        return {
          en: `${stated} is the value with the ${BASE_EN[other]}, but ${facts.baseSource === 'page' ? 'the page said' : 'this file is set to'} the ${inBase}${facts.baseEvidence ? ` (“${facts.baseEvidence}”)` : ''}, which gives ${computed}.`,
          ja: `${stated} は${BASE_JA[other]}での値ですが、${facts.baseSource === 'page' ? 'ページでは' : 'このファイルの設定では'}${inBaseJa}とされています${facts.baseEvidence ? `（「${facts.baseEvidence}」）` : ''}。${inBaseJa}では ${computed} になります。`,
        };
      return {
        en: `${stated} is the value with the ${BASE_EN[other]}; the ${inBase} gives ${computed}.`,
        ja: `${stated} は${BASE_JA[other]}で計算した値です。${inBaseJa}では ${computed} になります。`,
      };
    case 'units_mixed':
      return {
        en: `${stated} is the value in ${unitName(other)} (${BASE_EN[other]}), but the unit written is ${unitName(facts.base)}: in ${unitName(facts.base)} it is ${computed}.`,
        ja: `${stated} は${BASE_JA[other]}での値（${unitNameJa(other)}）ですが、書かれた単位は${unitNameJa(facts.base)}です。${unitNameJa(facts.base)}では ${computed} になります。`,
      };
    case 'from_rounded_inputs':
      return {
        en: `Correct for the unrounded values behind the printed ones: from the printed values the ${inBase} gives ${show(facts.computed, d + 1)}, and their rounding can move it by up to ±${show(facts.spread ?? 0, d + 1)}.`,
        ja: `表示のために丸められた値の元の値からは正しい結果です。表示された値から${inBaseJa}で計算すると ${show(facts.computed, d + 1)} で、その丸めによって最大 ±${show(facts.spread ?? 0, d + 1)} ずれます。`,
      };
    case 'from_rounded_values':
      return {
        en: `Correct for the rounded values the chain prints before it: they give ${matched}; unrounded, the value is ${show(facts.computed, d + 2)}.`,
        ja: `途中で丸めて書かれた値からは正しい結果です（${matched}）。丸めずに計算すると ${show(facts.computed, d + 2)} です。`,
      };
    case 'sum_not_mean':
      return {
        en: `${stated} is the sum of the terms, but the 1/N in front asks for their mean: ${computed}.`,
        ja: `${stated} は各項の和ですが、前にある 1/N は平均を求めています。平均は ${computed} です。`,
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
      return { en: `${stated} was truncated rather than rounded: the value is ${show(facts.computed, d + 2)}.`, ja: `${stated} は四捨五入ではなく切り捨てた値です。正確には ${show(facts.computed, d + 2)} です。` };
    case 'swapped':
      return { en: `${stated} is what you get with t and y swapped; the value is ${computed}.`, ja: `${stated} は t と y を入れ替えたときの値です。正しくは ${computed} です。` };
    case 'term_missing':
      return { en: `${stated} leaves one term of the sum out; with every term the value is ${computed}.`, ja: `${stated} は和の項が一つ抜けた値です。すべての項を入れると ${computed} になります。` };
    default:
      return { en: `The stated ${stated} does not match: the ${inBase} gives ${computed}.`, ja: `記載の ${stated} は合いません。${inBaseJa}では ${computed} になります。` };
  }
}
