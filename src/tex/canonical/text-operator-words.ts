// Text rules for function names typed as letters: `p log(q)`, `y log \hat{y}`,
// `t\,ln(p)`, glued to the symbol before them (`yln(f(x))`, `tlog y`), or with
// NumPy's base in the name (`log2(p)`). Prose in \text{…} keeps its words.
import { FUNCTION_WORDS } from '../atoms';
import { defineTextRule } from './registry';
import { rewriteCalls } from './text-scan';

/** Text arguments, where words like "log loss" are prose and stay as written. */
const TEXT_ARGUMENT = /\\(?:text|mbox|textrm|textit|operatorname|mathrm|hbox)\s*\{[^{}]*\}/g;

/** `rewrite` applied outside the text arguments only. */
export function outsideText(tex: string, rewrite: (math: string) => string): string {
  let out = '';
  let index = 0;
  TEXT_ARGUMENT.lastIndex = 0;
  for (let match = TEXT_ARGUMENT.exec(tex); match; match = TEXT_ARGUMENT.exec(tex)) {
    out += rewrite(tex.slice(index, match.index)) + match[0];
    index = match.index + match[0].length;
  }
  return out + rewrite(tex.slice(index));
}

/** \operatorname*{log}: the star only moves an operator's limits; the name is the same function. */
export function starredOperatorNames(tex: string): string {
  return tex.replace(/\\operatorname\s*\*/g, '\\operatorname');
}

/**
 * A function name set in roman or text type, \mathrm{log}(p), \text{softmax}(z),
 * \texttt{exp}(x): the function, as \operatorname{…} writes it, so the letters
 * cannot join a symbol before them (`p \mathrm{log}(q)` is not a word "plog"); \mathrm{Pr} is \Pr,
 * \mathrm{ld} and \operatorname{lb} the log to base 2.
 * Other words stay as written (prose in \text{…}, \mathrm{d}x, \mathrm{e}).
 */
/** Activation names written with a capital, as libraries name their modules. */
const CAPITALISED_ACTIVATIONS = /^(?:Softmax|Sigmoid|Softplus|Tanh)$/;

export function textFunctionNames(tex: string): string {
  return tex
    .replace(/\\(?:text|textrm|textup|texttt|textsf|mbox|mathrm|rm|mathit|operatorname)\s*\{\s*([A-Za-z]+)\s*\}/g, (whole, word: string) => {
      // Softmax, Sigmoid: a library's module name with its capital (nn.Softmax) is the function.
      const name = CAPITALISED_ACTIVATIONS.test(word) ? word.toLowerCase() : word;
      return FUNCTION_WORDS.has(name) || name === 'Pr' ? `\\operatorname{${name}}` : whole;
    })
    // The binary logarithm by its names, set upright: ld (logarithmus dualis), lb (ISO 80000-2).
    .replace(/\\(?:text|textrm|textup|mbox|mathrm|rm|operatorname)\s*\{\s*(?:ld|lb)\s*\}/g, '\\log_{2}');
}

/**
 * {\rm{log}}{y_k}, {\log}{y}: braces (as MathType and Word write them) that hold only a function's
 * name scope nothing; the name goes on to take what follows it as its argument.
 */
export function bracedFunctionNames(tex: string): string {
  return tex.replace(/\{\s*(\\(?:log|ln|exp|operatorname\s*\{\s*(?:log|ln|exp)\s*\}))\s*\}/g, '$1 ');
}

/**
 * Library names that hold a log: log_softmax(z), LogSoftmax, logsumexp(z),
 * \operatorname{logsumexp}: the log of a softmax, the log of a sum of exponentials.
 * Set upright, prose spells them with hyphens or spaces (\operatorname{log-softmax},
 * \text{log-sum-exp}); in math a hyphen is a minus, so bare names keep only underscores,
 * escaped ones too (\log\_softmax).
 */
export function compoundLogWords(tex: string): string {
  const word = /(?:\\(?:operatorname|mathrm|text|textrm|texttt|mathsf)\s*\{\s*)(log[-\s_\\]*(?:sum[-\s_\\]*exp|softmax))\s*\}|(?<![\\A-Za-z])\\?(log[_\\]*(?:sum[_\\]*exp|softmax))(?![A-Za-z])/gi;
  return tex.replace(word, (_m, wrapped: string | undefined, bare: string | undefined) => (/softmax/i.test(wrapped ?? bare ?? '') ? '\\log \\mathrm{softmax}' : '\\log \\sum \\exp'));
}

