// MathML → TeX through mathml-to-latex, for renderers' output that keeps no TeX
// (MathJax's assistive MathML). Only the lazy chunk imports this.
import { MathMLToLaTeX } from 'mathml-to-latex';

export function mathmlToTex(mathml: string): string {
  // MathJax marks invisible function application (log⁡y) with U+2061; TeX has no use for it.
  return MathMLToLaTeX.convert(mathml).replace(/\u2061/g, ' ').trim();
}
