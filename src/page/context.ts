// What the page says around a formula, for a worked example's log base: the text
// before it back to the start of its article (bounded), with the TeX of earlier
// formulas taken from their annotations rather than their rendered glyphs, and a
// few characters after it (a unit written outside the math). DOM → text only;
// tex/base-context reads the base out of it.
import { baseFromPreceding, FOLLOWING_PARAGRAPH_CHARS, MAX_PRECEDING_CHARS, type ExampleContext } from '../tex/base-context';

const SKIPPED = 'script, style, noscript, textarea, template, .katex-html, mjx-container svg, [aria-hidden="true"]';
const FOLLOWING_CHARS = FOLLOWING_PARAGRAPH_CHARS;

function readable(node: Node): boolean {
  const parent = node.parentElement;
  return parent !== null && parent.closest(SKIPPED) === null;
}

/** Up to `limit` characters of text before `element` inside `root`, nearest last. */
export function textBefore(element: Element, limit = MAX_PRECEDING_CHARS): string {
  const doc = element.ownerDocument;
  const root = element.closest('article, main, [role="main"]') ?? doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = element;
  const pieces: string[] = [];
  let length = 0;
  for (let node = walker.previousNode(); node && length < limit; node = walker.previousNode()) {
    if (element.contains(node) || !readable(node)) continue;
    const text = node.nodeValue ?? '';
    if (!text.trim()) continue;
    pieces.push(text);
    length += text.length;
  }
  const joined = pieces.reverse().join(' ');
  return joined.length > limit ? joined.slice(-limit) : joined;
}

/** The first characters of text after `element` (outside it). */
export function textAfter(element: Element, limit = FOLLOWING_CHARS): string {
  const doc = element.ownerDocument;
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 0x4);
  walker.currentNode = element;
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    if (element.contains(node) || !readable(node)) continue;
    text += node.nodeValue ?? '';
  }
  return text.slice(0, limit);
}

/**
 * The context a worked example is judged in: the base the page states before the
 * formula (read here, so only the short hint crosses to wherever analysis runs) and
 * the text right after it (the reader's every-log setting is added by the background). Never throws.
 */
export function exampleContextOf(element: Element): ExampleContext {
  try {
    const hint = baseFromPreceding([textBefore(element)]);
    return { ...(hint ? { baseHint: hint } : {}), following: textAfter(element) };
  } catch {
    return {};
  }
}
