// The MathML-to-TeX chunk, loaded by the content script only when a formula turns
// up as MathML with no TeX beside it (page/mathml-tex.ts).
export { mathmlToTex } from './page/mathml-to-tex';
