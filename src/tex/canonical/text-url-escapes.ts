// Text rule for TeX that travelled in an image's address. Image services that draw a
// formula from its TeX (CodeCogs and its kind) take it in the URL, and authors who copy a
// formula back out of such an address bring the escapes with it: `&space;` and `&plus;`
// (CodeCogs' own), `%20` and the other percent escapes. The reader of the page saw the
// image, the formula drawn; the escapes are undone before anything reads the TeX.
import { defineTextRule } from './registry';

/** The named escapes an image address uses for what a URL cannot hold as it is. */
const NAMED_ESCAPES: Record<string, string> = { space: ' ', plus: '+', amp: '&', lt: '<', gt: '>', hash: '#', percnt: '%' };
const NAMED = /&(space|plus|amp|lt|gt|hash|percnt);/g;
/** A percent escape of a printable ASCII character. */
const PERCENT = /%([2-7][0-9A-Fa-f])/g;
/**
 * What shows that the TeX came from an address: CodeCogs' escapes, or an encoded space
 * (TeX's own `%` starts a comment, which `%20` between two tokens never does in a formula).
 */
const FROM_ADDRESS = /&(?:space|plus);|%20/;

/** `h(x)&space;=&space;-log&space;p(x)` → `h(x) = -log p(x)`; `cost(W)%20=%20…` → `cost(W) = …`. */
export function urlEscapes(tex: string): string {
  if (!FROM_ADDRESS.test(tex)) return tex;
  return tex
    .replace(PERCENT, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(NAMED, (_m, name: string) => NAMED_ESCAPES[name] ?? '');
}

// First: every other rule reads the formula the image showed.
defineTextRule({ name: 'url-escapes', order: 1, apply: urlEscapes });
