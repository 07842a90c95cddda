// Text rule for math typed as HTML rather than TeX: `y<sub>j</sub>`, `x<sup>2</sup>`, `Σ<sub>j=1,...,m</sub>`, with
// accents spelled as calls, `hat(y)`. The tags are the scripts TeX writes with _ and ^, and hat(y) is ŷ.
import { defineTextRule } from './registry';

export function htmlScripts(tex: string): string {
  if (!/<su[bp]>/i.test(tex)) return tex;
  return tex
    .replace(/<sub>([^<]*)<\/sub>/gi, '_{$1}')
    .replace(/<sup>([^<]*)<\/sup>/gi, '^{$1}')
    // hat(y), bar(x): an accent spelled as a call on one letter, in the same plain markup.
    .replace(/(?<![\\A-Za-z])(hat|bar|tilde)\(\s*([A-Za-z])\s*\)/g, '\\$1{$2}');
}

// Early, before the scripts' contents are read as TeX.
defineTextRule({ name: 'html-scripts', order: 9.5, apply: htmlScripts });
