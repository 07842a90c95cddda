// The key an analysis is kept under, on both sides of the message: the TeX, and the
// context when there is one (the order of its fields does not matter). No tex/ import,
// so the content script can use it without bundling the recogniser.
import type { FormulaContext } from './messages';

export function analysisKey(tex: string, context: FormulaContext | null | undefined): string {
  if (!context) return tex;
  const entries = Object.entries(context).filter(([, value]) => value !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length === 0 ? tex : `${tex}\u0000${JSON.stringify(entries)}`;
}
