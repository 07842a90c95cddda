// Cold costs in a fresh isolated world per page load, on bench-nomath.
import { chromium } from 'playwright-core';
import { findChromium } from '../test/harness/find-browser.mjs';
import { startFixtureServer } from '../test/harness/server.mjs';
import { OFFLINE_FLAGS } from '../test/harness/chromium';

const steps: [string, string][] = [
  ['touch', `document.body`],
  ['queries', `for (const q of ['.katex', '.katex-display', 'mjx-container', 'math', 'math-renderer', '.MathJax', '.MathJax_Display', 'script[type^="math/tex"]', '.MathJax_SVG', '.MathJax_CHTML', 'x-katex', 'mjx-math', '[data-xent-lens]']) document.querySelector(q)`],
  ['undefined', `document.querySelector(':not(:defined)')`],
  ['observer', `new MutationObserver(()=>{}).observe(document, {childList:true,subtree:true,characterData:true})`],
  ['text', `globalThis.__t = document.body.textContent`],
  ['includes', `globalThis.__t.includes('$$') || globalThis.__t.includes('\\\\')`],
  ['regex', `/\\$\\$|\\\\\\[|\\\\\\(|\\\\begin\\{/.test(globalThis.__t)`],
  ['xpath', `document.evaluate("descendant::*[contains(local-name(), '-')]", document.body, null, 7, null).snapshotLength`],
];
const expression = `(()=>{const times=[]; let t=performance.now(); ${steps.map(([, code]) => `${code}; {const n=performance.now(); times.push(n-t); t=n;}`).join('\n')} return times;})()`;
const server = await startFixtureServer();
const browser = await chromium.launch({ executablePath: findChromium(), args: OFFLINE_FLAGS ?? [] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
const results: number[][] = steps.map(() => []);
for (let run = 0; run < 40; run++) {
  await page.goto(`${server.origin}/bench-nomath.html`);
  await page.waitForTimeout(100);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `w${run}` });
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression, returnByValue: true });
  if (exceptionDetails) throw new Error(JSON.stringify(exceptionDetails));
  (result.value as number[]).forEach((ms, i) => results[i]!.push(ms));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
steps.forEach(([name], i) => console.log(name.padEnd(10), 'mean', mean(results[i]!).toFixed(3), 'median', med(results[i]!).toFixed(3)));
console.log('total mean', mean(results.map(mean)).toFixed(3) , 'sum', results.map(mean).reduce((a,b)=>a+b,0).toFixed(3));
await browser.close(); await server.close?.();
