// MathJax 2 keeps each formula's TeX in <script type="math/tex"> (";mode=display"
// for display math) right after its output, whose id is the script's id + "-Frame".
// The output element is marked: the frame, or the display block around it.
import { isElement, queryAll } from '../dom';
import { defineSource } from '../registry';
import { DOCUMENT_SELECTORS, SOURCE_SELECTORS } from './selectors';
import type { MathSite } from '../types';

/** Blocks MathJax 2's output jaxes put around a display formula's frame. */
const DISPLAY_BLOCK = /(?:^|\s)(?:MJXc-display|MathJax_Display|MathJax_SVG_Display|MathJax_PHTML_Display|MathJax_MathML_Display)(?:\s|$)/;

export function findMathJax2Sites(root: ParentNode): MathSite[] {
  // One query in document order; a frame can arrive on its own (the script was there
  // before the output), so it stands for its script.
  const scripts = new Set<Element>();
  for (const element of queryAll(root, 'script[type^="math/tex"], [id^="MathJax-Element-"][id$="-Frame"]')) {
    const script = element.tagName.toUpperCase() === 'SCRIPT' ? element : element.ownerDocument.getElementById(element.id.slice(0, -'-Frame'.length));
    if (script) scripts.add(script);
  }
  const sites: MathSite[] = [];
  for (const script of scripts) {
    if (!script.id || !/^math\/tex/.test(script.getAttribute('type') ?? '')) continue;
    const frame = script.ownerDocument.getElementById(`${script.id}-Frame`);
    const tex = script.textContent?.trim();
    if (!frame || !tex) continue; // not rendered yet: nothing visible to mark
    const display = /mode\s*=\s*display/.test(script.getAttribute('type') ?? '');
    const parent = frame.parentElement;
    const element = display && isElement(parent) && DISPLAY_BLOCK.test(parent.className) ? parent : frame;
    sites.push({ element, tex, display, source: 'mathjax2' });
  }
  return sites;
}

export const mathjax2Source = defineSource({
  name: 'mathjax2',
  selector: SOURCE_SELECTORS.mathjax2,
  documentSelector: DOCUMENT_SELECTORS.mathjax2,
  find: findMathJax2Sites,
});

// Checked on: MathJax 2.7 with TeX-AMS_CHTML (CommonHTML output), the config of
// many course notes and older blogs. Fixture: test/fixtures/pages/sources-mathjax2.html.
