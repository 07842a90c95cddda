// entropy: H(p) = −Σ p log p, the binary entropy −p log p − (1 − p) log(1 − p), the
// expectation −E_{x∼p}[log p(x)] (E[−log p] too), the integral −∫ p log p dx, and summed
// self-information Σ p log(1/p). The weight and the logged distribution must be the same
// at the same point: −Σ p(x,y) log p(y|x) (conditional entropy) is not one.
import type { Expr } from '../expr';
import { sameTree, single } from '../expr';
import { loggedOf, weightOf } from '../information';
import { compactRoles, defineKind } from '../registry';
import { subscriptParts } from '../selectors';
import { identityOf, sameDistribution } from '../distributions';
import { binaryShape, logSumShape } from '../shapes';
import type { Term } from '../terms';
import { headName, roleTex, termsOf } from '../terms';

/** σ(s), sigmoid(s), softmax(z): a score squashed into (0, 1), no law an expectation is taken under. */
function isSquashed(e: Expr): boolean {
  const inner = single(e);
  return (inner.k === 'call' && (inner.spelled === true || /^(?:\\sigma|\\operatorname\{(?:sigmoid|softmax)\}|sigmoid|softmax)$/.test(headName(inner) ?? ''))) || (inner.k === 'fn' && /^(?:sigmoid|softmax)$/.test(inner.name));
}

/** The distribution an expectation is over: p in E_p, E_{x∼p}, E_{p(x)}; null when unwritten. */
function expectationOver(lower: Expr | null): Expr | null {
  if (!lower) return null;
  return lower.k === 'rel' ? (lower.op === '\\sim' ? lower.right : null) : lower;
}

/**
 * p weights its own log; any other factor is a constant of the formula (Boltzmann's k_B in
 * S = −k_B Σ p ln p), not indexed by the sum the way a per-class weight w_k would be.
 */
function weightedBySelf(term: Term, logged: Expr): boolean {
  const single = weightOf(term);
  // A softmax written out weights its own log as a whole expression (−Σ_i softmax(z)_i log softmax(z)_i).
  if (single) return sameDistribution(single, logged) || (single.k !== 'sym' && sameTree(single, logged));
  const running = term.bigs.map((b) => b.index).filter((i): i is string => i !== null);
  const own = term.factors.filter((f) => sameDistribution(f, logged));
  const others = term.factors.filter((f) => !own.includes(f));
  return own.length === 1 && others.every((f) => f.k === 'sym' && !subscriptParts(f.sub).some((part) => running.includes(part)));
}

defineKind({
  kind: 'entropy',
  order: 90,
  match(expr, context) {
    const binary = binaryShape(expr);
    if (binary) {
      if (!binary.sameSymbol || binary.sign !== -1 || binary.weight) return null;
      return compactRoles({ target: binary.target, logBase: binary.base ?? undefined });
    }
    const shape = logSumShape(expr, context);
    const terms = termsOf(expr);
    if (!shape || !terms || shape.sign !== -1 || shape.ratio || (shape.softmax && !shape.sameSymbol)) return null;
    let distribution: Expr | null = null;
    for (const term of terms) {
      const logged = loggedOf(term);
      if (!logged) return null;
      const expectation = term.bigs.find((b) => b.op === 'E');
      if (expectation) {
        if (term.factors.length > 0) return null;
        const over = expectationOver(expectation.lower);
        // E_p[log q] is a cross-entropy; E_p[log p] (or E[log p], over p by default) is not.
        if (over && identityOf(over) !== identityOf(logged)) return null;
        // E[log σ(r_w − r_l)]: with no law written, only a law's own symbol, p or p(x), can be the one averaged over.
        if (!over && isSquashed(logged)) return null;
      } else if (!weightedBySelf(term, logged)) return null;
      distribution ??= logged;
    }
    if (!distribution) return null;
    const index = shape.bigs.find((b) => b.op === 'sum')?.index ?? undefined;
    return compactRoles({ target: roleTex(distribution), classIndex: index, logBase: shape.base ?? undefined });
  },
});

// Cases from: the public corpus (F040, F077, F086, F112, F152, F213, F225, F261: Wikipedia,
// d2l, decision-tree notes, physics' Gibbs entropy, AsciiMath and plain-text pages).
