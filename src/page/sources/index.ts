// The registered math sources, in the order a scan runs them: sources that read
// a renderer's output before the generic MathML one (which would otherwise see
// KaTeX's and Wikipedia's hidden MathML), raw text last (it wraps what it finds).
// Adding a renderer: one file beside these that calls defineSource, one import
// here, one fixture page test/fixtures/pages/sources-<name>.html.
import './wikipedia';
import './katex';
import './zenn';
import './github';
import './mathjax2';
import './mathjax4';
import './mathjax3';
import './mathml';
import './raw';

export { registeredSources } from '../registry';
