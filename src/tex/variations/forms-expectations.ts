// Cross-entropy as an expectation or an integral, as information-theory notes write
// it: −E_{x∼p}[log q(x)], E_p[−log q], E[log 1/q], −∫ p(x) log q(x) dx, −⟨log q⟩_p,
// and the chain to −Σ_x p(x) log q(x); beside them the look-alikes under the same
// distribution (entropy, also with its law in capitals, and differential entropy)
// and the KL divergence as an expectation.
import type { Form } from './form';
import type { Writer } from './writer';

/** The two distributions this author names. */
const pq = (w: Writer) => w.style.distributions;

/** q at x, or q alone under E_p (E_p[−log q]). */
function at(w: Writer, q: string): string {
  return w.style.drawnFrom.name === '_{p}' ? q : `${q}(x)`;
}

/** E_{x∼p} over a body: in the author's brackets, or spaced when they write none. */
function expectation(w: Writer, p: string, body: string): string {
  const head = `${w.style.expectation.symbol}${w.style.drawnFrom.of(p)}`;
  return w.style.brackets.open ? `${head}${w.group(body)}` : `${head} ${body}`;
}

/** −E_p[log q], with the minus where this author puts it (in front, inside, into the log as 1/q). */
function signedExpectation(w: Writer, p: string, q: string): string {
  const logged = at(w, q);
  if (w.style.sign.name === 'inside') return expectation(w, p, `${w.minus}${w.log(logged)}`);
  if (w.style.sign.name === 'reciprocal') return expectation(w, p, w.log(`\\frac{1}{${logged}}`));
  return `${w.minus}${expectation(w, p, w.log(logged))}`;
}

/** −∫ p(x) log q(x) dx, the differential where this author writes it. */
function integral(w: Writer, p: string, q: string): string {
  const { sign } = w.style.integral;
  const d = w.style.differential;
  const integrand = w.times(`${p}(x)`, w.log(`${q}(x)`));
  return `${w.minus}${d.first ? `${sign} ${d.mark} ${integrand}` : `${sign} ${integrand} ${d.mark}`}`;
}

/** H(p, q) = … when the author names the left-hand side. */
const named = (w: Writer, name: string, body: string) => w.display(`${w.style.leftSide.name === 'none' ? '' : `${name} = `}${body}`);
const crossEntropy = (w: Writer) => `H(${pq(w).p}, ${pq(w).q})`;

/** A model's probability of the label given the input, marked as a model by an accent or its parameters. */
const MODELS = ['\\hat{p}', '\\hat{P}', 'p_{\\theta}', 'q_{\\phi}', '\\widehat{P}', 'p_{\\mathbf{w}}'];

/** −E[log p̂(y | x)] with no law under the E: the data's law, as risk notes leave it. */
function dataExpectation(w: Writer, model: string, given: boolean): string {
  const logged = given ? `${model}(y${w.style.bar.bar}x)` : `${model}(x)`;
  const head = w.style.expectation.symbol;
  // E\{…\} with no law under it is not yet read as an expectation: those styles write [ ].
  const braces = w.style.brackets.open.includes('{');
  const bracketed = (body: string) => `${head}${w.style.brackets.open && !braces ? w.group(body) : `[${body}]`}`;
  if (w.style.sign.name === 'inside') return bracketed(`${w.minus}${w.log(logged)}`);
  return `${w.minus}${bracketed(w.log(logged))}`;
}

/** One of the model spellings, chosen by the style so that every style keeps one. */
const modelOf = (w: Writer) => MODELS[(w.style.distributions.name.length + w.style.bar.name.length) % MODELS.length] as string;

export const EXPECTATION_FORMS: readonly Form[] = [
  {
    name: 'expectation −E_{x∼p}[log q(x)]',
    expect: ['ce_expectation'],
    render: (w) => named(w, crossEntropy(w), signedExpectation(w, pq(w).p, pq(w).q)),
  },
  {
    name: 'integral −∫ p(x) log q(x) dx',
    expect: ['ce_expectation'],
    render: (w) => named(w, crossEntropy(w), integral(w, pq(w).p, pq(w).q)),
  },
  {
    name: 'expectation −⟨log q⟩_p',
    expect: ['ce_expectation'],
    render: (w) => named(w, crossEntropy(w), `${w.minus}\\langle ${w.log(`${pq(w).q}(x)`)} \\rangle_{${pq(w).p}}`),
  },
  {
    name: 'expectation chain −E_p[log q] = −Σ_x p(x) log q(x)',
    expect: ['ce_expectation', 'ce_multiclass'],
    render: (w) => {
      const { p, q } = pq(w);
      const sum = `${w.minus}${w.sum({ name: 'x', index: 'x', bound: 'X' })} ${w.times(`${p}(x)`, w.log(`${q}(x)`))}`;
      return named(w, crossEntropy(w), `${signedExpectation(w, p, q)} = ${sum}`);
    },
  },
  {
    name: 'integral chain −∫ p(x) log q(x) dx = −E_{x∼p}[log q(x)]',
    expect: ['ce_expectation'],
    render: (w) => named(w, crossEntropy(w), `${integral(w, pq(w).p, pq(w).q)} = ${signedExpectation(w, pq(w).p, pq(w).q)}`),
  },
  {
    name: 'expectation over the data, its law unwritten −E[log p̂(y | x)]',
    expect: ['ce_expectation'],
    render: (w) => named(w, 'R', dataExpectation(w, modelOf(w), true)),
  },
  {
    name: 'conditional entropy of the data’s own law −E[log P(Y | X)]',
    expect: 'unbadged',
    render: (w) => named(w, 'H(Y \\mid X)', dataExpectation(w, 'P', true).replace(/\(y(.*?)x\)/, '(Y$1X)')),
  },
  {
    name: 'entropy as an expectation −E_{x∼p}[log p(x)]',
    expect: 'unbadged',
    render: (w) => named(w, `H(${pq(w).p})`, signedExpectation(w, pq(w).p, pq(w).p)),
  },
  {
    name: 'entropy as an expectation, its law in capitals −E_{x∼P}[log p(x)]',
    expect: 'unbadged',
    render: (w) => named(w, 'H(X)', signedExpectation(w, 'P', 'p')),
  },
  {
    name: 'differential entropy −∫ p(x) log p(x) dx',
    expect: 'unbadged',
    render: (w) => named(w, 'h(X)', integral(w, pq(w).p, pq(w).p)),
  },
  {
    name: 'KL as an expectation E_p[log p(x)/q(x)]',
    expect: 'unbadged',
    render: (w) => {
      const { p, q } = pq(w);
      return named(w, `D_{KL}(${p} \\| ${q})`, expectation(w, p, w.log(`\\frac{${at(w, p)}}{${at(w, q)}}`)));
    },
  },
];
