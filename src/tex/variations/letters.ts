// Letters an author picks: the target, the prediction, the class and sample
// indices with their bounds, and how indices are attached (t_{ik}, t_{i,k},
// y^{(i)}_k, y_i^k, y[i], yₖ). Each option is named so a failing case says which
// choices it was made of.
export interface Named {
  name: string;
}

export interface TargetLetter extends Named {
  base: string;
  /** The letter with the index suffix this author attaches. */
  render(suffix: string): string;
}

export interface PredictionLetter extends Named {
  /** The letter underneath, to keep target and prediction apart. */
  base: string;
  /** A letter without decoration: the same letter as a target of that name. */
  plain: boolean;
  /** The symbol with its index suffix (`_{k}`, `^{(i)}`, `[i]`) attached as this author does. */
  render(suffix: string): string;
}

/** A prime after the index, as plain-text notes name a second target (ti', t_i'); a suffix with a superscript is braced first ({t^{(i)}}'). */
const primedAfter = (base: string, suffix: string) => (/^(?:_\{[^{}^]*\}|_[A-Za-z0-9]|[a-z]*|\[[^\]]*\])$/.test(suffix) ? `${base}${suffix}'` : `{${base}${suffix}}'`);

export const TARGET_LETTERS: readonly TargetLetter[] = [
  ...['t', 'y', 'p'].map((base) => ({ name: base, base, render: (suffix: string) => `${base}${suffix}` })),
  { name: "t' (prime after the index)", base: 't', render: (suffix: string) => primedAfter('t', suffix) },
];

const plainLetter = (base: string): PredictionLetter => ({ name: base, base, plain: true, render: (s) => `${base}${s}` });

export const PREDICTION_LETTERS: readonly PredictionLetter[] = [
  ...['y', 'p', 'q', 'a', 'h', 'o', 'x'].map(plainLetter),
  // Letters pasted from a word processor or rendered math: Unicode mathematical italic.
  { name: '𝑦 (math italic)', base: 'y', plain: true, render: (s) => `𝑦${s}` },
  { name: 'y′ (U+2032)', base: 'y', plain: false, render: (s) => (s.includes('^') ? `{y′}${s}` : `y′${s}`) },
  { name: '\\hat y', base: 'y', plain: false, render: (s) => `\\hat y${s}` },
  { name: '\\hat{y}', base: 'y', plain: false, render: (s) => `\\hat{y}${s}` },
  // The hat over the index too, when the index is a subscript.
  { name: '\\hat{y_k}', base: 'y', plain: false, render: (s) => (s.startsWith('_') ? `\\hat{y${s}}` : `\\hat{y}${s}`) },
  { name: '\\widehat{y}', base: 'y', plain: false, render: (s) => `\\widehat{y}${s}` },
  // y' is already a superscript: another one needs the braces.
  { name: "y'", base: 'y', plain: false, render: (s) => (s.includes('^') ? `{y'}${s}` : `y'${s}`) },
  { name: 'ŷ', base: 'y', plain: false, render: (s) => `ŷ${s}` },
  { name: '\\hat{\\mathbf y}', base: 'y', plain: false, render: (s) => `\\hat{\\mathbf{y}}${s}` },
  { name: '\\hat{p}', base: 'p', plain: false, render: (s) => `\\hat{p}${s}` },
  { name: '\\boldsymbol{\\hat{y}}', base: 'y', plain: false, render: (s) => `\\boldsymbol{\\hat{y}}${s}` },
  { name: '\\tilde{y}', base: 'y', plain: false, render: (s) => `\\tilde{y}${s}` },
];

export interface IndexLetter extends Named {
  index: string;
  bound: string;
}

/** What the prediction is written as: the letter, or the model's output at the input (f(x_i)_k, h_θ(x^{(i)}), p(k | x_i)). */
export interface PredictionOutput extends Named {
  /** Null for the letter itself; else the output at the sample and class, given this author's index style. */
  of: ((at: { sample?: string; cls?: string }, indices: IndexStyle) => string) | null;
}

