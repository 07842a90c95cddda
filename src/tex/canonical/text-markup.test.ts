import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { annotations, bareClauseWords, bracketedEquation, styleSwitches, commentMarkers, mathInsideText, splitSizedBrackets, outerMathDelimiters, colourSwitches, emphasisSubscripts, environments, equationLabels, fontSwitches, leadingMarks, loneBackslashRows, lostDisplayBrackets, markdownEscapes, primedScripts, singleBackslashes, typedEllipsis } from './text-markup';

describe('text rules: markup around formulas', () => {
  it('single-backslashes: Markdown source with every command doubled', () => {
    expect(singleBackslashes('-\\\\sum_k t_k \\\\log y_k')).toBe('-\\sum_k t_k \\log y_k');
    // A row break beside single-backslash commands stays.
    expect(singleBackslashes('a &= \\log b \\\\ &= c')).toBe('a &= \\log b \\\\ &= c');
  });

  it('markdown-escapes: braces escaped twice as a pair are braces; a row break before a brace alone stays', () => {
    expect(markdownEscapes('\\sum_i\\\\{ a_i \\\\}')).toBe('\\sum_i\\{ a_i \\}');
    expect(markdownEscapes('a \\\\ {b}')).toBe('a \\\\ {b}');
    expect(recogniseFormula('\\begin{align} J(\\beta) = -\\frac{1}{n} \\sum_{i=1}^{n}\\\\{ y_i \\log p_i + (1-y_i)\\log (1-p_i)\\\\} \\end{align}')?.kind).toBe('ce_binary_batch');
  });

  it('markdown-escapes: a row break before a minus is a row break, not an escaped minus', () => {
    expect(markdownEscapes('a \\\\-b \\- c \\_d')).toBe('a \\\\-b - c _d');
    // An escaped opening bracket closed by a bare one, where the stars are escaped too: a bracket.
    expect(markdownEscapes('- \\[ u \\* log(v) ]')).toBe('- [ u * log(v) ]');
    expect(markdownEscapes('- \\[ u \\log v ]')).toBe('- \\[ u \\log v ]');
    // After a minus, \\- is TeX's discretionary hyphen, which prints nothing.
    expect(markdownEscapes('L=-\\-(t\\log y)')).toBe('L=-(t\\log y)');
    // A spacing command with its backslash doubled (\\\\!, \\\\,) is that command, not a row break.
    expect(markdownEscapes('\\sum_i \\\\!e^{x_i} + a\\\\,b')).toBe('\\sum_i \\!e^{x_i} + a\\,b');
    expect(recogniseFormula('L(x, t) = -x_t + \\log \\sum_i \\\\!e^{x_i}')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L=-\\displaystyle\\-(t\\log(y) + (1-t)\\log(1-y))')?.kind).toBe('ce_binary');
    expect(recogniseFormula('L = \\begin{cases}-\\log q_i& u_{i}=1\\\\-\\log(1-q_i)& u_{i}=0\\end{cases}')?.kind).toBe('ce_binary');
  });

  it('markdown-escapes: square brackets escaped as a pair inside a formula are brackets; a row break with its spacing stays', () => {
    expect(markdownEscapes('L = - \\[ a + b \\]')).toBe('L = - [ a + b ]');
    expect(markdownEscapes('a \\\\[2pt] b')).toBe('a \\\\[2pt] b');
    expect(markdownEscapes('a = \\[ b')).toBe('a = \\[ b');
    expect(recogniseFormula('Log Loss = - \\[ u \\cdot \\log{\\hat{u}} + (1-u) \\cdot \\log(1-\\hat{u}) \\]')?.kind).toBe('ce_binary');
  });

  it('annotations: notes under and over a formula go, limits stay', () => {
    expect(annotations('\\prod_n \\underbrace{a_n^{c_n}}_{\\text{hit}} b')).toBe('\\prod_n {a_n^{c_n}} b');
    expect(annotations('\\overbrace{u + v}^{n \\text{ terms}} + \\underbrace{w}')).toBe('{u + v} + {w}');
    // A note typed without braces round \\text, and big brackets inside the braced formula.
    expect(annotations('\\underbrace{r \\large{(} s \\large{)} }_\\text{data cost} + c')).toBe('{r \\large{(} s \\large{)} } + c');
    expect(annotations('\\underset{\\text{data term}}{\\sum_j r_j} + \\overset{\\textrm{prior}\\;}{s}')).toBe('{\\sum_j r_j} + {s}');
    // Any note over a brace, even in math.
    expect(annotations('\\underset{c = 1}{\\underbrace{\\log r}}')).toBe('{{\\log r}}');
    // A limit under an operator is part of the formula.
    expect(annotations('\\underset{w}{\\mathrm{argmin}}\\; f(w)')).toBe('\\underset{w}{\\mathrm{argmin}}\\; f(w)');
    // A note over a relation leaves the relation bare, so it still parts the two sides.
    expect(annotations('E \\overset{\\text{def}}{=} r')).toBe('E  =  r');
    expect(annotations('L \\underset{\\text{近似}}{\\approx} r')).toBe('L  \\approx  r');
    expect(recogniseFormula('\\prod_{n=1}^{M} \\underbrace{r_n^{c_n} (1 - r_n)^{1 - c_n}}_{\\text{one sample}}')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('-\\sum_j \\overbrace{c_j}^{\\text{one-hot}} \\log \\underbrace{r_j}_{\\text{softmax}}')?.kind).toBe('ce_multiclass');
  });

  it('colour-switches: colours go, an operator word left alone in a group is the word', () => {
    expect(colourSwitches('{\\color{Tomato}\\bf{v}}^T + {\\color{Blue}\\log}(1 + u) + \\mathop{\\color{Red}\\sum}_{\\color{Red}m}')).toBe('{\\bf{v}}^T +  \\log (1 + u) + \\sum _{m}');
    expect(colourSwitches('\\color[rgb]{1,0,0} a + {b}')).toBe('a + {b}');
    expect(recogniseFormula('\\mathop{\\color{Blue}\\sum}_{\\color{Red}m} {\\color{Gold}c}_{\\color{Red}m} s_m - {\\color{Blue}\\log}(1 + {\\color{Blue}\\exp}(s_m))')?.kind).toBe('log_likelihood');
  });

  it('markdown-escapes: \\_ and \\*', () => {
    expect(markdownEscapes('t\\_k \\* y')).toBe('t_k * y');
  });

  it('lone-backslash-rows: a row break whose second backslash was eaten', () => {
    expect(loneBackslashRows('a &= b \\\n&= c')).toBe('a &= b \\\\\n&= c');
    expect(loneBackslashRows('a = b \\')).toBe('a = b ');
    // Three backslashes before a newline are one row break, not a break and a control space.
    expect(loneBackslashRows('a & b \\\\\\\n c & d')).toBe('a & b \\\\\n c & d');
    expect(recogniseFormula('J = \\begin{cases} -\\ln\\left(g_\\boldsymbol{\\phi}(\\boldsymbol{u})\\right) & c=1 \\\\\\\n-\\ln\\left(1-g_\\boldsymbol{\\phi}(\\boldsymbol{u})\\right) & c=0 \\end{cases}')?.kind).toBe('ce_binary');
    // Newlines collapsed (MathJax 4's data-latex): the control space before a tab was the row break.
    expect(loneBackslashRows('E = &- a &\\ &= b \\ \\ &K: c')).toBe('E = &- a &\\\\ &= b \\ \\\\ &K: c');
    // A real row break and a control space inside a row stay.
    expect(loneBackslashRows('a &= b \\\\ &= c \\ d')).toBe('a &= b \\\\ &= c \\ d');
  });

  it('emphasis-subscripts: * where Markdown took _ for emphasis', () => {
    expect(emphasisSubscripts('\\sum*{i=1}^{n} \\log(\\hat{y}*{i, y_i})')).toBe('\\sum_{i=1}^{n} \\log(\\hat{y}_{i, y_i})');
    expect(emphasisSubscripts('∑*{i=1}^{n} + \\sum\\limits*{j}')).toBe('∑_{i=1}^{n} + \\sum\\limits_{j}');
    expect(emphasisSubscripts('a * {b} + c*d')).toBe('a * {b} + c*d');
    expect(emphasisSubscripts('\\operatorname*{arg\\,max}_w \\tag*{1}')).toBe('\\operatorname*{arg\\,max}_w \\tag*{1}');
    expect(recogniseFormula('L = -\\sum*{k} t*{k} \\log y*{k}')?.roles).toMatchObject({ target: 't_k', prediction: 'y_k' });
  });

  it('equation-labels: numbering says nothing about the content', () => {
    expect(equationLabels('a = b \\tag{4.3、再掲} \\label{x}\\nonumber').trim()).toBe('a = b');
  });

  it('environments: rows become aligned, wrappers go', () => {
    expect(environments('\\begin{align*} a &= b \\end{align*}')).toBe('\\begin{aligned} a &= b \\end{aligned}');
    expect(environments('\\begin{equation} a \\end{equation}').trim()).toBe('a');
  });

  it('typed-ellipsis: three periods are \\dots, a repeating decimal keeps them', () => {
    expect(typedEllipsis('e^{u_1} + ... + e^{u_K}')).toBe('e^{u_1} + \\dots  + e^{u_K}');
    expect(typedEllipsis('1/3 = 0.333...')).toBe('1/3 = 0.333...');
    expect(recogniseFormula('-u_c + \\ln(e^{u_1} + ... + e^{u_K})')?.kind).toBe('ce_from_logits');
  });

  it('bare-clause-words: where, wobei, donde … typed bare in plain text are prose', () => {
    expect(bareClauseWords('L = -log p_y where p = softmax(z)')).toBe('L = -log p_y \\text{where } p = softmax(z)');
    // Inside \\text, or glued to letters, as written.
    expect(bareClauseWords('\\text{ where p is } x + nowhere')).toBe('\\text{ where p is } x + nowhere');
    expect(recogniseFormula('Loss = -log_probs[target] where log_probs = LogSoftmax(logits)')?.kind).toBe('ce_multiclass');
    // A condition ending the line (for z >= 0) is prose too; a loop's for is not.
    expect(bareClauseWords('z - y*z + log(1 + exp(-z)) for z >= 0')).toBe('z - y*z + log(1 + exp(-z)) \\text{for } z >= 0');
    expect(bareClauseWords('sum(a[i] for i in range(n))')).toBe('sum(a[i] for i in range(n))');
    expect(recogniseFormula('# -y*z + log(1 + exp(z)) for z < 0')?.kind).toBe('ce_from_logits');
  });

  it('style-switches: \\displaystyle and its kin go, so plain text, code and Typst read as typed', () => {
    expect(styleSwitches('\\displaystyle li = p^yi * (1-p)^(1-yi)')).toBe('li = p^yi * (1-p)^(1-yi)');
    expect(styleSwitches('{\\textstyle \\sum_k} a_k')).toBe('{\\sum_k} a_k');
    expect(recogniseFormula('\\displaystyle cal(L) = -sum_(1<=j<=C) t_j log(y_j)')?.kind).toBe('ce_multiclass');
    // Where the limits are set says nothing either; a doubled backslash (a Markdown source) is left to its own rule.
    expect(styleSwitches('\\sum\\nolimits_i a_i + \\sum\\limits_{k=1}^K b_k')).toBe('\\sum _i a_i + \\sum _{k=1}^K b_k');
    // The sign stays apart from what follows it.
    expect(styleSwitches('-\\sum\\limits p\\log p')).toBe('-\\sum p\\log p');
    expect(recogniseFormula('H = -\\sum\\limits p_i \\log_2 p_i')?.kind).toBe('entropy');
    // \\mathop round a sign that is an operator already, braced or not.
    expect(styleSwitches('\\mathop{\\sum}\\nolimits_{j} a_j').replace(/\s+/g, ' ')).toBe('\\sum _{j} a_j');
    expect(recogniseFormula("-(1 - \\epsilon) \\ln y'_{c} - \\frac{\\epsilon}{K} \\mathop{\\sum}\\nolimits_{j : j \\in K} \\ln y'_j")?.kind).toBe('ce_multiclass');
    expect(styleSwitches('\\\\sum\\\\limits_i')).toBe('\\\\sum\\\\limits_i');
  });

  it('outer-math-delimiters: $…$, $$…$$, \\(…\\) and \\[…\\] round the whole formula go', () => {
    expect(outerMathDelimiters('$E = -\\sum_k s_k \\ln q_k$')).toBe('E = -\\sum_k s_k \\ln q_k');
    expect(outerMathDelimiters('```math\n-\\sum_i u_i \\log v_i\n```')).toBe('-\\sum_i u_i \\log v_i');
    expect(outerMathDelimiters(' $$E = a$$ ')).toBe('E = a');
    expect(outerMathDelimiters('\\(E = a\\)')).toBe('E = a');
    expect(outerMathDelimiters('\\[E = a\\]')).toBe('E = a');
    // A pair inside a pair, as a Markdown source wraps a LaTeX display.
    expect(outerMathDelimiters('$\\[ E = a \\]$')).toBe(' E = a ');
    // Two formulas, or a dollar amount inside, stay as written.
    expect(outerMathDelimiters('$a$ and $b$')).toBe('$a$ and $b$');
    expect(outerMathDelimiters('\\[a\\] \\[b\\]')).toBe('\\[a\\] \\[b\\]');
    expect(recogniseFormula('$$H(s, q) = -\\sum_x s(x) \\log q(x)$$')?.kind).toBe('ce_multiclass');
    // The sentence's stop after the closing delimiter goes with the pair; between two formulas it stays.
    expect(outerMathDelimiters('\\(E = a\\).')).toBe('E = a');
    expect(outerMathDelimiters('$E = a$ ,')).toBe('E = a');
    expect(outerMathDelimiters('$a$ and $b$.')).toBe('$a$ and $b$.');
    expect(recogniseFormula('\\( -\\frac{1}{n} \\sum_{i=1}^{n} [ y_i \\log \\hat{y}_i + (1 - y_i) \\log(1 - \\hat{y}_i) ] \\).')?.kind).toBe('ce_binary_batch');
  });

  it('lost-display-brackets: [ … ] around an equation is \\[ \\] without its backslashes', () => {
    expect(lostDisplayBrackets('[ E = -\\sum_j s_j \\ln q_j ]')).toBe('E = -\\sum_j s_j \\ln q_j');
    expect(lostDisplayBrackets('[ E = a ]  [ E \\approx 0.5 ]')).toBe('E = a \\\\ E \\approx 0.5');
    // Without the spaces, a sum or a log inside still makes it an equation, not an Iverson bracket.
    expect(lostDisplayBrackets('[E(s, q) = -\\sum_{j} s_j \\ln q_j]')).toBe('E(s, q) = -\\sum_{j} s_j \\ln q_j');
    expect(lostDisplayBrackets('[s=1]')).toBe('[s=1]');
    // Vectors, intervals, a bracketed sum and brackets inside a formula stay.
    expect(lostDisplayBrackets('[0.2, 0.8]')).toBe('[0.2, 0.8]');
    expect(lostDisplayBrackets('[s \\ln q + (1-s)\\ln(1-q)]')).toBe('[s \\ln q + (1-s)\\ln(1-q)]');
    expect(lostDisplayBrackets('[ a = b ] + c')).toBe('[ a = b ] + c');
    // A style switch before, a number, label or period after, are no group's.
    expect(lostDisplayBrackets('\\displaystyle [ E = a ]')).toBe('E = a');
    expect(lostDisplayBrackets('[ E = a ] \\tag{3}.')).toBe('E = a');
    expect(lostDisplayBrackets('[ E = a ] \\quad \\text{(BCE)}')).toBe('E = a');
    expect(lostDisplayBrackets('[0.2, 0.8].')).toBe('[0.2, 0.8].');
    expect(recogniseFormula('[ E = - \\left( 0 \\cdot \\ln 0.3 + 1 \\cdot \\ln 0.6 + 0 \\cdot \\ln 0.1 \\right) ] [ E = -\\ln 0.6 \\approx 0.51 ]')?.kind).toBe('ce_multiclass');
  });

  it('comment-markers: a notebook source’s # round its math goes; \\# and a comment with words stay for their own rules', () => {
    expect(commentMarkers('# L(\\beta) = \\prod_i p_i^{y_i} #')).toBe('L(\\beta) = \\prod_i p_i^{y_i}');
    expect(commentMarkers('## P(y = 1) = p')).toBe('P(y = 1) = p');
    expect(commentMarkers('\n# L = \\prod_i p_i\n#   \\quad x\n# ')).toBe('\nL = \\prod_i p_i\n  \\quad x\n');
    // A Python line with a comment after it is the code rule's.
    expect(commentMarkers('loss = -log(p)  # cross-entropy')).toBe('loss = -log(p)  # cross-entropy');
    expect(commentMarkers('\\#\\text{classes} = K')).toBe('\\#\\text{classes} = K');
    expect(commentMarkers('x_{#} = 1')).toBe('x_{#} = 1');
    // Code commented out (#return, //, MATLAB's %) and a docstring's quotes go.
    expect(commentMarkers('#return (1/m) * x')).toBe('return (1/m) * x');
    expect(commentMarkers('%J = 1/m * x')).toBe('J = 1/m * x');
    expect(commentMarkers('%\\mathcal{J} = x')).toBe('%\\mathcal{J} = x');
    expect(commentMarkers('// -t * ln(o) - (1 - t) * ln(1 - o)')).toBe('-t * ln(o) - (1 - t) * ln(1 - o)');
    expect(commentMarkers('% ce = max(z, 0) - z * y')).toBe('ce = max(z, 0) - z * y');
    expect(commentMarkers('"""Entropy: -Σ p(x) log₂ p(x)"""')).toBe('Entropy: -Σ p(x) log₂ p(x)');
    // A # glued to a word that assigns nothing (#samples) stays.
    expect(commentMarkers('#samples / N')).toBe('#samples / N');
    expect(recogniseFormula('// -target * ln(output) - (1 - target) * ln(1 - output)')?.kind).toBe('ce_binary');
    expect(recogniseFormula('% sigmoid_cross_entropy = max(logits, 0) - logits * labels + log(1 + exp(-abs(logits)))')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('"""Entropy: -Σ p(x) log₂ p(x)"""')?.kind).toBe('entropy');
    expect(recogniseFormula('# L(\\beta) = \\prod_{i=1}^N \\hat{p}_i^{y_i} (1-\\hat{p}_i)^{1-y_i} #')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('\n# P(y_i = 1) = \\hat{p_i}^{y_i} \\cdot (1-\\hat{p_i})^{1-y_i}\n# ')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('$ # L(\\beta) = \\prod_{i=1}^N \\hat{p}_i^{y_i} (1-\\hat{p}_i)^{1-y_i} # $')?.kind).toBe('likelihood_product');
    expect(recogniseFormula('# $L(\\beta) = \\prod_{i=1}^N \\hat{p}_i^{y_i} (1-\\hat{p}_i)^{1-y_i}$ #')?.kind).toBe('likelihood_product');
    // The markers alone make nothing of a formula that is not one.
    expect(recogniseFormula('# P(y_i = 1) = \\hat{p_i} #')).toBeNull();
  });

  it('leading-marks: wikitext indentation and a leading control space', () => {
    expect(leadingMarks(':H(p) = x')).toBe('H(p) = x');
    expect(leadingMarks('\\ E = x')).toBe('E = x');
    expect(leadingMarks('x := 1')).toBe('x := 1');
  });

  it('primed-scripts: a braced prime, and a superscript typed after a primed symbol’s subscript, in a form TeX takes', () => {
    expect(primedScripts("v{'}_{m}^{T} h")).toBe("v'^{T}_{m} h");
    expect(primedScripts('x{^T_i}\\beta_k')).toBe('x^T_i\\beta_k');
    expect(primedScripts('f{(x)}')).toBe('f{(x)}');
    expect(primedScripts("v'_m^T h")).toBe("v'^T_m h");
    // Without a prime, or without a superscript after the subscript: as written.
    expect(primedScripts('v_{m}^{T} h')).toBe('v_{m}^{T} h');
    expect(primedScripts("v'_{m} h")).toBe("v'_{m} h");
    expect(recogniseFormula("E = -\\log \\frac{e^{v{'}_{c}^{T} h}}{\\sum_{m} e^{v{'}_{m}^{T} h}}")?.roles).toMatchObject({ target: 'c', classIndex: 'm' });
  });

  it('bracketed-equation: an equation set in round brackets as an aside loses them', () => {
    expect(bracketedEquation(' (P(y|x,\\theta ) = h_{\\theta}(x)^y(1-h_{\\theta}(x))^{1-y}) ')).toBe('P(y|x,\\theta ) = h_{\\theta}(x)^y(1-h_{\\theta}(x))^{1-y}');
    // Two brackets, or one holding no relation: as written.
    expect(bracketedEquation('(a + b) = (c)')).toBe('(a + b) = (c)');
    // A stop after the aside's bracket, as a sentence ends.
    expect(bracketedEquation('(P(y|x) = h^y (1-h)^{1-y}) .')).toBe('P(y|x) = h^y (1-h)^{1-y}');
    expect(bracketedEquation('(a + b) = (c).')).toBe('(a + b) = (c).');
    expect(bracketedEquation('(y \\log p + (1-y) \\log(1-p))')).toBe('(y \\log p + (1-y) \\log(1-p))');
    expect(recogniseFormula('(P(y|x,\\theta ) = h_{\\theta}(x)^y(1-h_{\\theta}(x))^{1-y})')?.kind).toBe('likelihood_product');
  });

  it('split-sized-brackets: a bracket converted from MathML one delimiter at a time is the bracket', () => {
    expect(splitSizedBrackets('\\log \\left(\\right. \\hat{y}_{i} \\left.\\right) + \\left[\\right. a \\left.\\right]')).toBe('\\log ( \\hat{y}_{i} ) + [ a ]');
    expect(splitSizedBrackets('\\left( a \\right)')).toBe('\\left( a \\right)');
    // One bracket broken over two rows, closed and reopened empty at the break, is one line.
    expect(splitSizedBrackets('\\left\\{ a - \\right.\\\\ &\\left. b \\right\\}')).toBe('\\left\\{ a -   b \\right\\}');
    expect(recogniseFormula('L=\\sum_{p}\\left\\{-y_{p} \\log \\left(e_{p}\\right)-\\right.\\\\ &\\left.\\left(1-y_{p}\\right) \\log \\left(1-e_{p}\\right)\\right\\}')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('H \\left(\\right. p , q \\left.\\right) = - \\sum_{x} p \\left(\\right. x \\left.\\right) log q \\left(\\right. x \\left.\\right)')?.roles).toMatchObject({ target: 'p', prediction: 'q' });
  });

  it('math-inside-text: $…$ inside \\text is math, the text closed round it', () => {
    expect(mathInsideText('\\text{if $y$ = 1}')).toBe('\\text{if } y \\text{ = 1}');
    expect(mathInsideText('\\text{if } y = 1')).toBe('\\text{if } y = 1');
    // The math may carry scripts in braces (a sample's label y^{(j)}).
    expect(mathInsideText('\\text{when $t^{(j)}=0$}')).toBe('\\text{when } t^{(j)}=0 ');
    expect(recogniseFormula('\\ell(g(\\mathbf{u}^{(j)}), t^{(j)}) = \\begin{cases} -\\ln\\left(g(\\mathbf{u}^{(j)})\\right) & \\text{if $t^{(j)}=1$}\\\\ -\\ln\\left(1 - g(\\mathbf{u}^{(j)})\\right) & \\text{if $t^{(j)}=0$}\\end{cases}')?.kind).toBe('ce_binary');
    expect(recogniseFormula('Cost(h_\\theta(x), y) = \\begin{cases} -log(h_\\theta(x)), & \\text{if $y$ = 1} \\\\ -log(1 - h_\\theta(x)), & \\text{if $y$ = 0} \\end{cases}')?.roles.target).toBe('y');
  });

  it('font-switches: {\\rm log} and {\\bf y} are \\mathrm{log} and \\mathbf{y}', () => {
    expect(fontSwitches('-{\\rm log}\\, {\\bf y}_c + {\\rm d}x')).toBe('-\\mathrm{log}\\, \\mathbf{y}_c + \\mathrm{d}x');
    expect(fontSwitches('{x}')).toBe('{x}');
    expect(recogniseFormula('L = -\\sum_k t_k\\, {\\rm log}\\, y_k')?.kind).toBe('ce_multiclass');
  });

  it('markdown-escapes: a script group with its braces escaped (\\_\\{i=1\\}) is the group', () => {
    expect(markdownEscapes('\\sum\\_\\{i=1\\}^\\{N\\}p\\_\\{i\\}\\log q\\_i')).toBe('\\sum_{i=1}^{N}p_{i}\\log q_i');
    // A set in braces is no script group: \{b\} stays.
    expect(markdownEscapes('P(x_{a} \\mid \\{b\\})')).toBe('P(x_{a} \\mid \\{b\\})');
    expect(recogniseFormula('-\\sum\\_\\{i=1\\}^\\{N\\}p\\_\\{i\\}\\log q\\_i')?.kind).toBe('ce_multiclass');
  });

  it("comment-markers: MATLAB's % before an assignment to a field (net.L = …) is code commented out", () => {
    expect(commentMarkers('%net.L = -1 * sum(sum(y.*log(net.o)))')).toBe('net.L = -1 * sum(sum(y.*log(net.o)))');
    expect(recogniseFormula('%net.L = gather(-1 * sum(sum(y.*log(net.o)))/ size(net.e, 2));')?.kind).toBe('ce_multiclass_batch');
  });
});
