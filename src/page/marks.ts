// The marks the extension leaves on a page: the contract users and tests rely on.
// The element holding a recognised formula gets data-xent-lens-kind; a worked
// example also data-xent-lens-verdict. Nothing else of the page's DOM changes,
// apart from the raw-TeX wrapper span and the badge (which takes no layout space).
import type { FormulaKind, Verdict } from '../tex/types';

export const KIND_ATTRIBUTE = 'data-xent-lens-kind';
export const VERDICT_ATTRIBUTE = 'data-xent-lens-verdict';
/**
 * The TeX a source read before the page's renderer replaced it (GitHub's math-renderer),
 * kept on the element the page keeps, so the formula is read again after a re-render.
 */
export const SOURCE_TEX_ATTRIBUTE = 'data-xent-lens-tex';
/** On the <span> the extension wraps around raw TeX so it can be marked. */
export const RAW_WRAPPER_ATTRIBUTE = 'data-xent-lens-raw';
/** Every element the UI adds to a page is one of its custom elements (the badge layer), named with this prefix. */
export const UI_TAG_PREFIX = 'xent-lens';

/**
 * Marks `element` with what the recogniser said. A worked example whose chain
 * names no formula (e.g. \log_2 8 = 3) gets a verdict and no kind.
 */
export function markSite(element: Element, kind: FormulaKind | null, verdict: Verdict | null): void {
  if (kind) element.setAttribute(KIND_ATTRIBUTE, kind);
  else element.removeAttribute(KIND_ATTRIBUTE);
  if (verdict) element.setAttribute(VERDICT_ATTRIBUTE, verdict);
  else element.removeAttribute(VERDICT_ATTRIBUTE);
}

export function clearMarks(element: Element): void {
  element.removeAttribute(KIND_ATTRIBUTE);
  element.removeAttribute(VERDICT_ATTRIBUTE);
}

export function isMarked(element: Element): boolean {
  return element.hasAttribute(KIND_ATTRIBUTE) || element.hasAttribute(VERDICT_ATTRIBUTE);
}

/** True for nodes the extension put on the page (raw-TeX wrappers, badges). */
export function isExtensionNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return hasUiTag(element) || element.hasAttribute(RAW_WRAPPER_ATTRIBUTE);
}

/** True for nodes the UI put on the page (badges): their changes are not the page's. */
export function isUiNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  return hasUiTag(node as Element);
}

/** The extension's own elements (xent-lens-…); asked of every element a walk meets, so without making a new string. */
function hasUiTag(element: Element): boolean {
  return element.localName.startsWith(UI_TAG_PREFIX);
}

/** Wraps `text.data[start, end)` in the extension's span and returns it. */
export function wrapRawTex(text: Text, start: number, end: number): HTMLSpanElement {
  // By hand rather than splitText, which linkedom (the CLI's DOM) lacks.
  const document = text.ownerDocument;
  const parent = text.parentNode!;
  const data = text.data;
  const span = document.createElement('span');
  span.setAttribute(RAW_WRAPPER_ATTRIBUTE, '');
  if (start > 0) {
    text.data = data.slice(0, start);
    span.appendChild(document.createTextNode(data.slice(start, end)));
    parent.insertBefore(span, text.nextSibling);
  } else {
    parent.insertBefore(span, text);
    span.appendChild(text);
    text.data = data.slice(start, end);
  }
  if (end < data.length) parent.insertBefore(document.createTextNode(data.slice(end)), span.nextSibling);
  return span;
}

/**
 * Takes the extension's wrapper span out again, leaving its children (which a
 * renderer may have replaced meanwhile) where it was. Returns the parent.
 */
export function unwrapRawTex(span: Element): ParentNode | null {
  const parent = span.parentNode;
  clearMarks(span);
  if (!parent) return null;
  while (span.firstChild) parent.insertBefore(span.firstChild, span);
  // The text nodes that wrapping split stay split: merging them could pull a node
  // a renderer still holds out from under it.
  parent.removeChild(span);
  return parent;
}
