// xent-lens check PATH…: the formulas in drafts (Markdown, MDX, HTML, notebooks; no
// network), each with its kind, and every worked example recomputed with its verdict,
// the base used and why. Exit status 1 when any worked example is wrong, 0 when none
// is, 2 on bad usage or a file that cannot be read.
import { isLogBase } from '../core/logs';
import type { LogBase } from '../core/types';
import { analyseFormula, contextKey } from '../tex/index';
import type { FormulaAnalysis } from '../tex/types';
import type { FormulaKind, Verdict } from '../tex/types';
import { readDocument, type DocumentFormula, type ReadOptions } from './documents';
import { expandPaths } from './files';
import type { CliIO } from './io';

const USAGE = `usage: xent-lens check PATH… [--format text|json|github] [--base e|2|10] [--every-log] [--all]
  PATH: files, folders (walked recursively, honouring .gitignore) and globs ("docs/**/*.md").
  Reads Markdown and MDX (front matter, $$…$$, $…$, \\(…\\), \\[…\\], \`\`\`math fences),
  HTML and Jupyter notebooks (markdown cells). Lists the cross-entropy formulas and
  recomputes every worked example.
  --format   text (default), json (an array of findings), github (::error lines for CI)
  --json     the same as --format json
  --base     the log base where a file neither writes nor states one (front matter
             \`xent-lens: { base: 2 }\` sets it per file)
  --every-log  verdicts on every numeric log, not only cross-entropy examples
  --all      list every formula found, not only cross-entropy ones
  Exit status: 1 when a worked example is wrong, 0 otherwise, 2 on bad usage or unreadable input.
`;

export interface Finding {
  file: string;
  line: number;
  /** Notebooks: the 1-based cell number. */
  cell?: number;
  tex: string;
  kind: FormulaKind | null;
  /** The rest only for worked examples. */
  verdict?: Verdict;
  stated?: number;
  computed?: number;
  explanation?: string;
  base?: LogBase;
  baseReason?: string;
}

type Format = 'text' | 'json' | 'github';

interface Options extends ReadOptions {
  format: Format;
  all: boolean;
  paths: string[];
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { format: 'text', all: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === '--json') options.format = 'json';
    else if (flag === '--all') options.all = true;
    else if (flag === '--every-log') options.everyLog = true;
    else if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'github') return `--format takes text, json or github, not ${format ?? 'nothing'}`;
      options.format = format;
    } else if (flag === '--base') {
      const base = value()?.replace(/^ln$/, 'e');
      if (!isLogBase(base)) return `--base takes e, 2 or 10, not ${base ?? 'nothing'}`;
      options.base = base;
    } else if (flag.startsWith('--')) return `unknown option ${flag}`;
    else options.paths.push(arg);
  }
  return options.paths.length === 0 ? 'no file, folder or glob given' : options;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    io.err(`xent-lens check: ${options}\n${USAGE}`);
    return 2;
  }
  const { files, missing } = await (io.expandPaths ?? ((paths: string[]) => expandPaths(paths)))(options.paths);
  let unreadable = missing.length > 0;
  for (const path of missing) io.err(`xent-lens check: cannot read ${path}: no such file, folder or matching file\n`);

  const findings: Finding[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      io.err(`xent-lens check: cannot read ${file}: ${messageOf(error)}\n`);
      unreadable = true;
      continue;
    }
    try {
      const { found, problems } = await checkFile(file, text, options);
      for (const problem of problems) io.err(`xent-lens check: ${file}: ${problem}\n`);
      findings.push(...found);
    } catch (error) {
      io.err(`xent-lens check: cannot read ${file}: ${messageOf(error)}\n`);
      unreadable = true;
    }
  }

  const shown = options.all ? findings : findings.filter((finding) => finding.kind || finding.verdict);
  const summary = summaryLine(findings, files.length);
  if (options.format === 'json') {
    io.out(`${JSON.stringify(shown, null, 2)}\n`);
    io.err(`${summary}\n`);
  } else if (options.format === 'github') io.out(githubLines(shown, summary));
  else io.out(textLines(shown, summary));
  if (unreadable) return 2;
  return findings.some((finding) => finding.verdict === 'wrong') ? 1 : 0;
}

