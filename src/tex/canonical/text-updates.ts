// Text rules for assignments as pseudo-code and code write them. An arrow after the name it
// assigns (`L ← …`, `L \gets …`, R's `loss <- …`) is =. A loss written as an update, accumulated
// over a loop (`L ← L − [a log p + (1 − a) log(1 − p)]`, `loss = loss + y log p`,
// `loss -= y*log(p) + …`), is read as what is added to the running total: the name on both sides
// goes, and a compound assignment's sign goes onto what follows it (`x -= b` adds −(b)); what a
// pass adds is summed where the loop it runs in says so (totalAfter), and a gradient's total is no loss.
import { defineTextRule } from './registry';
import { ifElse, statementEnd } from './text-scan';

/** A name assigned to: L, loss, log.loss, \ell, \mathcal{L}, \operatorname{LogLoss} (metrics.\operatorname{LogLoss}), with a subscript (L_i, J_{\theta}) or code's index (loss_hist[ep], MATLAB's err(i)). */
const ASSIGNED_NAME = String.raw`(?:(?:[A-Za-z_]\w*\.)*\\[A-Za-z]+\{[^{}]*\}|\\?[A-Za-z][\w.]*)(?:_\{[^{}]*\})?(?:\[[^\[\]\n]*\]|\([\w, ]*\))*`;
/** Where an assignment starts: the formula's start or a new line of it (a row, a line break, a semicolon). */
const LINE_START = String.raw`(^|\\\\|\n|;)(\s*)`;
const ASSIGN = String.raw`(=|:=)`;

/** `L ← …`, `L \gets …`, `logloss <- …`: an arrow after the name at the start of a line assigns (not "less than minus"). */
const ARROW = new RegExp(String.raw`${LINE_START}(${ASSIGNED_NAME})(\s*)(?:\\leftarrow(?![A-Za-z])|\\gets(?![A-Za-z])|←|<-(?!-))`, 'g');
/** `L ← L − rest`, `L = L + rest` (the arrow already =): the total's name again after the assignment, a sign after it. */
const UPDATE = new RegExp(String.raw`${LINE_START}(${ASSIGNED_NAME})(\s*)${ASSIGN}(\s*)(${ASSIGNED_NAME})(?![A-Za-z_{(\[^'])\s*(?=[-+])(\+\s*)?`, 'g');
/** `loss -= `, `loss += `: a compound assignment (the name, the sign); what it adds runs to the end of its statement. */
export const COMPOUND_ASSIGNMENT = String.raw`(${ASSIGNED_NAME})\s*([-+])=(?!=)\s*`;
/** `loss = loss - `, `ll := ll + `: the same update with the total's name again (the name, the sign). */
export const REPEATED_ASSIGNMENT = String.raw`(${ASSIGNED_NAME})\s*:?=\s*\1(?![A-Za-z_{(\[^'])\s*([-+])\s*`;
const COMPOUND = new RegExp(`${LINE_START}${COMPOUND_ASSIGNMENT}`, 'g');

function assignmentArrows(math: string): string {
  return math.replace(ARROW, (_whole, start: string, space: string, name: string, gap: string) => `${start}${space}${name}${gap}= `);
}

/**
 * The total's name again after the assignment goes; its sign stays. `ll = ll + …` adds as `ll += …` does (a
 * log-likelihood's terms, summed over the passes); a minus stays on what follows (a loss's pass, as pages label it).
 */
function repeatedTotal(math: string): string {
  return math.replace(UPDATE, (whole, start: string, space: string, name: string, gap: string, assign: string, gap2: string, again: string, plus?: string) =>
    name !== again ? whole : plus ? `${start}${space}${name}${gap}+= ` : `${start}${space}${name}${gap}${assign}${gap2}`);
}

const LOG = /(?<![A-Za-z])(?:log|ln|Log|logf|log2|log10)(?![A-Za-z_])/g;

