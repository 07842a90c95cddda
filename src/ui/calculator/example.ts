// The page's worked example: what it states, what it should be, the verdict and why.
import type { WorkedExampleCheck } from '../../tex/types';
import { formatNumber, t as msg, type Lang } from '../i18n';

export function buildExampleSection(doc: Document, example: WorkedExampleCheck, lang: Lang, decimals: number): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'xl-example';
  const heading = doc.createElement('h3');
  heading.textContent = msg(lang, 'example');
  const list = doc.createElement('dl');
  const add = (label: string, value: string, part: string): HTMLElement => {
    const dt = doc.createElement('dt');
    dt.textContent = label;
    const dd = doc.createElement('dd');
    dd.textContent = value;
    dd.dataset.part = part;
    list.append(dt, dd);
    return dd;
  };
  add(msg(lang, 'stated'), example.stated.text, 'stated');
  // The recomputed value is shown to at least the stated precision, so the two line up.
  // A value stated in per cent is recomputed in per cent.
  const perCent = example.stated.text.endsWith('%');
  const recomputed = perCent
    ? `${formatNumber(example.computed * 100, lang, Math.max(decimals, example.stated.decimals) - 2)} %`
    : formatNumber(example.computed, lang, Math.max(decimals, example.stated.decimals));
  add(msg(lang, 'recomputed'), recomputed, 'recomputed');
  // Which base the recomputation used and why (written, a unit, the page's words, the default).
  if (example.baseReason) add(lang === 'ja' ? '対数の底' : 'Log base', lang === 'ja' ? example.baseReason.ja : example.baseReason.en, 'base');
  const verdict = add('', verdictText(example.verdict, lang), 'verdict');
  verdict.className = 'xl-verdict';
  verdict.dataset.verdict = example.verdict;
  verdict.previousElementSibling!.textContent = msg(lang, 'verdict');
  const explanation = doc.createElement('p');
  explanation.className = 'xl-explanation';
  explanation.dataset.part = 'explanation';
  explanation.textContent = lang === 'ja' ? example.explanation.ja : example.explanation.en;
  section.append(heading, list, explanation);
  return section;
}

export function verdictText(verdict: WorkedExampleCheck['verdict'], lang: Lang): string {
  return msg(lang, verdict === 'wrong' ? 'verdictWrong' : verdict === 'rounding' ? 'verdictRounding' : 'verdictCorrect');
}
