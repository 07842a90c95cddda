// Small DOM helpers shared by the sources. They work in browsers and in linkedom
// (the CLI), so they avoid APIs linkedom lacks.

/** Elements matching `selector` inside `root`, `root` itself first when it matches. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  if (isElement(root) && root.matches(selector)) found.push(root);
  for (const element of root.querySelectorAll(selector)) found.push(element);
  return found;
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
