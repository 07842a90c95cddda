// σ(z)_i and σ_i(z), as the softmax is often written (σ for "squash"): a σ that
// carries a class index and takes a whole vector of logits (no index on z) is
// the softmax's component i, e^{z_i} / Σ_j e^{z_j}, the form the builder gives
// softmax(z)_i. σ(z_i), with the index on the logit, stays the sigmoid of one
// logit; σ_i alone, with no bracket, stays a symbol (a spread as often as not).
import type { Expr } from '../expr';
import { exprTex, single, softmaxComponent } from '../expr';
import { defineTreeRule } from './registry';

/** The logit vector z of σ_i(z) (a symbol with no index), with σ's index; null for anything else. */
function indexedSigmaCall(e: Expr): { logits: Expr; index: string } | null {
  const call = e;
  if (call.k !== 'call' || call.args.length !== 1) return null;
  const head = call.head;
  if (head.k !== 'sym' || head.name !== '\\sigma' || head.sub === null) return null;
  const logits = single(call.args[0] as Expr);
  // A vector written as one letter, bold or not; σ_i(z_i) or σ_i(x, w) is something else.
  if (logits.k !== 'sym' || logits.sub !== null || !/^(?:[a-zA-Z]|\\(?:mathbf|boldsymbol|bm|vec)\{[a-zA-Z]\})$/.test(logits.name)) return null;
  return { logits, index: head.sub };
}

/** σ_i(z) → e^{z_i} / Σ e^{z}. */
export function indexedSigmaSoftmax(node: Expr): Expr | null {
  const found = indexedSigmaCall(node);
  if (!found) return null;
  return softmaxComponent(exprTex(found.logits), found.index);
}

defineTreeRule({ name: 'indexed-sigma-softmax', order: 28.5, apply: indexedSigmaSoftmax });
