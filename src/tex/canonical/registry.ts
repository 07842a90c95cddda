// The canonical stage: every notation an author may use for the same thing is
// rewritten to one form before any kind is matched. Two ordered lists of small
// named rules, each in a file of ./ with its test beside it:
//   text rules — TeX string → TeX string, before parsing (Unicode, operator words
//                typed as letters, Markdown escapes, environments);
//   tree rules — expression → expression, after building, bottom-up (vector and
//                transposed forms, index sets, sigmoid expansions, y[i] indices).
// A new notation is a new rule with a test, never a new kind pattern.
import type { Expr } from '../expr';

export interface TextRule {
  name: string;
  /** Rules run in this order (lower first); some rules need what earlier ones wrote. */
  order: number;
  apply(tex: string): string;
}

export interface TreeRule {
  name: string;
  order: number;
  /** The rewritten node, or null when the rule does not apply to this node. */
  apply(node: Expr): Expr | null;
}

const textRules: TextRule[] = [];
const treeRules: TreeRule[] = [];

function register<T extends { name: string; order: number }>(list: T[], rule: T): void {
  if (list.some((r) => r.name === rule.name)) return;
  list.push(rule);
  list.sort((a, b) => a.order - b.order);
}

export function defineTextRule(rule: TextRule): void {
  register(textRules, rule);
}

export function defineTreeRule(rule: TreeRule): void {
  register(treeRules, rule);
}

export function registeredTextRules(): readonly TextRule[] {
  return textRules;
}

export function registeredTreeRules(): readonly TreeRule[] {
  return treeRules;
}

/** `e` with `f` applied to each direct child (subscript atoms stay as written). */
export function mapChildren(e: Expr, f: (child: Expr) => Expr): Expr {
  switch (e.k) {
    case 'call': return { ...e, head: f(e.head), args: e.args.map(f) };
    case 'add': return { ...e, terms: e.terms.map(f) };
    case 'neg': return { ...e, arg: f(e.arg) };
    case 'mul': return { ...e, factors: e.factors.map(f) };
    case 'div': return { ...e, num: f(e.num), den: f(e.den) };
    case 'pow': return { ...e, base: f(e.base), exp: f(e.exp) };
    case 'log': return { ...e, arg: f(e.arg) };
    case 'exp': return { ...e, arg: f(e.arg) };
    case 'fn': return { ...e, args: e.args.map(f) };
    case 'big': return { ...e, lower: e.lower && f(e.lower), upper: e.upper && f(e.upper), body: f(e.body) };
    case 'rel': return { ...e, left: f(e.left), right: f(e.right) };
    default: return e;
  }
}

/** Whether `test` holds for some child of `e` (its direct children, as mapChildren visits them); the walk stops at the first. */
export function anyChild(e: Expr, test: (child: Expr) => boolean): boolean {
  let found = false;
  mapChildren(e, (child) => {
    found ||= test(child);
    return child;
  });
  return found;
}

/** Whether `test` holds for `e` or for some node below it (to a depth of 40, as deep as a formula's tree goes). */
export function anyNode(e: Expr, test: (node: Expr) => boolean, depth = 0): boolean {
  return depth <= 40 && (test(e) || anyChild(e, (child) => anyNode(child, test, depth + 1)));
}

const MAX_DEPTH = 80;
/** A rule's output is tried against the rules again, a bounded number of times. */
const MAX_REWRITES_PER_NODE = 8;

/** The TeX with every text rule applied in order. */
export function applyTextRules(tex: string): string {
  let out = tex;
  for (const rule of textRules) out = rule.apply(out);
  return out;
}

/** The tree with every tree rule applied, children first. */
export function applyTreeRules(e: Expr, depth = 0): Expr {
  if (depth > MAX_DEPTH) return e;
  let node = mapChildren(e, (child) => applyTreeRules(child, depth + 1));
  for (let rewrites = 0; rewrites < MAX_REWRITES_PER_NODE; rewrites++) {
    let changed: Expr | null = null;
    for (const rule of treeRules) {
      changed = rule.apply(node);
      if (changed) break;
    }
    if (!changed) break;
    node = changed;
  }
  return node;
}
