// How an author writes a likelihood and an expectation: the conditional bar and the
// parameter after it, the name on the left of a likelihood or its log, the optimiser
// in front (argmax_θ), the two distributions of an expectation and what stands under
// the E, the integral with its differential, and the words of a one-hot condition.
import type { Named } from './letters';

/** p(y | x), p(y \mid x), p(y \vert x). */
export const CONDITION_BARS: readonly (Named & { bar: string })[] = ['|', '\\mid', '\\vert'].map((bar) => ({ name: bar, bar: ` ${bar} ` }));

/** What follows the condition: nothing, `; θ` (a parameter, not an event), `, w`. */
export const PARAMETERS: readonly (Named & { after: string })[] = [
  { name: 'none', after: '' },
  { name: '; \\theta', after: '; \\theta' },
  { name: ', \\mathbf{w}', after: ', \\mathbf{w}' },
];

/** The name a likelihood is given (built from the bar the author writes) and the name of its log. */
export const LIKELIHOOD_SIDES: readonly (Named & { of(bar: string): string; log: string | null })[] = [
  { name: 'none', of: () => '', log: null },
  { name: 'L(\\theta)', of: () => 'L(\\theta)', log: null },
  { name: 'L(\\theta), \\ell(\\theta)', of: () => 'L(\\theta)', log: '\\ell(\\theta)' },
  { name: '\\mathcal{L}(\\mathbf{w})', of: () => '\\mathcal{L}(\\mathbf{w})', log: null },
  { name: 'p(\\mathbf{t} | \\mathbf{w})', of: (bar) => `p(\\mathbf{t}${bar}\\mathbf{w})`, log: null },
  { name: 'P(Y | X; \\theta)', of: (bar) => `P(Y${bar}X; \\theta)`, log: null },
  { name: 'L, LL', of: () => 'L', log: 'LL' },
];

/** The parameter estimate an objective is written for: nothing, or θ̂ = argmax_θ in one of its spellings. */
export const OPTIMISERS: readonly (Named & { prefix: string })[] = [
  { name: 'none', prefix: '' },
  { name: '\\arg\\max_\\theta', prefix: '\\hat{\\theta} = \\arg\\max_{\\theta} ' },
  { name: '\\operatorname*{arg\\,max}', prefix: '\\theta^* = \\operatorname*{arg\\,max}_{\\theta} ' },
  { name: '\\underset{\\theta}{\\mathrm{argmax}}', prefix: '\\underset{\\theta}{\\mathrm{argmax}}\\; ' },
  { name: '\\max_w', prefix: '\\max_{\\mathbf{w}} ' },
];

/** The true and the model distribution of an expectation or integral. */
export const DISTRIBUTIONS: readonly (Named & { p: string; q: string })[] = [
  { p: 'p', q: 'q' }, { p: 'P', q: 'Q' }, { p: 'p', q: 'q_\\theta' }, { p: 'p_{\\text{data}}', q: 'p_{\\text{model}}' },
  { p: 'p^*', q: 'p_\\theta' }, { p: 'p', q: '\\hat{p}' },
].map((d) => ({ ...d, name: `${d.p}, ${d.q}` }));

/** What stands under the E: the variable drawn from p, or p alone (as a letter or at x). */
export const EXPECTATION_SUBSCRIPTS: readonly (Named & { of(p: string): string })[] = [
  { name: '_{x\\sim p}', of: (p) => `_{x\\sim ${p}}` },
  { name: '_{x \\sim p(x)}', of: (p) => `_{x \\sim ${p}(x)}` },
  { name: '_{p}', of: (p) => `_{${p}}` },
  { name: '_{p(x)}', of: (p) => `_{${p}(x)}` },
  { name: '_{x∼p}', of: (p) => `_{x∼${p}}` },
  { name: '_{\\mathbf{x}\\sim p}', of: (p) => `_{\\mathbf{x}\\sim ${p}}` },
];

/** The integral sign with the domain it is written over. */
export const INTEGRALS: readonly (Named & { sign: string })[] = ['\\int', '\\int_{\\mathcal{X}}', '\\int_{-\\infty}^{\\infty}', '∫', '\\displaystyle\\int'].map((sign) => ({ name: sign, sign }));

/** The differential: after the integrand in one spelling or another, or first (physics style). */
export const DIFFERENTIALS: readonly (Named & { mark: string; first: boolean })[] = [
  { name: 'dx', mark: 'dx', first: false },
  { name: '\\,dx', mark: '\\,dx', first: false },
  { name: '\\,\\mathrm{d}x', mark: '\\,\\mathrm{d}x', first: false },
  { name: '\\, d x', mark: '\\, d x', first: false },
  { name: '\\int dx first', mark: 'dx\\,', first: true },
];

