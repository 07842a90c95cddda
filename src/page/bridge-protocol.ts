// The one narrow channel between the MAIN-world bridge (page-bridge.ts) and the
// content script: CustomEvents of a single name whose detail is a JSON string
// (objects do not cross between worlds; strings do).
//
//   bridge → content: {type: 'math', …} dispatched ON the formula's typesetRoot, bubbling
//   content → bridge: {type: 'send-again'} dispatched on the document

export const BRIDGE_EVENT = 'xent-lens:mathjax';

export type BridgeMessage =
  | { type: 'math'; tex: string; display: boolean; /** MathJax's major version, 3 or 4. */ version: number }
  | { type: 'send-again' };

export function encodeBridgeMessage(message: BridgeMessage): string {
  return JSON.stringify(message);
}

/** Parses a detail from the page, which anyone on the page can forge: check every field. */
export function decodeBridgeMessage(detail: unknown): BridgeMessage | null {
  if (typeof detail !== 'string' || detail.length > 100_000) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Record<string, unknown>;
  if (message.type === 'send-again') return { type: 'send-again' };
  if (message.type === 'math' && typeof message.tex === 'string' && typeof message.display === 'boolean' && typeof message.version === 'number') {
    return { type: 'math', tex: message.tex, display: message.display, version: message.version };
  }
  return null;
}