/**
 * safe_log(p), stableLog(p), epsLog(p), log_eps(p), clipped_log(p): a helper that guards a log against 0 (adding or
 * flooring an ε) is the log, as log(p + ε) is read; called, not a variable's name.
 */
export function guardedLogNames(tex: string): string {
  return tex.replace(/(?<![\\\w.])(?:(?:safe|stable|eps|clipped|clip|guarded|protected)_?[Ll]og|[Ll]og_?(?:[Ee]ps|[Ss]afe|[Cc]lip(?:ped)?|[Ss]table))(?=\s*\()/g, 'log');
}

/**
 * logloss, log_loss, log\\_loss: the log loss's own name (scikit-learn's, Kaggle's), not the log
 * of a loss (which a name on the left of "= −Σ …" would make a sign slip).
 */
export function logLossNames(tex: string): string {
  return outsideText(tex, (math) => math.replace(/(?<![\\A-Za-z])log(?:\\?_)?loss(?![A-Za-z])/gi, '\\operatorname{LogLoss}'));
}

/** The logits' letter a log-sum-exp by name is taken of: z in LSE(z), \operatorname{logsumexp}(z). */
const LOG_SUM_EXP_OF = /(?:\\(?:mathrm|operatorname|text)\s*\{\s*(?:LSE|logsumexp)\s*\}|(?<![\\A-Za-z])(?:LSE|logsumexp))\s*\(\s*([A-Za-z])\s*\)/;
/** Two-letter words that are never a letter with its label glued on. */
const WORDS = new Set(['ln', 'lg', 'in', 'if', 'is', 'of', 'or', 'to', 'on']);

/**
 * −zy + LSE(z), −sc + logsumexp(s): beside the log-sum-exp of the logits z typed as plain text,
 * z with one letter glued to it is the logit at that class, z_y. Only where the formula writes
 * no subscript on z itself.
 */
export function gluedLogitBesideLogSumExp(tex: string): string {
  const letter = LOG_SUM_EXP_OF.exec(tex)?.[1];
  if (!letter || new RegExp(String.raw`(?<![\\A-Za-z])${letter}_`).test(tex)) return tex;
  return outsideText(tex, (math) =>
    math.replace(new RegExp(String.raw`(?<![\\A-Za-z_^{])${letter}([a-z])(?![A-Za-z_({])`, 'g'), (pair: string, label: string) => (WORDS.has(pair.toLowerCase()) || label === letter ? pair : `${letter}_{${label}}`)),
  );
}

/** LSE(z), \mathrm{LSE}(z): the log-sum-exp by its short name. */
export function logSumExpName(tex: string): string {
  return tex.replace(/(?:\\(?:mathrm|operatorname|text)\s*\{\s*LSE\s*\}|(?<![\\A-Za-z])LSE)(?=\s*[(\[])/g, '\\log \\sum \\exp');
}

/**
 * Log and Ln with a capital (\operatorname{Log}, \mathrm{Ln}, `Log(p)`, `LOG(p)`), as
 * slides and spreadsheets capitalise a function's name: the log.
 */
export function capitalisedLogWords(tex: string): string {
  const command = (word: string) => (word.toLowerCase() === 'ln' ? '\\ln ' : '\\log ');
  const wrapped = tex.replace(/\\(?:operatorname|mathrm|text|textrm|rm)\s*\{\s*(Log|LOG|Ln|LN)\s*\}/g, (_m, word: string) => command(word));
  // Bare, before a bracket, a command or a symbol (not a word: "Log Loss" is a name).
  return outsideText(wrapped, (math) => math.replace(/(?<![\\A-Za-z])(Log|LOG|Ln|LN)(?=\s*[(\[{\\]|\s*$|\s+[A-Za-z0-9](?![A-Za-z]{2}))/g, command));
}

/**
 * The logarithm's name in other languages: `logi` in Swahili (`−Σ p(x) logi₂ p(x)`, `y logi(ŷ)`),
 * with its base when one follows, only before a base, a bracket, a command or an argument after
 * a space, so `logit` and other words stay; 对数 / 對數 / 対数 (Chinese and Japanese) and 로그
 * (Korean) before a bracket, as a formula translated word by word writes it (`P(0)*对数(Q(0))`).
 */
export function translatedLogWords(tex: string): string {
  return outsideText(tex, (math) =>
    math
      .replace(/(?<![\\A-Za-z])logi(?=\s*[_(\[{\\]|\s+[A-Za-z0-9])/g, '\\log ')
      .replace(/(?:对数|對數|対数|로그)(?=\s*[(\[（])/g, '\\log '),
  );
}

/**
 * Plain-text log2(p), log10(x) (NumPy's names), and the same before a letter after a space
 * (p*log2 p): a log with its base. Glued to the digits, never the log of a number: that
 * is written with a space or a bracket (log 2, log(2)).
 */
export function bareLogWithBase(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z])log(2|10)(?=\s*[(\[]|\s+(?:[A-Za-z]|\\[A-Za-z]))/g, (_word, base: string) => `log_{${base}}`);
}

/**
 * A log glued to the one or two letters before it, as people type in plain text:
 * `yln(f(x))`, `tlog y`, `ylog(p)`. The letters are a symbol, the word a function,
 * when an argument follows (a bracket, a command or a letter after a space).
 * Three letters or more (`catalog(`, `dialog`) are a word and stay. One letter either
 * side with nothing after it (`ylogp`) is a letter, the log and its argument too; under a sum
 * sign, two letters before it are an indexed symbol (`∑tklogyK`).
 */
export function gluedOperatorWords(tex: string): string {
  return outsideText(tex, (math) =>
    math
      .replace(/(?<![\\A-Za-z])([A-Za-z]{1,2})(log|ln)(?=\s*[({[\\]|\s+[A-Za-z0-9])/g, '$1 $2')
      // Glued on both sides to single letters, `ylogp`, `xlnx`: a letter, the log and its one-letter argument.
      .replace(/(?<![\\A-Za-z])([A-Za-z])(log|ln)([A-Za-z])(?![A-Za-z])/g, '$1 $2 $3')
      // Under a sum sign, to two letters on each side (`−∑tklogyK`, a rendered formula copied as text with
      // its subscripts flattened): the indexed symbols and the log between them.
      .replace(/(?<![\\A-Za-z])([A-Za-z]{2})(log|ln)([A-Za-z]{1,2})(?![A-Za-z])/g, (whole, before: string, log: string, after: string) =>
        /∑|Σ|\\sum(?![A-Za-z])/.test(math) ? `${before} ${log} ${after}` : whole),
  );
}

/**
 * y_ilogp_i, y_ilog \\hat{y}_i, t_klog y_k, p_ilog_2q_i: after a one-character subscript a log starts a
 * new factor, whatever its argument is written as (before subscripts are grouped).
 */
export function logAfterSubscript(tex: string): string {
  return outsideText(tex, (math) => math.replace(/(_[A-Za-z0-9])(log|ln)(?!it|istic)(?=[A-Za-z_]|\s|\\|[([{])/g, '$1 $2 '));
}

/**
 * Function names written without a backslash (`p log(q)`, `ln(s^i)`, `logp(k)`, `lg p` with its argument
 * after it, and `lna_j`, ln glued to a one-letter argument); KaTeX would lose the space.
 */
const BARE_FUNCTION = /(?<![\\A-Za-z])(?:log(?!it|istic|in)|ln(?![A-Za-z])|ln(?=[A-Za-z](?![A-Za-z]))|lg(?=\s*[(\[{\\]|\s+[A-Za-z])|exp(?![A-Za-z]))/g;

export function bareFunctionWords(tex: string): string {
  return outsideText(tex, (math) => math.replace(BARE_FUNCTION, (word) => `\\${word} `));
}

/**
 * \exp^{-z}, \exp^{z_j}: the exponential written as a power of its own name, as if it
 * were e. The power is what it is applied to (\exp with a bracket after it stays a call).
 */
export function expAsPower(tex: string): string {
  return tex.replace(/\\exp(?![A-Za-z])\s*\^/g, 'e^');
}

/**
 * argmin and argmax typed as letters (`ŵ = argmin −Σ …`, `arg max_θ`, `arg \\min_π`): the optimiser, as
 * \operatorname{argmin} writes it, so its letters are not read as a product a·r·g·m·i·n.
 */
export function bareOptimiserWords(tex: string): string {
  // `arg \min_π` too: the letters before the command.
  return outsideText(tex, (math) => math.replace(/(?<![\\A-Za-z{])arg\s*\\?(min|max)(?![A-Za-z])/g, (_m, which: string) => `\\operatorname{arg${which}}`));
}

/** The verbs of an objective in the pages' languages (minimize, minimise, minimiser, minimieren, minimizar, minimizzare, and max…). */
const OPTIMISER_VERB = String.raw`(?:[Mm]inimi[sz](?:e|er|ar|are)|[Mm]aximi[sz](?:e|er|ar|are)|[Mm]inimieren|[Mm]aximieren|MINIMI[SZ]E|MAXIMI[SZ]E)`;

/**
 * "minimize −(1/n) Σ …", \text{minimize}_w, \operatorname{maximise}: an objective's verb typed as
 * a word, at the start of the formula or after a relation or an arrow, is the optimiser \min or
 * \max (which the tree rules then set aside), not prose that ends the formula.
 */
export function optimiserVerbs(tex: string): string {
  // \mathop{\arg\max}\limits_y, \mathop{\mathrm{arg\,min}}: the optimiser set as an operator by hand.
  const byHand = /\\mathop\s*\{\s*(?:\\arg\s*\\(max|min)|\\(?:mathrm|operatorname|rm|text)\s*\{?\s*arg\s*(?:\\[,;:! ]\s*)?(max|min)\s*\}?)\s*\}(?:\s*\\(?:no)?limits)?/g;
  // \operatorname*{arg\,max}_θ, \mathrm{arg\,min}: the same optimiser named in a roman font.
  const named = /\\(?:mathrm|operatorname\s*\*?|rm|text)\s*\{\s*arg\s*(?:\\[,;:! ]\s*)?(max|min)\s*\}/g;
  const set = tex.replace(byHand, (_m, a: string | undefined, b: string | undefined) => `\\arg\\${a ?? b}`).replace(named, (_m, which: string) => `\\arg\\${which}`);
  const wrapped = new RegExp(String.raw`\\(?:text|mathrm|operatorname\*?|textrm|mbox)\s*\{\s*(${OPTIMISER_VERB})\s*\}`, 'g');
  const bare = new RegExp(String.raw`(^|[=⟺⇔→⟹]|\\(?:iff|Leftrightarrow|Longleftrightarrow|implies|Rightarrow|to)(?![A-Za-z]))(\s*)(${OPTIMISER_VERB})(?=\s|_)`, 'g');
  const command = (verb: string) => (/^ma/i.test(verb) ? '\\max' : '\\min');
  return set.replace(wrapped, (_m, verb: string) => command(verb)).replace(bare, (_m, before: string, space: string, verb: string) => `${before}${space}${command(verb)}`);
}

/**
 * sigmoid(z) (also sigm, expit), softmax(z), softplus(z), tanh(z) typed without a backslash after a space
 * (with a capital too, Softmax(z), as libraries name their modules)
 * (`y sigmoid(z)`): KaTeX drops the space and would join the letters into one word, so the
 * name is set as the function it is.
 */
export function bareFunctionNames(tex: string): string {
  return outsideText(tex, (math) =>
    math.replace(/(?<![\\A-Za-z{_])(sigmoid|sigm|expit|softmax|softplus|tanh|Sigmoid|Softmax|Softplus)(?=\s*\()/g, (_m, typed: string) => {
      const name = typed.toLowerCase();
      return `\\operatorname{${SIGMOID_NAMES.has(name) ? 'sigmoid' : name}}`;
    }),
  );
}

/**
 * ζ((1 − 2y)z), ζ(−y z): the deep-learning book's letter for the softplus, log(1 + e^x), which it
 * writes the logistic loss with. ζ is read so only round a label times a score (a label letter y or
 * t beside another symbol); ζ(s) alone stays Riemann's, and ζ(−z) is read from the chain it stands in.
 */
export function softplusZeta(tex: string): string {
  return rewriteCalls(tex, /\\zeta\s*\(/g, (_found, inner) =>
    /(?<![A-Za-z\\])[yt](?:_\{?\w+\}?)?(?![A-Za-z])/.test(inner) && /(?<![\\A-Za-z])[a-su-xz](?![A-Za-z])|\\[A-Za-z]+/.test(inner.replace(/\\(?:left|right|cdot)/g, ''))
      ? `\\operatorname{softplus}(${inner})`
      : null);
}

/** The sigmoid's other names: sigm (Spanish and Catalan notes), expit (SciPy). */
const SIGMOID_NAMES = new Set(['sigm', 'expit']);

/**
 * A book's own macro for the expectation (\E, \EE, \Exp, \SetE, \Expect) with a draw under it,
 * `\SetE_{x \sim P}`: a name with a capital E (or "expect") that an x ∼ P subscript follows is
 * the expectation over P. Without the draw the macro says nothing and stays.
 */
export function expectationMacros(tex: string): string {
  return tex.replace(/\\(?:[A-Za-z]*E[A-Za-z]*|[A-Za-z]*[Ee]xpect[A-Za-z]*)(?![A-Za-z])\s*(?=_\s*\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*?(?:\\sim(?![A-Za-z])|∼|~))/g, (command: string) => (/^\\(?:mathbb|mathbf|mathcal|mathrm|operatorname)/.test(command) ? command : '\\mathbb{E}'));
}

/**
 * \\cdotlog, \\odotlog: a log typed straight after a product sign's command, its space left out;
 * and `\\log \\cdot x`, a product sign between the log and its argument, which no log takes.
 */
export function logGluedToSign(tex: string): string {
  return tex.replace(/\\(cdot|odot|times|top)(log|ln)(?![A-Za-z])/g, '\\$1 \\$2').replace(/(\\(?:log|ln)|(?<![\\A-Za-z])(?:log|ln))(?![A-Za-z])\s*\\cdot(?![A-Za-z])/g, '$1 ');
}

/**
 * `\sum_j{y_j\log}\hat{y}_j`: a log closing a brace group, nothing after it inside, takes what
 * follows the group (the editor grouped the weight with its log); the brace closes before it.
 */
export function logAtGroupEnd(tex: string): string {
  return tex.replace(/(?<=[^{\s])\s*\\(log|ln)\s*\}(?=\s*[\\A-Za-z({])/g, '}\\$1 ');
}

defineTextRule({ name: 'log-glued-to-sign', order: 0.6, apply: logGluedToSign });
defineTextRule({ name: 'log-at-group-end', order: 0.65, apply: logAtGroupEnd });
defineTextRule({ name: 'log-loss-names', order: 11.5, apply: logLossNames });
// Before code's names are read (identifier-subscripts, 24.5, would take safe_log for a subscripted s).
defineTextRule({ name: 'guarded-log-names', order: 11.6, apply: guardedLogNames });
defineTextRule({ name: 'starred-operator-names', order: 16.2, apply: starredOperatorNames });
defineTextRule({ name: 'text-function-names', order: 38, apply: textFunctionNames });
// After \rm{log} is \operatorname{log} (text-function-names).
defineTextRule({ name: 'braced-function-names', order: 38.1, apply: bracedFunctionNames });
defineTextRule({ name: 'expectation-macros', order: 38.5, apply: expectationMacros });
defineTextRule({ name: 'bare-function-names', order: 41.5, apply: bareFunctionNames });
defineTextRule({ name: 'softplus-zeta', order: 41.55, apply: softplusZeta });
defineTextRule({ name: 'bare-optimiser-words', order: 41.4, apply: bareOptimiserWords });
defineTextRule({ name: 'optimiser-verbs', order: 13.8, apply: optimiserVerbs });
defineTextRule({ name: 'capitalised-log-words', order: 41.6, apply: capitalisedLogWords });
defineTextRule({ name: 'log-sum-exp-name', order: 37, apply: logSumExpName });
defineTextRule({ name: 'glued-logit-beside-log-sum-exp', order: 36.5, apply: gluedLogitBesideLogSumExp });
defineTextRule({ name: 'compound-log-words', order: 39, apply: compoundLogWords });
defineTextRule({ name: 'bare-log-with-base', order: 40, apply: bareLogWithBase });
defineTextRule({ name: 'translated-log-words', order: 40.5, apply: translatedLogWords });
defineTextRule({ name: 'glued-operator-words', order: 41, apply: gluedOperatorWords });
defineTextRule({ name: 'log-after-subscript', order: 24.4, apply: logAfterSubscript });
defineTextRule({ name: 'bare-function-words', order: 42, apply: bareFunctionWords });
defineTextRule({ name: 'exp-as-power', order: 42.2, apply: expAsPower });
