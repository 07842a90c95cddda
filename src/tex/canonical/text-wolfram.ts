// Text rule for the Wolfram Language (Mathematica), as notebooks and Q&A answers print a loss:
// `-Total[t*Log[y]]`, `-Sum[t[[k]] Log[y[[k]]], {k, 1, K}]`, `Mean[…]`. Its calls take square
// brackets and capitalised names, and a part of a list is `x[[k]]`. Only a text that shows one
// of those (a Log, Sum, Total or Mean call, or a part) is read so: elsewhere a square bracket
// after a name is an index or a grouping bracket.
import { defineTextRule } from './registry';
import { closingBracket, rewriteCalls, topLevelArguments } from './text-scan';

const TELLTALE = /(?<![A-Za-z\\])(?:Log|Log2|Log10|Exp|Sum|Total|Mean|Product)\[|\[\[/;
/** An iterator's limit: a number or a name (n, K, Length[y]). */
const LIMIT = /^[A-Za-z0-9]+$/;

/** x[[k]] → x_{k}, x[[i, k]] → x_{i,k}: a part of a list. */
function parts(text: string): string {
  return text.replace(/([A-Za-z]\w*)\[\[([^[\]]+)\]\]/g, (_m, name: string, index: string) => `${name}_{${index.replace(/\s+/g, '')}}`);
}

/** Sum[body, {k, a, b}] and Sum[body, {k, n}] → \sum_{k=a}^{b} (body); Product likewise. */
function iteratedSums(text: string): string {
  return rewriteCalls(text, /(?<![A-Za-z\\])(Sum|Product)\[/g, (found, inner) => {
    const [body, iterator, ...rest] = topLevelArguments(inner);
    const range = /^\{\s*([a-z])\s*,\s*([^,{}]+?)\s*(?:,\s*([^,{}]+?)\s*)?\}$/.exec(iterator ?? '');
    if (!body || !range || rest.length > 0) return null;
    const [lower, upper] = range[3] === undefined ? ['1', range[2] as string] : [range[2] as string, range[3]];
    if (!LIMIT.test(lower) || !LIMIT.test(upper)) return null;
    return `\\${found[1] === 'Sum' ? 'sum' : 'prod'}_{${range[1]}=${lower}}^{${upper}} (${body})`;
  });
}

/** Log[x] → \log(x), Log[b, x] → \log_{b}(x), Log2 and Log10 with their bases; Exp[x] → \exp(x); Total[x] → \sum(x); Mean[x] → mean(x). */
function functions(text: string): string {
  return rewriteCalls(text, /(?<![A-Za-z\\])(Log|Log2|Log10|Exp|Total|Mean)\[/g, (found, inner) => {
    const args = topLevelArguments(inner);
    switch (found[1]) {
      case 'Log':
        return args.length === 2 ? `\\log_{${args[0]}}(${args[1]})` : `\\log(${inner})`;
      case 'Log2':
        return `\\log_{2}(${inner})`;
      case 'Log10':
        return `\\log_{10}(${inner})`;
      case 'Exp':
        return `\\exp(${inner})`;
      case 'Total':
        return `\\sum (${inner})`;
      default:
        return `mean(${inner})`;
    }
  });
}

export function wolframLanguage(tex: string): string {
  if (!TELLTALE.test(tex)) return tex;
  // A bracket the text never closes is no call: leave such text to the lenient reader.
  const open = tex.search(/[A-Za-z]\[/);
  if (open >= 0 && closingBracket(tex, open + 1) < 0) return tex;
  return functions(iteratedSums(parts(tex)));
}

// Before code's indexing brackets are read as subscripts and capitalised names as words.
defineTextRule({ name: 'wolfram-language', order: 22.52, apply: wolframLanguage });
