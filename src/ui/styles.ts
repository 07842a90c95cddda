// The CSS of the badge layer, the popover and the calculator. It lives in shadow roots
// (or, in the toolbar popup, under the calculator's own root), so it neither reaches
// the page nor is reached by it. Light and dark follow prefers-color-scheme.

const PALETTE = `
  --xl-fg: #1d2430; --xl-muted: #5a6372; --xl-bg: #ffffff; --xl-panel: #f4f6f9;
  --xl-border: #c9d0da; --xl-accent: #1f5fbf; --xl-accent-fg: #ffffff;
  --xl-good: #1d7a3a; --xl-bad: #b3261e; --xl-warn: #8a5a00; --xl-bar: #6d8fd1;
  --xl-focus: #0b57d0; --xl-entropy: #2f7d6d; --xl-kl: #c2571a;
`;
const DARK_PALETTE = `
  --xl-fg: #e6e9ef; --xl-muted: #a9b1bf; --xl-bg: #1b1f27; --xl-panel: #252b35;
  --xl-border: #4a5362; --xl-accent: #8ab4f8; --xl-accent-fg: #10151d;
  --xl-good: #7dd79a; --xl-bad: #ff8a80; --xl-warn: #f2c35b; --xl-bar: #7f9fe0;
  --xl-focus: #a8c7fa; --xl-entropy: #6cc7b2; --xl-kl: #f2a36b;
`;

/** Badges: a layer that covers nothing (pointer events only on the badges themselves). */
export const BADGE_LAYER_CSS = `
:host { all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483000; ${PALETTE} }
@media (prefers-color-scheme: dark) { :host { ${DARK_PALETTE} } }
.xl-badge {
  position: absolute; box-sizing: border-box; min-width: 22px; height: 22px; padding: 0 5px;
  border: 1px solid var(--xl-border); border-radius: 11px; background: var(--xl-bg); color: var(--xl-accent);
  font: 600 12px/20px system-ui, sans-serif; cursor: pointer; box-shadow: 0 1px 3px rgb(0 0 0 / 0.2);
  display: inline-flex; align-items: center; justify-content: center; gap: 2px;
}
.xl-badge:hover { background: var(--xl-panel); }
.xl-badge:focus-visible { outline: 3px solid var(--xl-focus); outline-offset: 1px; }
.xl-badge[data-verdict="correct"], .xl-badge[data-verdict="rounding"] { color: var(--xl-good); border-color: var(--xl-good); }
.xl-badge[data-verdict="wrong"] { color: var(--xl-bad); border-color: var(--xl-bad); }
.xl-badge[hidden] { display: none; }
.xl-source-outline { position: fixed; box-sizing: border-box; border: 2px solid var(--xl-accent); border-radius: 6px; pointer-events: none; box-shadow: 0 0 0 4px color-mix(in srgb, var(--xl-accent) 25%, transparent); }
.xl-source-outline[hidden] { display: none; }
`;

export const POPOVER_CSS = `
.xl-popover {
  position: fixed; top: 0; left: 0; box-sizing: border-box; width: min(34rem, calc(100vw - 16px));
  max-height: min(80vh, 44rem); overflow: auto; padding: 12px 14px; border: 1px solid var(--xl-border);
  border-radius: 10px; background: var(--xl-bg); color: var(--xl-fg); box-shadow: 0 8px 28px rgb(0 0 0 / 0.25);
  font: 14px/1.5 system-ui, "Noto Sans CJK JP", "Noto Sans JP", sans-serif; text-align: left;
}
.xl-popover:focus { outline: none; }
.xl-popover-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 6px; }
.xl-popover-title { font-size: 13px; font-weight: 600; color: var(--xl-muted); margin: 0; }
.xl-close { border: 0; background: transparent; color: var(--xl-fg); font-size: 18px; line-height: 1; cursor: pointer; padding: 2px 6px; border-radius: 4px; }
.xl-close:focus-visible { outline: 2px solid var(--xl-focus); }
.xl-page-formula { overflow-x: auto; padding: 4px 0; }
.xl-offers { margin: 4px 0 8px; }
.xl-offer { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; margin: 2px 0; }
.xl-offer button { font: inherit; color: var(--xl-accent); border: 1px solid var(--xl-accent); background: var(--xl-bg); border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.xl-offer button:focus-visible { outline: 2px solid var(--xl-focus); outline-offset: 1px; }
.xl-offer-source { font-size: 12px; color: var(--xl-muted); }
.xl-offers .xl-status { font-size: 12px; color: var(--xl-muted); margin: 2px 0 0; }
`;

