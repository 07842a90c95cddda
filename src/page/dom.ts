// Small DOM helpers shared by the sources. They work in browsers and in linkedom
// (the CLI), so they avoid APIs linkedom lacks.

/** Elements matching `selector` inside `root`, `root` itself first when it matches. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  if (isElement(root) && root.matches(selector)) found.push(root);
  for (const element of root.querySelectorAll(selector)) found.push(element);
  return found;
}

/**
 * Whether `root` or anything under it matches one of the selectors of `selectorList`.
 * A whole page is asked each selector alone: Blink answers a lone tag, class or id on a
 * fast path and a selector list on none. On a page of 67,000 elements (1,000 KaTeX
 * formulas) a list of six took 12 ms, its members one by one under 2 ms together. A
 * smaller root (an added subtree) is asked the list once: there the calls cost more than
 * the walks (a thousand paragraphs asked seven selectors each, 6 ms; the list, 2 ms).
 */
export function hasMatch(root: ParentNode, selectors: string | readonly string[]): boolean {
  if (spansPage(root)) return firstMatch(root, selectors) !== null;
  // A smaller root: the list's answer is the answer (which selector matched is not asked).
  const list = typeof selectors === 'string' ? selectors : listOf(selectors);
  return (isElement(root) && root.matches(list)) || root.querySelector(list) !== null;
}

/**
 * The first selector of `selectors` (a list, or its selectors already split) that `root`
 * or anything under it matches, asked in their order as hasMatch does; null when none does.
 */
export function firstMatch(root: ParentNode, selectors: string | readonly string[]): string | null {
  const each = typeof selectors === 'string' ? selectorsOf(selectors) : selectors;
  const list = typeof selectors === 'string' ? selectors : listOf(selectors);
  // The list as given when it is one (an added element is asked on every mutation the first look sees).
  if (isElement(root) && root.matches(list)) return each.find((selector) => root.matches(selector)) ?? null;
  // Which selector matched is asked only once the list has said that one does.
  if (each.length > 1 && !spansPage(root) && root.querySelector(list) === null) return null;
  return each.find((selector) => root.querySelector(selector) !== null) ?? null;
}

/** A document, or its root element or body: a root a selector list would walk slowly (see hasMatch). */
export function spansPage(root: ParentNode): boolean {
  const node = root as Node;
  if (node.nodeType === 9) return true;
  const document = node.ownerDocument;
  return node === document?.documentElement || node === document?.body;
}

const joinedLists = new WeakMap<readonly string[], string>();

/** `selectors` as one list (joined once per array). */
function listOf(selectors: readonly string[]): string {
  let list = joinedLists.get(selectors);
  if (list === undefined) joinedLists.set(selectors, (list = selectors.join(', ')));
  return list;
}

const splitLists = new Map<string, readonly string[]>();

/** The selectors of a selector list (split at the commas outside brackets and quotes). */
export function selectorsOf(selectorList: string): readonly string[] {
  let selectors = splitLists.get(selectorList);
  if (selectors) return selectors;
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < selectorList.length; i++) {
    const char = selectorList[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(selectorList.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selectorList.slice(start));
  selectors = parts.map((part) => part.trim()).filter((part) => part !== '');
  splitLists.set(selectorList, selectors);
  return selectors;
}

export function isElement(node: Node | ParentNode | null | undefined): node is Element {
  return !!node && (node as Node).nodeType === 1;
}

/** The nearest element at or above `node` (a text node's parent). */
export function elementOf(node: Node): Element | null {
  return isElement(node) ? node : node.parentElement;
}

export function ownerDocumentOf(root: ParentNode): Document | null {
  return (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
}

/** The text of the first `annotation[encoding="application/x-tex"]` inside `element`. */
export function texAnnotation(element: Element): string | null {
  const annotation = element.querySelector('annotation[encoding="application/x-tex"]');
  const tex = annotation?.textContent?.trim();
  return tex ? tex : null;
}

/** Strips Wikipedia's outer `{\displaystyle …}` / `{\textstyle …}` wrapper. */
export function stripStyleWrapper(tex: string): string {
  const match = /^\s*\{\s*\\(?:displaystyle|textstyle|scriptstyle)\b\s*([\s\S]*)\}\s*$/.exec(tex);
  if (!match) return tex.trim();
  const inner = match[1]!;
  // Only strip when the outer braces enclose everything: {\displaystyle a}{b} stays.
  return balanced(inner) ? inner.trim() : tex.trim();
}

function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') {
      i++;
      continue;
    }
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
