// Text rules for the guard code puts round a probability before its log, written as a method or with
// keyword bounds: PyTorch's `p.clamp(min=eps)`, `p.clip(eps, 1 - eps)`, `p.clamp_min(eps)`, Rust's
// `p.max(1e-9)`, and `torch.clamp(p, min=eps)`, `np.clip(p, a_min=eps, a_max=None)`. Each becomes the call the
// tree rules set aside as a guard (clip(p, eps, 1 − eps), max(p, eps), min(p, 1 − eps)), so the log is of p.
import { defineTextRule } from './registry';
import { MODULES, rewriteMethods } from './text-method-chains';
import { rewriteCalls, topLevelArguments } from './text-scan';

/** A bound a guard keeps a probability within: a decimal number (an integer is an axis), ε by name, 1 − ε, a type's epsilon (f64::EPSILON). */
const BOUND = /^(?:\d*\.\d+(?:e-?\d+)?|\d+e-?\d+|10\^\{-?\d+\}|1\.?0*\s*-\s*.+|[A-Za-z_:]*(?:eps|epsilon|EPS|EPSILON|tiny|TINY)\w*)$/;

/** p.clamp(…), p.clip(…), p.clamp_min(ε), p.clamp_max(1 − ε), and max or min with one bound (Rust's p.max(1e-9)): the guard as a call. */
export function guardMethods(tex: string): string {
  return rewriteMethods(tex, /\.\s*(clamp|clip|clamp_min|clamp_max|max|min|coerceIn|coerceAtLeast|coerceAtMost)\s*\(/g, (receiver, inner, before, found) => {
    if (MODULES.has(receiver) || before.endsWith('.') || before.endsWith('\\')) return null;
    // Kotlin names them coerceIn(lo, hi), coerceAtLeast(lo) and coerceAtMost(hi).
    const method = ({ coerceIn: 'clip', coerceAtLeast: 'clamp_min', coerceAtMost: 'clamp_max' } as Record<string, string>)[found[1] as string] ?? (found[1] as string);
    const args = topLevelArguments(inner).map((arg) => arg.trim());
    if (method === 'clamp' || method === 'clip') return args.length >= 1 && args[0] !== '' ? `${method}(${receiver}, ${args.join(', ')})` : null;
    // PyTorch's x.max() and x.max(1) reduce along an axis: only a bound makes max a guard.
    if (args.length !== 1 || !BOUND.test(args[0] as string)) return null;
    // clamp_min and max keep the value above the bound; clamp_max and min below it.
    return `${method === 'clamp_min' || method === 'max' ? 'max' : 'min'}(${receiver}, ${args[0]})`;
  });
}

/** clamp(p, min=ε), clip(p, a_min=ε, a_max=1 − ε), clamp(p, max=1 − ε): bounds by keyword, in the places the positional call takes them. */
export function guardKeywords(tex: string): string {
  return rewriteCalls(tex, /(?<![\w\\.])(?:[A-Za-z_]\w*\.)*(clamp|clip)\s*\(/g, (found, inner) => {
    const [value, ...rest] = topLevelArguments(inner).map((arg) => arg.trim());
    if (value === undefined || rest.length === 0) return null;
    const keyword = (names: RegExp) => rest.map((arg) => new RegExp(`^(?:${names.source})\\s*=\\s*(.+)$`).exec(arg)?.[1]).find((bound) => bound !== undefined);
    const low = keyword(/min|a_min|clip_value_min|lower/);
    const high = keyword(/max|a_max|clip_value_max|upper/);
    if (low === undefined && high === undefined) return null;
    const given = (bound: string | undefined) => bound !== undefined && bound !== 'None' && bound !== 'nothing';
    if (given(low) && given(high)) return `${found[1]}(${value}, ${low}, ${high})`;
    if (given(low)) return `max(${value}, ${low})`;
    return given(high) ? `min(${value}, ${high})` : value;
  });
}

/** A constant named for a floor: MIN_LOSS_VALUE, min_prob, minProb, SMALL, smallValue, or for ε (CE_EPSILON, eps_log). */
const NAMED_FLOOR = /^(?:[A-Za-z_]\w*(?:::|\.))?(?:MIN_[A-Z0-9_]+|min_[a-z0-9_]+|min[A-Z]\w*|SMALL\w*|small[A-Z_]\w*|(?:[A-Za-z0-9]+_)*(?:EPS|EPSILON|eps|epsilon|Eps|Epsilon)(?:_[A-Za-z0-9_]+|\d*))$/;

/** max(p, MIN_PROB), std::max(p, min_prob), Math.max(SMALL, p), R's pmax(p, eps): a floor given by name becomes ε, the guard the tree rules set aside. */
export function namedFloors(tex: string): string {
  return rewriteCalls(tex, /(?<![\w\\.])(?:[A-Za-z_]\w*(?:::|\.))*(max|maximum|fmax|fmaxf|pmax)\s*\(/g, (found, inner) => {
    const args = topLevelArguments(inner).map((arg) => arg.trim());
    if (args.length !== 2) return null;
    const at = args.findIndex((arg) => NAMED_FLOOR.test(arg));
    if (at < 0 || NAMED_FLOOR.test(args[1 - at] as string)) return null;
    return `max(${at === 0 ? `eps, ${args[1]}` : `${args[0]}, eps`})`;
  });
}

// Before method-chains (24.3) reads the log called on the guarded value, after scientific-numbers (24.2).
defineTextRule({ name: 'guard-methods', order: 24.22, apply: guardMethods });
// Before identifier-subscripts (24.5) takes a_min for a subscripted a.
defineTextRule({ name: 'guard-keywords', order: 24.23, apply: guardKeywords });
// Before the parser reads min_prob as a call of min; after return-keyword and code-names (24.06).
defineTextRule({ name: 'named-floors', order: 24.21, apply: namedFloors });
