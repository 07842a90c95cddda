// Shared by the likelihood kinds: whether a role runs over an index.
import { texMentions } from '../terms';

/** t_k, t_{nk}, t_{n,k}, t(k): the role's TeX runs over `index` (in a script or as a letter of its own). */
export function indexedBy(tex: string, index: string): boolean {
  // A tag in the subscript (y_{\text{true},bc}) names the symbol; the letters after it index it.
  const untagged = tex.replace(/\\(?:text|mathrm|operatorname|textrm)\{[^{}]*\}/g, '');
  const scripts = [...untagged.matchAll(/[_^]\{([^{}]*)\}|[_^]([A-Za-z0-9])/g)].map((m) => m[1] ?? m[2] ?? '');
  return texMentions(tex, index) || (index.length === 1 && scripts.some((script) => script.includes(index)));
}