/** How notes say which class the one-hot target marks. */
export const ONE_HOT_CONDITIONS: readonly (Named & { of(test: string): string })[] = [
  { name: '\\text{ where }', of: (test) => ` \\text{ where } ${test}` },
  { name: '\\quad\\text{if }', of: (test) => ` \\quad \\text{if } ${test}` },
  { name: ',\\ \\text{for}', of: (test) => `,\\ \\text{for } ${test}` },
  { name: '\\quad (…)', of: (test) => ` \\quad (${test})` },
];

/** How the indicator of the true class is written as an exponent or weight, given the label and the class. */
export const INDICATORS: readonly (Named & { of(label: string, cls: string): string })[] = [
  { name: '[y = k]', of: (y, k) => `[${y} = ${k}]` },
  { name: '\\mathbb{1}[y = k]', of: (y, k) => `\\mathbb{1}[${y} = ${k}]` },
  { name: '\\mathbb{1}\\{y = k\\}', of: (y, k) => `\\mathbb{1}\\{${y} = ${k}\\}` },
  { name: '1\\{y = k\\}', of: (y, k) => `1\\{${y} = ${k}\\}` },
  { name: '\\mathbb{1}(y = k)', of: (y, k) => `\\mathbb{1}(${y} = ${k})` },
  { name: '\\mathbb{1}_{y = k}', of: (y, k) => `\\mathbb{1}_{${y} = ${k}}` },
  { name: '1_{y = k}', of: (y, k) => `1_{${y} = ${k}}` },
  { name: 'I(y = k)', of: (y, k) => `I(${y} = ${k})` },
  { name: '\\delta_{y k}', of: (y, k) => `\\delta_{${y}, ${k}}` },
];

/** What a log-posterior or a log-likelihood up to a constant adds: a Gaussian prior's log, a constant. */
export const PRIORS: readonly (Named & { term: string })[] = [
  { name: 'none', term: '' },
  { name: '- ½ wᵀAw', term: ' - \\frac{1}{2}\\mathbf{w}^{\\mathrm{T}} \\mathbf{A} \\mathbf{w}' },
  { name: '- ½ wᵀΣ⁻¹w', term: ' - \\frac{1}{2}\\mathbf{w}^\\top \\Sigma^{-1} \\mathbf{w}' },
  { name: '- ‖w‖²/(2σ²)', term: ' - \\frac{1}{2\\sigma^2}\\|\\mathbf{w}\\|^2' },
  { name: '- λ/2 ‖θ‖²', term: ' - \\frac{\\lambda}{2}\\|\\theta\\|_2^2' },
  { name: '+ const', term: ' + \\text{const}' },
  { name: '+ \\mathrm{const.}', term: ' + \\mathrm{const.}' },
];

/** A note an author writes under or over a factor: none, an underbrace, an overbrace, \\underset over an underbrace. */
export const NOTES: readonly (Named & { on(tex: string): string })[] = [
  { name: 'none', on: (tex) => tex },
  { name: '\\underbrace{…}_{\\text{…}}', on: (tex) => `\\underbrace{${tex}}_{\\text{sample } i}` },
  { name: '\\overbrace{…}^{…}', on: (tex) => `\\overbrace{${tex}}^{\\text{Bernoulli}}` },
  { name: '\\underset{\\text{…}}{\\underbrace{…}}', on: (tex) => `\\underset{\\text{one term per sample}}{\\underbrace{${tex}}}` },
  { name: '\\underset{\\text{…}}{…}', on: (tex) => `\\underset{\\text{likelihood}}{${tex}}` },
];

/** The index of the second class's product or sum beside Π_{i:y_i=1}: the same letter, primed, or another. */
export const OTHER_CLASS_INDICES: readonly (Named & { of(index: string): string })[] = [
  { name: 'same', of: (i) => i },
  { name: "i'", of: (i) => `${i}'` },
  { name: 'next letter', of: (i) => (i === 'j' ? 'l' : 'j') },
];

/** How a subset of the samples by class is written under Σ or Π: a test on the label, or on the sample's field as code writes it (i.label = 1). */
export const SUBSET_TESTS: readonly (Named & { of(index: string, label: string, value: string): string })[] = [
  { name: 'i: y_i = 1', of: (index, label, value) => `_{${index}: ${label} = ${value}}` },
  { name: 'i.label = 1', of: (index, _label, value) => `_{${index}.label = ${value}}` },
];
