// xent-lens check FILE… [--json]: the formulas in HTML and Markdown drafts (no
// network), found by the same page sources the extension runs, each with its kind,
// and every worked example recomputed with its verdict. Exit status 1 when any
// worked example is wrong, 2 when a file cannot be read or the usage is wrong.
import { findMathInHtml, findMathInMarkdown, type FileFormula } from '../page/static';
import { analyseFormula } from '../tex/index';
import type { FormulaKind, Verdict } from '../tex/types';
import type { CliIO } from './io';

const USAGE = `usage: xent-lens check FILE… [--json] [--all]
  Lists the cross-entropy formulas and the worked examples (--all: every formula found).
  HTML (.html, .htm, .xhtml) is read as a page; anything else as Markdown or plain text
  ($$…$$, $…$, \\(…\\), \\[…\\]; fenced and inline code are skipped).
`;

export interface Finding {
  file: string;
  line: number;
  tex: string;
  kind: FormulaKind | null;
  /** The next four only for worked examples. */
  verdict?: Verdict;
  stated?: number;
  computed?: number;
  explanation?: string;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const files = args.filter((arg) => !arg.startsWith('--'));
  const flags = args.filter((arg) => arg.startsWith('--'));
  if (flags.includes('--help')) {
    io.out(USAGE);
    return 0;
  }
  const unknown = flags.filter((flag) => flag !== '--json' && flag !== '--all');
  if (files.length === 0 || unknown.length > 0) {
    io.err(unknown.length > 0 ? `xent-lens check: unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return 2;
  }
  const json = flags.includes('--json');
  const all = flags.includes('--all');

  const findings: Finding[] = [];
  let unreadable = false;
  for (const file of files) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      io.err(`xent-lens check: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      unreadable = true;
      continue;
    }
    findings.push(...checkText(file, text));
  }

  const shown = all ? findings : findings.filter((finding) => finding.kind || finding.verdict);
  if (json) io.out(`${JSON.stringify(shown, null, 2)}\n`);
  else io.out(formatFindings(shown, findings.length, files));
  if (unreadable) return 2;
  return findings.some((finding) => finding.verdict === 'wrong') ? 1 : 0;
}

/** The findings of one file's text; `file` decides HTML or Markdown by its extension. */
export function checkText(file: string, text: string): Finding[] {
  const formulas: FileFormula[] = /\.(?:x?html?)$/i.test(file) ? findMathInHtml(text) : findMathInMarkdown(text);
  return formulas.map((formula) => {
    const analysis = analyseFormula(formula.tex);
    const example = analysis.example;
    const finding: Finding = {
      file,
      line: formula.line,
      tex: formula.tex,
      kind: analysis.recognition?.kind ?? example?.kind ?? null,
    };
    if (example) {
      finding.verdict = example.verdict;
      finding.stated = example.stated.value;
      finding.computed = example.computed;
      finding.explanation = example.explanation.en;
    }
    return finding;
  });
}

function formatFindings(findings: Finding[], total: number, files: string[]): string {
  const lines: string[] = [];
  for (const finding of findings) {
    const where = `${finding.file}:${finding.line}`;
    lines.push(`${where}  ${finding.kind ?? 'not cross-entropy'}  ${shorten(finding.tex)}`);
    if (finding.verdict) {
      lines.push(`${' '.repeat(where.length)}  worked example: ${finding.verdict.toUpperCase()} (stated ${finding.stated}, computed ${round(finding.computed!)})`);
      if (finding.explanation) lines.push(`${' '.repeat(where.length)}  ${finding.explanation}`);
    }
  }
  const recognised = findings.filter((finding) => finding.kind).length;
  const examples = findings.filter((finding) => finding.verdict);
  const wrong = examples.filter((finding) => finding.verdict === 'wrong').length;
  lines.push(
    `${files.length} file${files.length === 1 ? '' : 's'}: ${total} formula${total === 1 ? '' : 's'}, ` +
      `${recognised} cross-entropy, ${examples.length} worked example${examples.length === 1 ? '' : 's'}, ${wrong} wrong`,
  );
  return `${lines.join('\n')}\n`;
}

function shorten(tex: string): string {
  const flat = tex.replace(/\s+/g, ' ').trim();
  return flat.length > 72 ? `${flat.slice(0, 71)}…` : flat;
}

function round(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(7))) : String(value);
}
