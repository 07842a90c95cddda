// Text rule for a loss that code assembles from terms it named on earlier lines:
//   pos_term = w * t * softplus(-z)
//   neg_term = (1 - t) * softplus(z)
//   return mean(pos_term + neg_term)
// (a term set and then added to, `loss = a; loss += b`, is a + (b)). The last statement computes no log of its own; its names stand for the expressions assigned to them,
// so those are put in its place (in brackets) and the statements that only named them go. A last
// statement with a log of its own (loss = -(y*log(p) + …) after p = sigmoid(z)) is left as written: its
// names are the variables the author means.
import { defineTextRule } from './registry';
import { closingBracket, topLevelArguments } from './text-scan';

/** A log or a function whose value is a log (softplus, log_softmax, logsigmoid, xlogy) in code. */
const LOG_WORD = /(?<![A-Za-z])(?:log\w*|ln|softplus|logsigmoid|log_softmax|xlogy|log1p)(?![A-Za-z])/i;
/** `name = expr`: a plain name assigned once (no index, no compound operator, no comparison). */
const ASSIGNMENT = /^\s*(?:(?:const|let|var|val|auto|float|double)\s+)?([A-Za-z_]\w*)\s*(?::\s*[\w.[\]]+\s*)?=(?!=)\s*([\s\S]+)$/;

/** The expression a statement computes: after `return` or `name =`, else the statement itself. */
function computed(statement: string): { head: string; expression: string } {
  const returned = /^return\s+/.exec(statement);
  if (returned) return { head: returned[0], expression: statement.slice(returned[0].length) };
  const assigned = ASSIGNMENT.exec(statement);
  return assigned ? { head: statement.slice(0, statement.length - (assigned[2] as string).length), expression: assigned[2] as string } : { head: '', expression: statement };
}

/**
 * Each use of a named term in `expression` replaced by its value in brackets: a whole name, not called, indexed or
 * read for a field (x.shape); a method called on it takes the value (total.neg() is (…).neg()).
 */
function inlined(expression: string, terms: ReadonlyMap<string, string>, used: Set<string>): string {
  return expression.replace(/(?<![\w.])([A-Za-z_]\w*)(?![\w(\[]|\.\s*[A-Za-z_]\w*(?![\w(]))/g, (name: string) => {
    const value = terms.get(name);
    if (value === undefined) return name;
    used.add(name);
    const bracketed = value.startsWith('(') && closingBracket(value, 0) === value.length - 1;
    return bracketed ? value : `(${value})`;
  });
}

export function namedTerms(tex: string): string {
  if (/\\[A-Za-z]/.test(tex) || !tex.includes(';')) return tex;
  const parts = topLevelArguments(tex, ';').filter((part) => part !== '');
  const last = parts[parts.length - 1];
  if (parts.length < 2 || last === undefined) return tex;
  const { head, expression } = computed(last);
  if (LOG_WORD.test(expression)) return tex;
  const terms = new Map<string, string>();
  const updates = new Set<string>();
  for (const part of parts.slice(0, -1)) {
    const assigned = ASSIGNMENT.exec(part);
    if (assigned) terms.set(assigned[1] as string, inlined((assigned[2] as string).trim(), terms, new Set()));
    // `loss += …` after `loss = …`: the term grows by what is added (or taken away).
    const update = /^\s*([A-Za-z_]\w*)\s*([-+])=(?!=)\s*([\s\S]+)$/.exec(part);
    const before = update ? terms.get(update[1] as string) : undefined;
    if (update && before !== undefined) {
      terms.set(update[1] as string, `${before} ${update[2]} (${inlined((update[3] as string).trim(), terms, new Set())})`);
      updates.add(part);
    }
  }
  const used = new Set<string>();
  const total = inlined(expression, terms, used);
  // Only a total built from terms that hold logs: anything else is not a loss assembled from its parts.
  if (![...used].some((name) => LOG_WORD.test(terms.get(name) ?? ''))) return tex;
  const kept = parts.slice(0, -1).filter((part) => !used.has(ASSIGNMENT.exec(part)?.[1] ?? '') && !(updates.has(part) && used.has(/^\s*([A-Za-z_]\w*)/.exec(part)?.[1] ?? '')));
  return [...kept, `${head}${total}`].join(';\n');
}

// After code's lines are statements (8.9) and tuples are split (8.92); before `return` goes (24.04).
defineTextRule({ name: 'named-terms', order: 8.93, apply: namedTerms });
