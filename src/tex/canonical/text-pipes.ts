// Text rule for a value sent through a pipe: Elixir's, F#'s, OCaml's, Julia's and R's `|>` and magrittr's
// `%>%`, `y_pred |> Nx.log() |> Nx.negate()`. The pipe passes the value on its left as the first argument
// of the call on its right, so the chain is the nested calls `Nx.negate(Nx.log(y_pred))` the rest of the
// canonical stage reads. A chain may run over several lines, each opening on the pipe.
import { defineTextRule } from './registry';
import { closingBracket, groupEnd, rewriteCalls, topLevelArguments, valueStart } from './text-scan';

const PIPE = /\|>|%>%/;
/** A step of the chain: a call, `Nx.sum(axes: [-1])`, or a function named alone, `List.sum`. */
const CALLED = /^([A-Za-z_][\w.:]*)\s*\(/;
const NAMED = /^[A-Za-z_][\w.:]*$/;
export function pipes(tex: string): string {
  if (!PIPE.test(tex)) return tex;
  // One chain per line: a line that opens on the pipe goes on from the line before.
  let text = tex.replace(/[ \t]*\n[ \t]*(?=\|>|%>%)/g, ' ');
  for (let guard = 0; guard < 20; guard++) {
    const at = text.search(PIPE);
    if (at < 0) return text;
    const start = valueStart(text, at);
    const end = groupEnd(text, at, (i) => text[i] === ',' || text[i] === ';' || text[i] === '\n');
    const folded = fold(text.slice(start, end).replace(/%>%/g, '|>'));
    if (folded === null) return tex;
    text = `${text.slice(0, start)}${folded}${text.slice(end)}`;
  }
  return tex;
}

/** `a |> f(b) |> g` → `g(f(a, b))`, or null when a step is neither a call nor a function's name. */
function fold(chain: string): string | null {
  const steps = splitPipes(chain);
  const leading = /^\s*/.exec(chain)?.[0] ?? '';
  let value = (steps[0] as string).trim();
  if (value === '') return null;
  for (const step of steps.slice(1).map((s) => s.trim())) {
    const call = CALLED.exec(step);
    if (call && closingBracket(step, call[0].length - 1) === step.length - 1) {
      const rest = step.slice(call[0].length, -1).trim();
      value = `${call[1]}(${value}${rest === '' ? '' : `, ${rest}`})`;
    } else if (NAMED.test(step)) value = `${step}(${value})`;
    else return null;
  }
  const trailing = /\s*$/.exec(chain)?.[0] ?? '';
  return `${leading}${value}${trailing}`;
}

/** The chain's steps, split at the pipes outside brackets. */
function splitPipes(chain: string): string[] {
  return topLevelArguments(chain.replace(/\|>/g, '\u0001'), '\u0001').map((step) => step.replace(/\u0001/g, '|>'));
}

// After return-keyword (24.04) has taken `return` off the value; before qualified-call-names (25) drops Nx. and
// method-chains (24.3) reads the calls.
/**
 * dplyr's `summarise(df, logloss = -mean(…))` and `mutate(df, ce = …)` (the data frame piped in): the one column
 * the verb computes, named by its argument, is the formula, `logloss = -mean(…)`.
 */
export function dataFrameVerbs(tex: string): string {
  return rewriteCalls(tex, /(?<![\w.])(?:summari[sz]e|mutate|transmute)\s*\(/g, (_found, inner) => {
    const args = topLevelArguments(inner);
    const column = /^\s*([\w.\\{}]+)\s*=(?!=)([\s\S]+)$/.exec(args[args.length - 1] ?? '');
    return column && args.length <= 2 ? `${(column[1] as string).trim()} = ${(column[2] as string).trim()}` : null;
  });
}

defineTextRule({ name: 'pipes', order: 24.05, apply: pipes });
// Once the pipe has put the data frame in as the verb's first argument.
defineTextRule({ name: 'data-frame-verbs', order: 24.051, apply: dataFrameVerbs });