/** The findings of one file's text; the extension decides how it is read. */
export async function checkText(file: string, text: string, options: ReadOptions = {}): Promise<Finding[]> {
  return (await checkFile(file, text, options)).found;
}

/**
 * Analyses by TeX and by what the context makes of it: drafts repeat their general
 * formulas from file to file, and each is read once. Bounded, oldest out first.
 */
const analyses = new Map<string, FormulaAnalysis>();
const ANALYSES_MAX = 20_000;

function analyse(tex: string, context: DocumentFormula['context']): FormulaAnalysis {
  const key = `${tex}\u0000${contextKey(tex, context)}`;
  const known = analyses.get(key);
  if (known) return known;
  const analysis = analyseFormula(tex, context);
  if (analyses.size >= ANALYSES_MAX) analyses.delete(analyses.keys().next().value!);
  analyses.set(key, analysis);
  return analysis;
}

async function checkFile(file: string, text: string, options: ReadOptions): Promise<{ found: Finding[]; problems: string[] }> {
  const { formulas, problems } = await readDocument(file, text, options);
  const found = formulas.map((formula) => {
    const analysis = analyse(formula.tex, formula.context);
    const example = analysis.example;
    const finding: Finding = { file, line: formula.line, ...(formula.cell ? { cell: formula.cell } : {}), tex: formula.tex, kind: analysis.recognition?.kind ?? example?.kind ?? null };
    if (example) {
      finding.verdict = example.verdict;
      finding.stated = example.stated.value;
      finding.computed = example.computed;
      finding.explanation = example.explanation.en;
      finding.base = example.base;
      if (example.baseReason) finding.baseReason = example.baseReason.en;
    }
    return finding;
  });
  return { found, problems };
}

function where(finding: Finding): string {
  return `${finding.file}:${finding.line}${finding.cell ? ` (cell ${finding.cell})` : ''}`;
}

function textLines(findings: Finding[], summary: string): string {
  const lines: string[] = [];
  for (const finding of findings) {
    const at = where(finding);
    const pad = ' '.repeat(at.length);
    lines.push(`${at}  ${finding.kind ?? 'not cross-entropy'}  ${shorten(finding.tex)}`);
    if (finding.verdict) {
      lines.push(`${pad}  worked example: ${finding.verdict.toUpperCase()} (stated ${finding.stated}, computed ${round(finding.computed!)})`);
      if (finding.explanation) lines.push(`${pad}  ${finding.explanation}`);
      if (finding.baseReason) lines.push(`${pad}  base: ${finding.baseReason}`);
    }
  }
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}

/** GitHub Actions workflow commands: wrong examples as errors, rounding as notices. */
function githubLines(findings: Finding[], summary: string): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines: string[] = [];
  for (const finding of findings) {
    if (finding.verdict !== 'wrong' && finding.verdict !== 'rounding') continue;
    const command = finding.verdict === 'wrong' ? 'error' : 'notice';
    const title = finding.verdict === 'wrong' ? 'Worked example is wrong' : 'Worked example is right up to rounding';
    const message = `${finding.explanation ?? ''}${finding.baseReason ? ` Base: ${finding.baseReason}` : ''} (${shorten(finding.tex)})`;
    lines.push(`::${command} file=${escapeProperty(finding.file)},line=${finding.line},title=${escapeProperty(title)}::${escapeData(message)}`);
  }
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}

function summaryLine(findings: Finding[], files: number): string {
  const recognised = findings.filter((finding) => finding.kind).length;
  const examples = findings.filter((finding) => finding.verdict);
  const count = (verdict: Verdict) => examples.filter((finding) => finding.verdict === verdict).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(files, 'file')}: ${plural(findings.length, 'formula')}, ${recognised} cross-entropy, ` +
    `${plural(examples.length, 'worked example')} (${count('correct')} correct, ${count('rounding')} rounding, ${count('wrong')} wrong)`
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function shorten(tex: string): string {
  const flat = tex.replace(/\s+/g, ' ').trim();
  return flat.length > 72 ? `${flat.slice(0, 71)}…` : flat;
}

function round(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(7))) : String(value);
}
