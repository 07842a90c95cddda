// One English and one Japanese sentence for every diagnostic code.
import type { Diagnostic, DiagnosticCode, DiagnosticInput } from './diagnostics';

type Lang = 'en' | 'ja';
type Sentence = (d: Diagnostic, where: Where) => string;
interface Where {
  /** "y", "y[2]", "row 3 of Y, column 2" and the Japanese equivalents. */
  en: string;
  ja: string;
}

const INPUT_NAMES: Record<DiagnosticInput, { en: string; ja: string }> = {
  t: { en: 'the targets t', ja: '正解t' },
  y: { en: 'the predictions y', ja: '予測y' },
  z: { en: 'the logits z', ja: 'ロジットz' },
  p: { en: 'the entries of p', ja: '分布p' },
  q: { en: 'the entries of q', ja: '分布q' },
  weights: { en: 'the weights', ja: '重み' },
  params: { en: 'the options', ja: 'オプション' },
};

function whereOf(d: Diagnostic): Where {
  const name = d.input ? INPUT_NAMES[d.input] : { en: 'the input', ja: '入力' };
  const symbol = d.input && d.input !== 'params' && d.input !== 'weights' ? d.input : '';
  if (d.row !== undefined && d.index !== undefined) {
    return {
      en: `${name.en}, row ${d.row + 1}, class ${d.index}`,
      ja: `${name.ja}の${d.row + 1}行目・クラス${d.index}`,
    };
  }
  if (d.row !== undefined) return { en: `${name.en}, row ${d.row + 1}`, ja: `${name.ja}の${d.row + 1}行目` };
  if (d.index !== undefined) {
    if (symbol) return { en: `${symbol}[${d.index}]`, ja: `${symbol}[${d.index}]` };
    return { en: `entry ${d.index} of ${name.en}`, ja: `${name.ja}の${d.index}番目` };
  }
  return name;
}

function value(d: Diagnostic, key: string): string {
  const v = d.values?.[key];
  if (v === undefined) return '?';
  return typeof v === 'number' ? formatNumber(v) : v;
}

function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'NaN' : x > 0 ? '∞' : '−∞';
  if (x !== 0 && (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e6)) return x.toExponential(3);
  return String(Number(x.toPrecision(6)));
}

const EN: Record<DiagnosticCode, Sentence> = {
  shape_mismatch: (d, w) =>
    d.values?.expected !== undefined
      ? `The sizes do not match: ${w.en} has ${value(d, 'actual')} entries where ${value(d, 'expected')} are needed.`
      : `The sizes do not match in ${w.en}.`,
  empty_input: (_d, w) => `There is nothing to compute: ${w.en} is empty.`,
  invalid_probability: (d, w) =>
    `${cap(w.en)} is ${value(d, 'value')}, which is not a probability (${aboveOne(d) ? 'a prediction cannot be above 1' : 'it must not be negative'}).`,
  invalid_target: (d, w) =>
    d.values?.classes !== undefined
      ? `${cap(w.en)} names class ${value(d, 'value')}, but the classes run from 0 to ${Number(d.values.classes) - 1}.`
      : d.values?.labels === 'plusMinusOne'
        ? `${cap(w.en)} is ${value(d, 'value')}, which is not a label: labels here are −1 (negative class) and +1 (positive class), or a value between them.`
        : `${cap(w.en)} is ${value(d, 'value')}, which is not a valid target.`,
  non_finite_input: (d, w) => `${cap(w.en)} is ${value(d, 'value')}; only finite numbers can be used here.`,
  invalid_base: (d) => `The log base ${value(d, 'value')} is not supported; use e, 2 or 10.`,
  invalid_label_smoothing: (d) => `Label smoothing must be between 0 and 1; it is ${value(d, 'value')}.`,
  invalid_weight: (d, w) => `${cap(w.en)} is ${value(d, 'value')}; weights must be finite and not negative.`,
  zero_weight_sum: () => 'The weights of the samples that count add up to 0, so the weighted mean is undefined.',
  no_valid_samples: () => 'Every sample is ignored, so there is no mean to take.',
  invalid_option: (d) => `The option ${value(d, 'option')} cannot be ${value(d, 'value')}.`,
  zero_sum: (_d, w) => `${cap(w.en)} add up to 0, so it cannot be rescaled to sum to 1.`,
  invalid_number: (d) => `"${value(d, 'token')}" is not a number.`,
  invalid_request: () => 'The request could not be read: it needs an op, inputs and params.',
  y_not_normalised: (d, w) =>
    `${cap(w.en)} add up to ${value(d, 'sum')}, not 1 (off by ${value(d, 'difference')}); it was used as given, not rescaled.`,
  t_not_distribution: (d, w) =>
    `${cap(w.en)} add up to ${value(d, 'sum')}, not 1, so it is not a probability distribution; it was used as given.`,
  infinite_loss: (_d, w) =>
    `${cap(w.en)} is 0 where the target is positive, so log 0 = −∞ and the loss is +∞.`,
  likelihood_underflow: (d) =>
    `The likelihood is too small for a 64-bit number and shows as ${value(d, 'L')}; its log is ${value(d, 'logL')}.`,
  y_above_one: (d, w) => `${cap(w.en)} is ${value(d, 'value')}, above 1; its term was computed as written.`,
  y_renormalised: (d, w) => `${cap(w.en)} were divided by their sum ${value(d, 'sum')} first, as asked.`,
  t_renormalised: (d, w) => `${cap(w.en)} were divided by their sum ${value(d, 'sum')} first, as asked.`,
  y_clipped: (d, w) =>
    `${value(d, 'count')} value(s) of ${w.en} were clipped into [${value(d, 'eps')}, 1 − ${value(d, 'eps')}], as asked.`,
  log_floored: (d) => `${value(d, 'count')} log value(s) were raised to the floor ${value(d, 'floor')}, as asked.`,
  samples_ignored: (d) => `${value(d, 'count')} sample(s) with the ignored target ${value(d, 'ignoreIndex')} were left out.`,
};

