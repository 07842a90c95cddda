// Inputs the fuzzers start from: the labelled corpus, the seed page's formulas, the
// reference requests, and TeX built to hurt (macro bombs, deep braces, unsafe commands).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const shared = join(dirname(fileURLToPath(import.meta.url)), '../../shared');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(shared, path), 'utf8')) as T;
}

/** Display and inline math of the seed page, as it has them: `$$…$$` and `\(…\)`. */
export function seedFormulas(): string[] {
  const text = readFileSync(join(shared, 'seeds/qualiteg-cross-entropy-04.txt'), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/\$\$([\s\S]*?)\$\$|\\\(([\s\S]*?)\\\)/g)) found.push((match[1] ?? match[2] ?? '').trim());
  return found.filter((tex) => tex.length > 0);
}

/** Every TeX string of the corpus and the seed: formulas, then worked examples. */
export function corpusFormulas(): string[] {
  const formulas = readJson<{ tex: string }[]>('corpus/formulas.json').map((item) => item.tex);
  const examples = readJson<{ text_or_tex: string }[]>('corpus/worked_examples.json').map((item) => item.text_or_tex);
  return [...new Set([...formulas, ...examples, ...seedFormulas()])];
}

export interface ReferenceRequest {
  op: string;
  inputs: Record<string, unknown>;
  params?: Record<string, unknown>;
}

export function referenceRequests(): ReferenceRequest[] {
  return readJson<ReferenceRequest[]>('reference/vectors.json').map(({ op, inputs, params }) => ({ op, inputs, params }));
}

/** TeX a page could use against a reader: script URLs, HTML injection, expansion and nesting bombs. */
export const HOSTILE_TEX: readonly string[] = [
  String.raw`\href{javascript:window.__pwned=1}{E = -\sum_k t_k \log y_k}`,
  String.raw`\url{javascript:window.__pwned=1}`,
  String.raw`\htmlClass{x" onmouseover="window.__pwned=1}{E = -\sum t_k \log y_k}`,
  String.raw`\htmlData{onclick=window.__pwned=1}{t \log y}`,
  String.raw`\htmlStyle{background:url(javascript:1)}{\log y}`,
  String.raw`\htmlId{x}{\log y}`,
  String.raw`\includegraphics{http://127.0.0.1:1/x.png}`,
  String.raw`\def\a{\a\a}\a`,
  String.raw`\def\a#1{#1#1}\a{\a{\a{\a{\a{\a{\a{\a{\a{\a{x}}}}}}}}}}`,
  String.raw`\gdef\b{\b\b}\b = -\sum t\log y`,
  String.raw`\newcommand{\c}{\c\c}\c`,
  String.raw`\renewcommand{\log}{\log\log}E=-\sum_k t_k\log y_k`,
  String.raw`\let\x\x\x`,
  String.raw`E = -\sum_k t_k \log y_k </script><script>window.__pwned=1</script>`,
  String.raw`\text{<img src=x onerror="window.__pwned=1">} -\sum t\log y`,
  String.raw`\begin{equation}\begin{equation}\end{equation}`,
  String.raw`\left(\left(\left(\log y\right)`,
  String.raw`\rule{100000em}{100000em}`,
  String.raw`\kern99999em \log y`,
  String.raw`\sum_{k=1}^{10^{10^{10}}} t_k \log y_k`,
  String.raw`E = -(1\cdot\log 0.33 + 0\cdot\log 0.32 + 0\cdot\log 0.35) = -1e99999`,
  String.raw`E = -(1\cdot\log 0 + 0\cdot\log 0) = \infty`,
  String.raw`\log_{0} 8 = 3`,
  String.raw`\log_{1} 1 = 0`,
  String.raw`\log_2 0 = -\infty`,
  '\\',
  '{',
  '}',
  '$$',
  '\u0000\\log\u0000',
  '\ud800\\log y',
];

/** `depth` nested groups around a cross-entropy formula. */
export function deepBraces(depth: number): string {
  return `${'{'.repeat(depth)}E = -\\sum_k t_k \\log y_k${'}'.repeat(depth)}`;
}

/** A formula of about `bytes` bytes: one long sum of logs. */
export function hugeFormula(bytes: number): string {
  const term = String.raw`+ t_{k}\log y_{k} `;
  return `E = -(${term.repeat(Math.ceil(bytes / term.length))})`;
}

/** Pieces random TeX is built from: the notation of real pages, plus the sharp edges. */
export const TEX_TOKENS: readonly string[] = [
  'E', '=', '-', '+', ' ', 't', 'y', 'p', 'q', 'z', 'k', 'K', 'i', 'N', 'L', '_', '^', '{', '}', '(', ')', '[', ']',
  '\\log', '\\ln', '\\log_2', '\\log_{10}', '\\log_e', '\\mathrm{log}', '\\operatorname{log}', 'log', 'ln',
  '\\sum', '\\sum_{k=1}^{K}', '\\sum_{i}^{N}', '\\sum_k', '\\prod_k', '\\prod_{k=1}^3', '\\frac{1}{N}', '\\frac', '\\int', '\\,dx',
  't_k', 'y_k', 't_{k}', 'y_{k}', 't_{ik}', 'y_{i,k}', 'y_{o,c}', '\\hat{y}', '\\boldsymbol{y}', '\\mathbf{t}', 'e^{z_j}', 'z_y',
  '\\left[', '\\right]', '\\lbrack', '\\rbrack', '\\left(', '\\right)', '\\cdot', '\\times', '\\approx', '\\simeq', '\\fallingdotseq',
  '\\begin{aligned}', '\\end{aligned}', '&', '\\\\', '\\\n', '\\ ', '\\,', '\\quad', '\\tag{4.3、再掲}', '\\text{', '\\mathbb{E}_{x\\sim p}', 'H(p,q)',
  '0', '1', '0.33', '0.32', '0.35', '-0.481486', '1.108663', '0.5', '1e-7', '1e308', '2.2250738585072014e-308', '%', '$', '\\infty',
  '\\href{javascript:x}{', '\\url{', '\\htmlClass{a}{', '\\def\\a{\\a\\a}', '\\a', '\\includegraphics{x}', '#1', '\\newcommand',
  '分類の数', '正解ラベル', '：', '，', '。', '−', '𝑦', '\u200b',
];

/** Pieces pasted number lists are built from: reprs, spreadsheets, Japanese input, and junk. */
export const NUMBER_TOKENS: readonly string[] = [
  '0', '1', '0.33', '.5', '5.', '-0', '+1', '1e-7', '1E+3', '1e999', '-1e999', '5e-324', '33%', '0.1%', '1e2%', '１', '０．３３',
  ',', ', ', ' ', '\t', '\n', ';', '、', '，', '　', '[', ']', '[[', ']]', '(', ')', '{', '}', '【', '】',
  'array(', 'tensor(', 'np.array(', 'dtype=float32', "device='cuda:0'", 'grad_fn=<SoftmaxBackward0>', 'requires_grad=True',
  'nan', 'NaN', 'inf', '-inf', 'Infinity', 'null', 'class 2', 'クラス', '#', 'k=', 'abc', '1.2.3', '0.5x', '−', '–', '\u0000', '😀',
];
