// The stacked bar under the result: cross-entropy split into the entropy of the target
// and the KL divergence on top of it (why E is never below H(t)); entropy against its
// largest value log K; JS as its two halves against log 2. Numbers come from the core
// (compute.ts); here they are only drawn and labelled with the page's symbols.
import { t as msg, type Lang } from '../i18n';
import type { Share, Stack } from './compute';

export interface StackSymbols {
  /** The target or first distribution (t, p…) and the prediction or second one (y, q…), as plain text. */
  p: string;
  q: string;
}

export interface StackView {
  element: HTMLElement;
  /** Draws `stack` (null hides the figure); `fmt` writes a number in the UI language. */
  update(stack: Stack | null, symbols: StackSymbols, fmt: (x: number) => string): void;
}

const SHARE_KEY = { entropy: 'shareEntropy', kl: 'shareKl', 'from-p': 'shareFromP', 'from-q': 'shareFromQ' } as const;
const CAPTION_KEY = { 'cross-entropy': 'stackCrossEntropy', entropy: 'stackEntropy', js: 'stackJs' } as const;

function symbolOf(share: Share['part'], s: StackSymbols): string {
  if (share === 'entropy') return `H(${s.p})`;
  if (share === 'kl') return `KL(${s.p}‖${s.q})`;
  return share === 'from-p' ? `½KL(${s.p}‖m)` : `½KL(${s.q}‖m)`;
}

function totalSymbol(stack: Stack, s: StackSymbols): string {
  if (stack.shape === 'cross-entropy') return `H(${s.p}, ${s.q})`;
  return stack.shape === 'entropy' ? `H(${s.p})` : `JS(${s.p}‖${s.q})`;
}

/** Percent of the scale a share takes: the bound when there is one, else the total; ∞ fills the bar. */
function widthOf(value: number, stack: Stack): number {
  const scale = stack.bound ?? stack.total;
  if (value === Infinity) return 100;
  if (!Number.isFinite(scale) || !(scale > 0) || !(value > 0)) return 0;
  return Math.min(100, (100 * value) / scale);
}

export function createStackView(doc: Document, lang: Lang): StackView {
  const element = doc.createElement('figure');
  element.className = 'xl-stack';
  element.dataset.part = 'stack';
  element.hidden = true;
  const caption = doc.createElement('figcaption');
  const track = doc.createElement('div');
  track.className = 'xl-stack-track';
  track.setAttribute('role', 'img');
  const legend = doc.createElement('ul');
  legend.className = 'xl-stack-legend';
  element.append(caption, track, legend);
  let drawn = '';

  return {
    element,
    update(stack, symbols, fmt) {
      element.hidden = stack === null;
      if (!stack) return;
      const lines = stack.shares.map((share) => `${symbolOf(share.part, symbols)} = ${fmt(share.value)}`);
      const total = `${totalSymbol(stack, symbols)} = ${fmt(stack.total)}`;
      const bound = stack.bound === null ? '' : msg(lang, 'stackBound', fmt(stack.bound));
      const key = JSON.stringify([stack, lines, total, bound]);
      if (key === drawn) return;
      drawn = key;
      element.dataset.shape = stack.shape;
      caption.textContent = msg(lang, CAPTION_KEY[stack.shape]);
      track.setAttribute('aria-label', [stack.shares.length > 1 ? `${total} = ${lines.join(' + ')}` : total, bound].filter(Boolean).join('; '));
      track.replaceChildren(
        ...stack.shares.map((share) => {
          const segment = doc.createElement('span');
          segment.className = 'xl-stack-share';
          segment.dataset.share = share.part;
          segment.dataset.infinite = String(share.value === Infinity);
          segment.style.width = `${widthOf(share.value, stack).toFixed(1)}%`;
          return segment;
        }),
      );
      legend.replaceChildren(
        ...stack.shares.map((share, i) => {
          const item = doc.createElement('li');
          item.dataset.share = share.part;
          const swatch = doc.createElement('span');
          swatch.className = 'xl-swatch';
          swatch.setAttribute('aria-hidden', 'true');
          const value = doc.createElement('strong');
          value.textContent = lines[i]!;
          item.append(swatch, value, ` ${msg(lang, SHARE_KEY[share.part])}`);
          return item;
        }),
        ...[stack.shares.length > 1 ? total : '', bound].filter(Boolean).map((text) => {
          const item = doc.createElement('li');
          item.className = 'xl-stack-total';
          item.textContent = text;
          return item;
        }),
      );
    },
  };
}
