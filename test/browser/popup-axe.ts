// axe-core for the extension's own pages (popup, options). Their CSP forbids inline
// scripts and eval, but a function handed to `evaluate` is compiled by the browser's
// automation channel, not by the page, so axe travels inside one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core over the whole document; resolves to "rule: targets" per violation. */
export const runAxe = new Function(
  `${AXE_SOURCE}
return window.axe.run(document, { resultTypes: ['violations'] }).then((result) =>
  result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')));`,
) as () => Promise<string[]>;