export const PREDICTION_OUTPUTS: readonly PredictionOutput[] = [
  { name: 'letter', of: null },
  { name: 'f(x)_k', of: (at, indices) => `f(x${indices.suffix({ sample: at.sample })})${indices.suffix({ cls: at.cls })}` },
  { name: 'h_\\theta(x)_k', of: (at, indices) => `h_\\theta(x${indices.suffix({ sample: at.sample })})${indices.suffix({ cls: at.cls })}` },
  { name: 'p_\\theta(k|x)', of: (at, indices) => (at.cls ? `p_\\theta(${at.cls} \\mid x${indices.suffix({ sample: at.sample })})` : `p_\\theta(x${indices.suffix({ sample: at.sample })})`) },
  { name: 'P(y=k|x)', of: (at, indices) => `P(y${indices.suffix({ sample: at.sample })} = ${at.cls ?? '1'} \\mid x${indices.suffix({ sample: at.sample })})` },
  { name: 'p(k|x)', of: (at, indices) => (at.cls ? `p(${at.cls} \\mid x${indices.suffix({ sample: at.sample })})` : `p(x${indices.suffix({ sample: at.sample })})`) },
];

/** Names written as a tagged letter, Keras-style: y_{\text{true}} and y_{\text{pred}}. */
export interface TaggedNames extends Named {
  tags: { target: string; prediction: string } | null;
  /** Written as a code identifier (y_true) where no index joins the tag. */
  code?: true;
}

export const TAGGED_NAMES: readonly TaggedNames[] = [
  { name: 'letters', tags: null },
  { name: 'y_{\\text{true}}, y_{\\text{pred}}', tags: { target: '\\text{true}', prediction: '\\text{pred}' } },
  { name: 'y_{true}, y_{pred}', tags: { target: 'true', prediction: 'pred' } },
  { name: 'y_{\\mathrm{true}}, \\hat{y}', tags: { target: '\\mathrm{true}', prediction: '' } },
  // Keras docstrings: the identifiers as code, y_true without braces when nothing follows.
  { name: 'y_true, y_pred (code)', tags: { target: 'true', prediction: 'pred' }, code: true },
];

/** y with a tag and this author's index suffix: y_{\text{true},k}, y^{(i)}_{\text{true}}, y_{\text{true}}[i]. */
export function taggedSymbol(base: string, tag: string, suffix: string, code = false): string {
  if (code && suffix === '' && tag !== '') return `${base}_${tag}`;
  // An untagged prediction beside a tagged target: ŷ with the index as it is.
  if (tag === '') return `\\hat{${base}}${suffix}`;
  const match = /^(\^\{\([^)]*\)\})?(?:_(\{[^{}]*\}|[A-Za-z0-9]))?(.*)$/.exec(suffix);
  const [, above = '', below, rest = ''] = match ?? [];
  const index = below ? `,${below.startsWith('{') ? below.slice(1, -1) : below}` : '';
  return `${base}${above}_{${tag}${index}}${rest}`;
}

export const CLASS_INDICES: readonly IndexLetter[] = [
  { index: 'k', bound: 'K' }, { index: 'c', bound: 'C' }, { index: 'j', bound: 'K' }, { index: 'k', bound: 'C' }, { index: 'i', bound: 'n' },
].map((l) => ({ ...l, name: `${l.index}/${l.bound}` }));

export const SAMPLE_INDICES: readonly IndexLetter[] = [
  { index: 'i', bound: 'N' }, { index: 'n', bound: 'N' }, { index: 'i', bound: 'm' }, { index: 'b', bound: 'B' }, { index: 'j', bound: 'n' }, { index: 'i', bound: '|\\mathcal{B}|' },
].map((l) => ({ ...l, name: `${l.index}/${l.bound}` }));

/** Where a component's indices go; `sample` or `cls` may be absent (one sample, or a scalar per sample). */
export interface IndexStyle extends Named {
  suffix(at: { sample?: string; cls?: string }): string;
}

