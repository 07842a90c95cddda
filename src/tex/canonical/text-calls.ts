// Text rules for function notation: f(x)_k, h_θ(x)_k, σ(z)_j and, in docstrings,
// f(x)[k] index the output of a function, the k-th component of f(x). TeX attaches
// that index to the closing bracket, where the reader would lose it, so it moves to
// the function's name: f_{k}(x), h_{θ,k}(x), σ_{j}(z).
import { defineTextRule } from './registry';
import { closingBracket } from './text-scan';

const GREEK = 'alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega';
/** A script: a braced group (with braces of its own one level down, t_{i}), a command or one character. */
const SCRIPT = String.raw`(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9])`;
const CALL_SUBSCRIPT = new RegExp(String.raw`(?<![\\A-Za-z])([A-Za-z]|\\(?:${GREEK}))(?![A-Za-z])(?:_(${SCRIPT}))?\(((?:[^()]|\([^()]*\))*)\)(?:_(${SCRIPT})|\[([A-Za-z0-9]+(?:\s*,\s*[A-Za-z0-9]+)*)\])`, 'g');

const unbraced = (script: string) => (script.startsWith('{') ? script.slice(1, -1) : script);

/** f(x)_k → f_{k}(x); h_θ(x)_k → h_{θ,k}(x); f(x)[k] → f_{k}(x): the output's index on the function's name. */
export function callSubscript(tex: string): string {
  // \sigma (z)_k: TeX drops the space after a command, so σ takes the bracket all the same.
  const unspaced = tex.replace(new RegExp(String.raw`(\\(?:${GREEK}))\s+(?=\()`, 'g'), '$1');
  return unspaced.replace(CALL_SUBSCRIPT, (_m, name: string, own: string | undefined, args: string, script: string | undefined, bracketed: string | undefined) => {
    const index = script ? unbraced(script) : (bracketed ?? '').replace(/\s+/g, '');
    const sub = own ? `${unbraced(own)},${index}` : index;
    return `${name}_{${sub}}(${args})`;
  });
}

/** A symbol in square brackets, its own subscript inside and a component's index outside: [\hat{\mathbf{y}}_i]_{y_i}. */
const BRACKETED_COMPONENT = new RegExp(
  String.raw`(?:\\left\s*)?\[\s*((?:\\[A-Za-z]+\s*\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z]))\s*(?:_(${SCRIPT}))?\s*(?:\^(${SCRIPT}))?\s*(?:_(${SCRIPT}))?\s*(?:\(((?:[^()]|\([^()]*\))*)\))?\s*(?:\\right\s*)?\]\s*_(${SCRIPT})`,
  'g',
);

/**
 * [v]_k, [\hat{\mathbf{y}}_i]_{y_i}, [p^i]_{y^i}, [f(x)]_y: the k-th component of the vector in
 * brackets, v_{k}, \hat{\mathbf{y}}_{i,y_i}, p^{i}_{y^i}, f_{y}(x) (a superscript and a call's
 * argument stay where they were).
 */
export function bracketedComponent(tex: string): string {
  return tex.replace(
    BRACKETED_COMPONENT,
    (whole: string, symbol: string, ownBefore: string | undefined, sup: string | undefined, ownAfter: string | undefined, args: string | undefined, index: string, at: number) => {
      // P[y]_i, E[X]_k: a bracket straight after a name (not a command such as \log) is that name's argument.
      const before = /([\\A-Za-z]*)$/.exec(tex.slice(0, at))?.[1] ?? '';
      if (/[A-Za-z]$/.test(before) && !before.startsWith('\\')) return whole;
      const space = /[A-Za-z]$/.test(before) ? ' ' : '';
      const own = ownBefore ?? ownAfter;
      const raised = sup ? `^{${unbraced(sup)}}` : '';
      return `${space}${symbol}${raised}_{${own ? `${unbraced(own)},` : ''}${unbraced(index)}}${args !== undefined ? `(${args})` : ''}`;
    },
  );
}

/**
 * y_k{(x_n, w)}^{t}: braces around a function's bracketed arguments only group them
 * (TeX shows y_k(x_n, w)^t), so the call reads as a call. Braces that are a
 * command's argument or a script (\frac{(a)}{b}, x^{(i)}, \mathbf{(x)}) stay.
 */