/**
 * What one pass of a loop over the samples adds: a sample's whole loss, both logs of the binary loss or a
 * reduction over the classes (−np.sum(t * np.log(p))). A lone log (−log p[y]) is left as written.
 */
function isWholeSampleLoss(rest: string, logs: number): boolean {
  if (/^\\sum(?![A-Za-z])/.test(rest)) return false;
  return logs >= 2 || (logs === 1 && /(?<![A-Za-z])(?:sum|mean)(?![A-Za-z])/.test(rest));
}

/**
 * ans -= t[k][n] * log(y[k][n]), loss += -yTrue[i][j] * log(pred): one log per pass of two loops (its arrays
 * indexed twice, each by the same two letters) adds a term of the double sum over the samples and the classes; the two letters.
 */
function doublyIndexed(rest: string): [string, string] | null {
  const pairs = [...rest.matchAll(/\[\s*([a-z])\s*(?:\]\s*\[|,)\s*([a-z])\s*\]/g)].map((m) => [m[1] as string, m[2] as string] as const);
  const [outer, inner] = pairs[0] ?? [];
  if (!outer || !inner || outer === inner || pairs.some(([a, b]) => a !== outer || b !== inner)) return null;
  return [outer, inner];
}

/** The names code gives a gradient it adds up: g, grad, gradient (grad_w, g[k]), dW, dB, dL_dz. */
const GRADIENT_NAME = /^(?:g|grads?|gradients?|grad_\w+|d[A-Z]\w*|d\w+_d\w+)(?:\[[^\[\]]*\])*$/;

/**
 * One log, no minus before it, perhaps weighted by a label: what a log-likelihood adds each pass. A written
 * sum (a loop header read already) and a factor named a weight (weights[i] * log(v), a weighted mean's) are not.
 */
function isAddedLog(rest: string, logs: RegExpMatchArray[]): boolean {
  const before = rest.slice(0, logs[0]?.index ?? 0);
  return logs.length === 1 && !/[-−]|\\sum(?![A-Za-z])/.test(before) && !/weight/i.test(rest);
}

/**
 * What `name ±= rest` makes the total: a derivative's terms for a total named as a gradient (g[9] += …, dW -= …,
 * never a loss's); the sum of what is added for one sample's whole loss each pass of a loop not shown (a loop
 * whose header is written has its sum already, ./text-loops.ts) and for a log added un-negated term by term (a
 * log-likelihood's, whatever the pass runs over); a double sum for a log whose arrays two loops index; else what is added.
 */
function totalAfter(name: string, sign: string, rest: string): string {
  const added = sign === '-' ? `-(${rest})` : rest;
  if (GRADIENT_NAME.test(name)) return `\\frac{\\partial}{\\partial\\theta}\\left(${added}\\right)`;
  const logs = [...rest.matchAll(LOG)];
  if (isWholeSampleLoss(rest, logs.length) || (sign === '+' && isAddedLog(rest, logs))) return `\\sum(${added})`;
  const negated = sign === '-' || /^[-−]/.test(rest);
  const pair = negated && logs.length === 1 ? doublyIndexed(rest) : null;
  // A total named for one sample (sampleLoss, example_loss) adds that sample's classes: the inner loop only.
  if (pair && /sample|example|instance/i.test(name)) return `\\sum_{${pair[1]}}(${added})`;
  return pair ? `\\sum_{${pair[0]}}\\sum_{${pair[1]}}(${added})` : added;
}

/** A compound assignment straight after the end of a statement (past its `;`, line breaks and blanks). */
const NEXT_COMPOUND = new RegExp(String.raw`^(?:\s|;|\\\\)*${COMPOUND_ASSIGNMENT}`);

/**
 * What `name ±= …` adds from `from` on: its statement, and the statements straight after it that update the same
 * total (`loss -= y*log(p); loss -= (1-y)*log(1-p)` adds both terms, in the first one's sign); where it stops.
 */