const UNICODE_SUBSCRIPT: Record<string, string> = { i: 'ᵢ', j: 'ⱼ', k: 'ₖ', n: 'ₙ' };
const UNICODE_SUPERSCRIPT: Record<string, string> = { i: 'ⁱ', j: 'ʲ', k: 'ᵏ', n: 'ⁿ', b: 'ᵇ' };
const joined = (parts: (string | undefined)[], sep: string) => parts.filter((p): p is string => !!p).join(sep);
const braced = (body: string) => (body.length === 0 ? '' : body.length === 1 ? `_${body}` : `_{${body}}`);
const listed = (parts: (string | undefined)[]) => (parts.some(Boolean) ? `_{${joined(parts, ',')}}` : '');
/** A class index that is itself indexed (the label y_i) cannot be a superscript or a Unicode subscript. */
const simple = (index: string | undefined) => index === undefined || /^[a-z]$/.test(index);

export const INDEX_STYLES: readonly IndexStyle[] = [
  { name: 'y_{ik}', suffix: ({ sample, cls }) => braced(joined([sample, cls], (sample?.length ?? 0) > 1 || (cls?.length ?? 0) > 1 ? ',' : '')) },
  { name: 'y_{i,k}', suffix: ({ sample, cls }) => listed([sample, cls]) },
  { name: 'y^{(i)}_k', suffix: ({ sample, cls }) => `${sample ? `^{(${sample})}` : ''}${cls ? `_{${cls}}` : ''}` },
  { name: 'y_k^{(i)}', suffix: ({ sample, cls }) => `${cls ? `_{${cls}}` : ''}${sample ? `^{(${sample})}` : ''}` },
  { name: 'y_i^k', suffix: ({ sample, cls }) => (sample && cls && simple(cls) ? `_${sample}^${cls}` : listed([sample, cls])) },
  { name: 'y[i]', suffix: ({ sample, cls }) => (sample || cls ? `[${joined([sample, cls], ', ')}]` : '') },
  // Plain-text notes glue the index to its letter (yi, tik) inside a sum that names it.
  { name: 'yi (glued)', suffix: ({ sample, cls }) => (simple(cls) && simple(sample) && !(sample && cls) ? joined([sample, cls], '') : listed([sample, cls])) },
  {
    // Pasted from a word processor: y⁽ⁱ⁾ₖ, the sample in superscript parentheses.
    name: 'y⁽ⁱ⁾ₖ',
    suffix: ({ sample, cls }) => {
      const above = sample ? UNICODE_SUPERSCRIPT[sample] : '';
      const below = cls ? UNICODE_SUBSCRIPT[cls] : '';
      // An index with no Unicode script (n') keeps the same convention in TeX: y^{(n')}, not y_{n'}.
      if (above === undefined || below === undefined || !simple(cls)) return `${sample ? `^{(${sample})}` : ''}${cls ? `_{${cls}}` : ''}`;
      return `${sample ? `⁽${above}⁾` : ''}${below}`;
    },
  },
  {
    name: 'yₖ',
    suffix: ({ sample, cls }) => {
      const letters = joined([sample, cls], '');
      const unicode = [...letters].map((l) => UNICODE_SUBSCRIPT[l] ?? '').join('');
      return simple(cls) && unicode.length === letters.length ? unicode : listed([sample, cls]);
    },
  },
];

/** The true class named in words inside the prediction's bracket: in \\text, or typed in the page's own script. */
export const CLASS_WORDS: readonly (Named & { tex: string })[] = [
  { name: '\\text{correct}', tex: '\\text{correct}' },
  { name: '\\text{cat}', tex: '\\text{cat}' },
  { name: 'Arabic word', tex: 'الصحيحة' },
  { name: 'Cyrillic word', tex: 'кошка' },
];

/** The two classes' names under their probabilities, p_M and p_B (malignant, benign), p_1 and p_0, p_+ and p_−. */
export const CLASS_PAIRS: readonly (Named & { positive: string; negative: string })[] = [
  { name: 'M/B', positive: 'M', negative: 'B' },
  { name: '1/0', positive: '1', negative: '0' },
  { name: '+/-', positive: '{+}', negative: '{-}' },
  { name: '\\text{pos}/\\text{neg}', positive: '{\\text{pos}}', negative: '{\\text{neg}}' },
];