const JA: Record<DiagnosticCode, Sentence> = {
  shape_mismatch: (d, w) =>
    d.values?.expected !== undefined
      ? `大きさが合いません。${w.ja}は${value(d, 'actual')}個ですが、${value(d, 'expected')}個必要です。`
      : `${w.ja}の大きさが合いません。`,
  empty_input: (_d, w) => `${w.ja}が空なので計算できません。`,
  invalid_probability: (d, w) =>
    `${w.ja}は${value(d, 'value')}で、確率ではありません（${aboveOne(d) ? '予測は1を超えられません' : '負の値は使えません'}）。`,
  invalid_target: (d, w) =>
    d.values?.classes !== undefined
      ? `${w.ja}はクラス${value(d, 'value')}を指していますが、クラスは0から${Number(d.values.classes) - 1}までです。`
      : d.values?.labels === 'plusMinusOne'
        ? `${w.ja}は${value(d, 'value')}で、ラベルとして使えません。ここでのラベルは−1（負のクラス）と+1（正のクラス）、またはその間の値です。`
        : `${w.ja}は${value(d, 'value')}で、正解として使えない値です。`,
  non_finite_input: (d, w) => `${w.ja}が${value(d, 'value')}です。有限の数だけが使えます。`,
  invalid_base: (d) => `対数の底${value(d, 'value')}には対応していません。e、2、10のいずれかを使ってください。`,
  invalid_label_smoothing: (d) => `ラベル平滑化の値は0以上1以下でなければなりませんが、${value(d, 'value')}です。`,
  invalid_weight: (d, w) => `${w.ja}が${value(d, 'value')}です。重みは有限で負でない数でなければなりません。`,
  zero_weight_sum: () => '対象となるサンプルの重みの合計が0なので、重み付き平均が定まりません。',
  no_valid_samples: () => 'すべてのサンプルが除外されたため、平均をとれません。',
  invalid_option: (d) => `オプション${value(d, 'option')}に${value(d, 'value')}は指定できません。`,
  zero_sum: (_d, w) => `${w.ja}の合計が0なので、合計1になるように割ることができません。`,
  invalid_number: (d) => `「${value(d, 'token')}」は数として読めません。`,
  invalid_request: () => 'リクエストを読めません。op、inputs、paramsが必要です。',
  y_not_normalised: (d, w) => `${w.ja}の合計は${value(d, 'sum')}で、1ではありません（差は${value(d, 'difference')}）。割り直さずにそのまま使いました。`,
  t_not_distribution: (d, w) => `${w.ja}の合計は${value(d, 'sum')}で1ではないため、確率分布ではありません。そのまま使いました。`,
  infinite_loss: (_d, w) => `正解が正の値なのに${w.ja}が0です。log 0 = −∞ なので損失は+∞になります。`,
  likelihood_underflow: (d) =>
    `尤度が64ビットの数で表せないほど小さく、${value(d, 'L')}と表示されます。対数尤度は${value(d, 'logL')}です。`,
  y_above_one: (d, w) => `${w.ja}は${value(d, 'value')}で1を超えています。その項は書かれた値のまま計算しました。`,
  y_renormalised: (d, w) => `指定どおり、${w.ja}を合計${value(d, 'sum')}で割ってから計算しました。`,
  t_renormalised: (d, w) => `指定どおり、${w.ja}を合計${value(d, 'sum')}で割ってから計算しました。`,
  y_clipped: (d, w) =>
    `指定どおり、${w.ja}のうち${value(d, 'count')}個の値を[${value(d, 'eps')}, 1 − ${value(d, 'eps')}]に収めました。`,
  log_floored: (d) => `指定どおり、${value(d, 'count')}個の対数値を下限${value(d, 'floor')}に引き上げました。`,
  samples_ignored: (d) => `除外する正解${value(d, 'ignoreIndex')}を持つ${value(d, 'count')}個のサンプルを計算から外しました。`,
};

function aboveOne(d: Diagnostic): boolean {
  const v = d.values?.value;
  return typeof v === 'number' && v > 1;
}

/** Capitalises a leading "the"/"entry", never a symbol such as y[0]. */
function cap(text: string): string {
  return /^(the|entry) /.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A full sentence saying what the diagnostic means, in English or Japanese. */
export function describeDiagnostic(d: Diagnostic, lang: Lang): string {
  const table = lang === 'ja' ? JA : EN;
  const sentence = table[d.code];
  if (!sentence) return lang === 'ja' ? `入力に問題があります（${d.code}）。` : `There is a problem with the input (${d.code}).`;
  return sentence(d, whereOf(d));
}