function addedFrom(math: string, from: number, name: string, sign: string): { rest: string; stop: number } {
  let rest = math.slice(from, statementEnd(math, from)).trimEnd();
  let stop = from + rest.length;
  for (let next = NEXT_COMPOUND.exec(math.slice(stop)); next && next[1] === name && rest !== ''; next = NEXT_COMPOUND.exec(math.slice(stop))) {
    const at = stop + next[0].length;
    const more = math.slice(at, statementEnd(math, at)).trimEnd();
    if (more === '') break;
    rest = `(${rest}) ${next[2] === sign ? '+' : '-'} (${more})`;
    stop = at + more.length;
  }
  return { rest, stop };
}

/** Each compound assignment (`loss -= …`) to the end of its statement: `loss = ` what totalAfter says. */
function compoundAssignment(math: string): string {
  let out = '';
  let done = 0;
  for (const found of math.matchAll(COMPOUND)) {
    const [whole, start, space, name, sign] = found as unknown as [string, string, string, string, string];
    if (found.index < done) continue;
    const { rest, stop } = addedFrom(math, (found.index as number) + whole.length, name, sign);
    if (rest === '') continue;
    out += `${math.slice(done, found.index)}${start}${space}${name} = ${totalAfter(name, sign, rest)}`;
    done = stop;
  }
  return out + math.slice(done);
}

/**
 * `if (y == 1) loss += -log(p); else loss += -log(1 - p);` (braces or none): the same total updated in both branches
 * of a test is one update by the cases, `loss += \begin{cases} -log(p) & y == 1 \\ -log(1 - p) & \text{otherwise} \end{cases}`.
 */
export function updatesByCase(math: string): string {
  const choice = ifElse(math);
  const update = new RegExp(String.raw`^(${ASSIGNED_NAME})\s*([-+])=(?!=)\s*([\s\S]+)$`);
  const [yes, no] = choice ? [update.exec(choice.yes), update.exec(choice.no)] : [];
  if (!choice || !yes || !no || yes[1] !== no[1] || yes[2] !== no[2]) return math;
  // In brackets, so that the update runs over the block's rows.
  return `${yes[1]} ${yes[2]}= (\\begin{cases} ${yes[3]} & ${choice.test} \\\\ ${no[3]} & \\text{otherwise} \\end{cases})`;
}

/** A target's entry as code names it: t[i], expected.get(b).mat[r][c], y(i, j). */
const TARGET_ENTRY = String.raw`[A-Za-z_][\w]*(?:(?:\[[^\[\]\n]*\]|\([^()\n]*\))|\.[A-Za-z_]\w*)*`;
const GUARDED_UPDATE = new RegExp(
  String.raw`^\s*if\s*\(?\s*(${TARGET_ENTRY})\s*(?:!=\s*0|==\s*1|>\s*0)(?:\.0*)?\s*\)?\s*:?\s*\{?\s*(${ASSIGNED_NAME})\s*([-+])=(?!=)\s*([^;\n{}]+?)\s*;?\s*\}?\s*$`,
);

/**
 * `if (expected[i] != 0) ce -= log(actual[i])`, `if t[k] == 1: loss += -log(y[k])`: an update made only where a one-hot
 * target is set adds the target times the log, as Σ t log y does (a target of 0 adds nothing). With an else, the
 * statement is a choice between two updates, which updates-by-case reads.
 */
export function guardedUpdates(math: string): string {
  const found = GUARDED_UPDATE.exec(math);
  return found ? `${found[2]} ${found[3]}= ${found[1]} * (${found[4]})` : math;
}

// On the whole text, not only outside \text{…}: the name may be set upright (\operatorname{LogLoss}), and a line start is never inside a text.
export function lossUpdates(tex: string): string {
  return compoundAssignment(repeatedTotal(assignmentArrows(tex)));
}

defineTextRule({ name: 'loss-updates', order: 22.3, apply: lossUpdates });
defineTextRule({ name: 'updates-by-case', order: 22.29, apply: updatesByCase });
defineTextRule({ name: 'guarded-updates', order: 22.28, apply: guardedUpdates });
