// TeX for a formula the page shows only as MathML (a renderer that keeps no TeX and
// left no global to ask). The converter is large, so it is a chunk of its own that the
// content script loads the first time such a formula turns up; the TeX it gives is set
// on the holder (SOURCE_TEX_ATTRIBUTE), where the watcher sees it and the source reads it.
import { SOURCE_TEX_ATTRIBUTE } from './marks';

export type MathMLToTex = (mathml: string) => string;

let load: (() => Promise<MathMLToTex>) | null = null;
/** Holders being converted now, and the markup each was last converted from (not tried twice). */
const converting = new WeakSet<Element>();
const triedMarkup = new WeakMap<Element, string>();

/** Where the converter comes from (the content script's lazy chunk); without one, nothing is converted. */
export function useMathMLConverter(loader: () => Promise<MathMLToTex>): void {
  load = loader;
}

/** Converts `math` (inside `holder`) soon and keeps the TeX on `holder`. */
export function texFromMathMLLater(holder: Element, math: Element): void {
  if (!load || converting.has(holder)) return;
  const markup = serialize(math);
  if (triedMarkup.get(holder) === markup) return;
  triedMarkup.set(holder, markup);
  converting.add(holder);
  load()
    .then((convert) => {
      const tex = convert(markup).trim();
      if (tex && holder.isConnected && !holder.hasAttribute(SOURCE_TEX_ATTRIBUTE)) holder.setAttribute(SOURCE_TEX_ATTRIBUTE, tex);
    })
    .catch((error: unknown) => {
      if (typeof __DEV__ !== 'undefined' && __DEV__) console.warn('xent-lens: could not read MathML', error);
    })
    .finally(() => converting.delete(holder));
}

/** XML, as the converter parses it (HTML serialisation may leave entities XML lacks). */
function serialize(math: Element): string {
  const view = math.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Serializer = view?.XMLSerializer ?? (typeof XMLSerializer === 'undefined' ? undefined : XMLSerializer);
  return Serializer ? new Serializer().serializeToString(math) : math.outerHTML;
}