export function bracedArguments(tex: string): string {
  // The arguments may hold braced scripts of their own (y_k{(x_{n}, w)}).
  return tex.replace(/(?<=(?:^|[^\\A-Za-z])[A-Za-z]+|[0-9']|_\{[^{}]*\})\s*\{\s*(\((?:[^(){}]|\{[^{}]*\}|\((?:[^(){}]|\{[^{}]*\})*\))*\))\s*\}/g, '$1');
}

/** Where the group opened at `open` (just past `{` or `\\{`) closes: the index of its closing `}` or `\\}`, or −1. */
function groupEnd(tex: string, open: number, escaped: boolean): number {
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') {
      if (escaped && tex[i + 1] === '}' && depth === 0) return i;
      i += 1;
    } else if (ch === '{') depth += 1;
    else if (ch === '}') {
      if (depth === 0) return escaped ? -1 : i;
      depth -= 1;
    }
  }
  return -1;
}

/**
 * σ\{y(x_n; w)\}, σ{x_i}: the logistic function with its argument in braces, as
 * brackets around a call (σ(…)); the canonical stage then reads σ(…) as the sigmoid.
 */
export function bracedSigmoidArguments(tex: string): string {
  let out = '';
  let index = 0;
  const opener = /\\sigma\s*(\\\{|\{)/g;
  for (let match = opener.exec(tex); match; match = opener.exec(tex)) {
    const escaped = match[1] === '\\{';
    const start = match.index + match[0].length;
    const end = groupEnd(tex, start, escaped);
    if (end < 0) continue;
    out += `${tex.slice(index, match.index)}\\sigma(${bracedSigmoidArguments(tex.slice(start, end))})`;
    index = end + (escaped ? 2 : 1);
    opener.lastIndex = index;
  }
  return out + tex.slice(index);
}

/**
 * f(x)|_{t}, f(x)\big|_{t}: the evaluation bar with an index picks the component at t, as
 * f(x)_t does (an evaluation at a point, |_{x=0}, holds a relation and stays).
 */
export function evaluationBarIndex(tex: string): string {
  // The index may carry braces of its own (|_{t_{i}}).
  return tex.replace(/\)\s*(?:\\(?:big|Big|bigg|Bigg|right)\s*)?\|\s*_(\{(?:[^{}=]|\{[^{}=]*\})*\}|[A-Za-z0-9])/g, ')_$1');
}

/** [\log …] or \left[\ln …\right] (the log spaced, or set upright by name) with a subscript after its closing bracket. */
const LOG_IN_BRACKETS = new RegExp(String.raw`(\\left\s*)?\[\s*(?:\\[,;:!]\s*)*(?:\\(log|ln)(?![A-Za-z])|\\(?:operatorname|mathrm)\s*\{\s*(log|ln)\s*\})`, 'g');
/** A subscript straight after a closing bracket. */
const SCRIPT_AFTER = new RegExp(String.raw`^\s*_(${SCRIPT})`);
/** A call written alone: a name, its own subscript, one bracket of arguments (σ(f(x_n)), h_θ(x)). */
const LONE_CALL = new RegExp(String.raw`^(?:\\[A-Za-z]+(?:\s*\{[A-Za-z]+\})?|[A-Za-z])(?:_${SCRIPT})?\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)$`);

/**
 * [\log σ(z)]_{y}, \left[\ln q\right]_k: the component of a vector's elementwise log is the log
 * of the vector's component, \log σ(z)_{y} (call-subscript then puts the index on the name).
 */
export function componentOfLog(tex: string): string {
  let out = '';
  let index = 0;
  for (const match of tex.matchAll(LOG_IN_BRACKETS)) {
    const at = match.index ?? 0;
    if (at < index) continue;
    const open = at + match[0].indexOf('[');
    const close = closingBracket(tex, open);
    const script = close < 0 ? null : SCRIPT_AFTER.exec(tex.slice(close + 1));
    if (!script) continue;
    const log = (match[2] ?? match[3]) as string;
    let inner = tex.slice(at + match[0].length, close).replace(/\\right\s*$/, '').trim().replace(/^(?:\\[,;:!]\s*)+/, '');
    // One log of one thing: a sum or a product of logs inside is not a component's log.
    if (/[+=]|(?<!^)-|\\(?:log|ln)(?![A-Za-z])/.test(inner.replace(/\([^()]*\)|\{[^{}]*\}/g, ''))) continue;
    if (inner.startsWith('(') && closingBracket(inner, 0) === inner.length - 1) inner = inner.slice(1, -1).trim();
    const component = LONE_CALL.test(inner) ? `${inner}_${script[1]}` : `[${inner}]_${script[1]}`;
    out += `${tex.slice(index, at)}\\${log} ${component}`;
    index = close + 1 + script[0].length;
  }
  return out + tex.slice(index);
}

defineTextRule({ name: 'component-of-log', order: 44.8, apply: componentOfLog });
defineTextRule({ name: 'evaluation-bar-index', order: 44.5, apply: evaluationBarIndex });
defineTextRule({ name: 'call-subscript', order: 45, apply: callSubscript });
defineTextRule({ name: 'bracketed-component', order: 45.2, apply: bracketedComponent });
defineTextRule({ name: 'braced-sigmoid-arguments', order: 43, apply: bracedSigmoidArguments });
defineTextRule({ name: 'braced-arguments', order: 44, apply: bracedArguments });