export const CALCULATOR_CSS = `
.xl-calc { ${PALETTE} color: var(--xl-fg); font: 14px/1.5 system-ui, "Noto Sans CJK JP", "Noto Sans JP", sans-serif; }
@media (prefers-color-scheme: dark) { .xl-calc { ${DARK_PALETTE} } }
.xl-calc * { box-sizing: border-box; }
.xl-calc h3 { font-size: 12px; font-weight: 600; color: var(--xl-muted); margin: 10px 0 4px; text-transform: none; }
.xl-calc button, .xl-calc select, .xl-calc input { font: inherit; color: inherit; }
.xl-calc button { border: 1px solid var(--xl-border); background: var(--xl-panel); border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.xl-calc button:focus-visible, .xl-calc input:focus-visible, .xl-calc select:focus-visible { outline: 2px solid var(--xl-focus); outline-offset: 1px; }
.xl-calc select { border: 1px solid var(--xl-border); background: var(--xl-bg); border-radius: 6px; padding: 1px 4px; }
.xl-example { border: 1px solid var(--xl-border); border-radius: 8px; padding: 6px 10px; background: var(--xl-panel); }
.xl-example dl { display: grid; grid-template-columns: auto 1fr; gap: 0 10px; margin: 0; }
.xl-example dt { color: var(--xl-muted); }
.xl-example dd { margin: 0; font-variant-numeric: tabular-nums; }
.xl-verdict[data-verdict="wrong"] { color: var(--xl-bad); font-weight: 600; }
.xl-verdict[data-verdict="correct"], .xl-verdict[data-verdict="rounding"] { color: var(--xl-good); font-weight: 600; }
.xl-explanation { margin: 4px 0 0; }
.xl-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; margin: 8px 0 4px; }
.xl-rows { max-height: 16rem; overflow: auto; border: 1px solid var(--xl-border); border-radius: 6px; }
.xl-row, .xl-rows-head { display: grid; grid-template-columns: var(--xl-columns); align-items: center; gap: 4px; padding: 2px 6px; }
.xl-rows-head { position: sticky; top: 0; background: var(--xl-panel); color: var(--xl-muted); font-size: 12px; z-index: 1; }
.xl-row:nth-child(even) { background: color-mix(in srgb, var(--xl-panel) 50%, transparent); }
.xl-row input { width: 100%; min-width: 0; border: 1px solid var(--xl-border); border-radius: 4px; background: var(--xl-bg); padding: 1px 4px; font-variant-numeric: tabular-nums; }
.xl-row input[aria-invalid="true"] { border-color: var(--xl-bad); }
.xl-vector { display: grid; grid-template-columns: repeat(var(--xl-k), minmax(2.6rem, 1fr)); gap: 2px; min-width: 0; }
.xl-class-numbers { font-size: 11px; text-align: center; }
.xl-vector-head { display: grid; justify-items: center; min-width: 0; }
.xl-vector-head > .xl-vector { width: 100%; }
.xl-class-buttons { display: inline-flex; gap: 4px; }
.xl-class-buttons[hidden] { display: none; }
.xl-index { color: var(--xl-muted); font-size: 12px; text-align: right; font-variant-numeric: tabular-nums; }
.xl-out { font-variant-numeric: tabular-nums; font-size: 12px; text-align: right; white-space: nowrap; }
.xl-bar { height: 8px; border-radius: 4px; background: var(--xl-panel); overflow: hidden; }
.xl-bar > span { display: block; height: 100%; width: 0; background: var(--xl-bar); }
.xl-bar[data-infinite="true"] > span { background: var(--xl-bad); }
.xl-note { grid-column: 1 / -1; font-size: 12px; color: var(--xl-warn); margin: 0 0 2px; }
.xl-note[data-severity="error"] { color: var(--xl-bad); }
.xl-note:empty { display: none; }
.xl-remove { padding: 0 6px !important; line-height: 1.2; }
.xl-result { margin: 8px 0 2px; font-size: 15px; }
.xl-result > span:first-child { margin-right: 0.3em; }
.xl-result output { font-weight: 700; font-variant-numeric: tabular-nums; }
.xl-result .xl-secondary { color: var(--xl-muted); font-size: 13px; margin-left: 10px; }
.xl-substituted { overflow-x: auto; padding: 2px 0; min-height: 1.5em; }
.xl-diagnostics { margin: 4px 0; padding: 0; list-style: none; font-size: 13px; }
.xl-diagnostics li { color: var(--xl-warn); }
.xl-diagnostics li[data-severity="error"] { color: var(--xl-bad); }
.xl-copy { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; align-items: center; }
.xl-status { font-size: 12px; color: var(--xl-muted); }
.xl-rows-head .xl-symbol { font-size: 15px; color: var(--xl-fg); }
.xl-symbol .katex { font-size: 1.05em; }
.xl-toggle { display: inline-flex; align-items: center; gap: 4px; font-size: 13px; }
.xl-toggle[hidden] { display: none; }
.xl-stack { margin: 8px 0 4px; padding: 8px 10px; border: 1px solid var(--xl-border); border-radius: 8px; background: var(--xl-panel); }
.xl-stack figcaption { font-size: 12px; font-weight: 600; color: var(--xl-muted); margin-bottom: 6px; }
.xl-stack-track { display: flex; height: 14px; border-radius: 7px; overflow: hidden; background: var(--xl-bg); border: 1px solid var(--xl-border); }
.xl-stack-share { display: block; height: 100%; min-width: 0; }
.xl-stack-share[data-share="entropy"], .xl-stack-legend [data-share="entropy"] .xl-swatch, .xl-stack-share[data-share="from-p"], .xl-stack-legend [data-share="from-p"] .xl-swatch { background: var(--xl-entropy); }
.xl-stack-share[data-share="kl"], .xl-stack-legend [data-share="kl"] .xl-swatch, .xl-stack-share[data-share="from-q"], .xl-stack-legend [data-share="from-q"] .xl-swatch { background: var(--xl-kl); }
.xl-stack-share[data-infinite="true"] { background: var(--xl-bad); }
.xl-stack-legend { list-style: none; margin: 6px 0 0; padding: 0; font-size: 12px; display: grid; gap: 2px; }
.xl-stack-legend strong { font-weight: 600; font-variant-numeric: tabular-nums; margin-right: 4px; }
.xl-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
.xl-stack-total { color: var(--xl-muted); font-variant-numeric: tabular-nums; }
.xl-explore { margin: 6px 0 2px; }
.xl-curve { display: grid; grid-template-columns: auto minmax(0, 1fr); grid-template-areas: "ylabel plot" ". xlabel" "caption caption"; align-items: center; gap: 0 4px; margin: 0; max-width: 24rem; }
.xl-curve[hidden] { display: none; }
.xl-curve svg { grid-area: plot; width: 100%; height: auto; display: block; overflow: visible; touch-action: none; cursor: ew-resize; user-select: none; }
.xl-curve-y { grid-area: ylabel; font-size: 13px; }
.xl-curve-x { grid-area: xlabel; justify-self: center; font-size: 13px; }
.xl-curve figcaption { grid-area: caption; font-size: 12px; color: var(--xl-muted); font-variant-numeric: tabular-nums; }
.xl-curve text { font: 9px system-ui, sans-serif; fill: var(--xl-muted); }
.xl-curve .xl-curve-branch { font-size: 9.5px; fill: var(--xl-fg); }
.xl-curve-grid line { stroke: var(--xl-border); stroke-width: 1; vector-effect: non-scaling-stroke; opacity: 0.6; }
.xl-curve-grid line.xl-curve-axis { stroke: var(--xl-muted); opacity: 1; }
.xl-curve-line { fill: none; stroke: var(--xl-muted); stroke-width: 1.5; stroke-dasharray: 4 3; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
.xl-curve-line.xl-curve-current { stroke: var(--xl-accent); stroke-width: 2.25; stroke-dasharray: none; }
.xl-curve-guide line { stroke: var(--xl-accent); stroke-width: 1; stroke-dasharray: 2 2; vector-effect: non-scaling-stroke; opacity: 0.7; }
.xl-curve-point { fill: var(--xl-accent); stroke: var(--xl-bg); stroke-width: 2; cursor: grab; }
.xl-curve-point.xl-curve-off { fill: var(--xl-bg); stroke: var(--xl-bad); }
.xl-curve-point:focus { outline: none; }
.xl-curve-point:focus-visible { outline: 2px solid var(--xl-focus); outline-offset: 2px; stroke: var(--xl-focus); stroke-width: 3; }
.xl-dragging .xl-curve-point { cursor: grabbing; }
.xl-keep-sum { display: inline-flex; gap: 4px; align-items: center; font-size: 12px; color: var(--xl-muted); }
.xl-keep-sum[hidden] { display: none; }
.xl-gradient { margin: 4px 0 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.xl-gradient .xl-why { font-style: italic; }
.xl-row input.xl-scrubbing { cursor: ew-resize; border-color: var(--xl-accent); }
.xl-row input[data-column] { cursor: text; }
.xl-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
