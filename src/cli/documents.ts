// A draft as `check` reads it: Markdown (with YAML front matter, ```math fences as
// GitHub, GitLab and Qiita write them, Zenn's $$), MDX, HTML and Jupyter notebooks
// (the markdown cells). Each formula comes with where it is and the context a reader
// has at that point: the prose before it, the text right after it, and the base the
// file's front matter sets (`xent-lens: { base: 2 }`).
import { load as loadYaml } from 'js-yaml';
import { isLogBase } from '../core/logs';
import type { LogBase } from '../core/types';
import { findMathInMarkdown, lineFinder } from '../page/static';
import { baseFromPreceding, baseStatement, baseStatementsIn, FOLLOWING_PARAGRAPH_CHARS, MAX_PRECEDING_CHARS, statementBefore, type BaseHint, type ExampleContext } from '../tex/base-context';

export interface DocumentFormula {
  tex: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based number of the notebook cell that holds it. */
  cell?: number;
  context: ExampleContext;
}

export interface DocumentReading {
  formulas: DocumentFormula[];
  /** Problems with the file's own settings (a front-matter base that is not e, 2 or 10). */
  problems: string[];
}

export interface ReadOptions {
  /** A base for every file (`--base`); a file's front matter overrides it. */
  base?: LogBase;
  everyLog?: boolean;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The base a file sets for itself, from `xent-lens: { base: 2 }` (or `xent-lens-base: 2`). */
function frontMatterBase(yaml: string): { base?: LogBase; problem?: string } {
  let data: unknown;
  try {
    data = loadYaml(yaml);
  } catch (error) {
    return { problem: `front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const section = record['xent-lens'];
  const raw = typeof section === 'object' && section !== null ? (section as Record<string, unknown>).base : record['xent-lens-base'];
  if (raw === undefined) return {};
  const text = raw === Math.E ? 'e' : String(raw).trim().toLowerCase().replace(/^ln$/, 'e');
  return isLogBase(text) ? { base: text } : { problem: `xent-lens base must be e, 2 or 10, not ${String(raw)}` };
}

/** ```math … ``` fences become $$ … $$ on the same lines, so they are read as display math. */
function mathFencesAsDisplay(markdown: string): string {
  return markdown.replace(/^( {0,3})(`{3,}|~{3,})[ \t]*math[ \t]*\r?\n([\s\S]*?)^\1?\2[`~]*[ \t]*$/gm, (_all, indent: string, _fence, body: string) => `${indent}$$\n${body}${indent}$$`);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Context for each formula of one text: the prose before it and a few characters after. */
function withContext(text: string, found: Array<{ tex: string; line: number }>, hint: BaseHint | undefined, everyLog: boolean, html: boolean, earlier = ''): Array<{ tex: string; line: number; context: ExampleContext }> {
  const starts = lineStarts(text);
  const plain = (s: string) => (html ? s.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ') : s);
  const statements = html ? [] : baseStatementsIn(text);
  const earlierHint = baseStatement(earlier);
  return found.map(({ tex, line }) => {
    const from = starts[line - 1] ?? 0;
    const at = text.indexOf(tex, from);
    const end = at < 0 ? from : at + tex.length;
    const start = at < 0 ? from : at;
    const after = plain(text.slice(end, end + 400)).replace(/^\s*(?:\$\$|\$|\\\)|\\\]|<\/[^>]*>)*/, '').slice(0, FOLLOWING_PARAGRAPH_CHARS);
    // Markdown: the statements of the whole file are found once, each formula takes the latest before it.
    const page = html ? baseFromPreceding([earlier, plain(text.slice(Math.max(0, start - MAX_PRECEDING_CHARS), start))]) : (statementBefore(statements, start) ?? earlierHint);
    const baseHint = hint ?? page ?? undefined;
    return { tex, line, context: { ...(baseHint ? { baseHint } : {}), following: after, ...(everyLog ? { everyLog: true } : {}) } };
  });
}

function settingHint(base: LogBase | undefined, evidence: string): BaseHint | undefined {
  return base ? { base, source: 'setting', evidence } : undefined;
}

function readMarkdown(text: string, options: ReadOptions, earlier = ''): DocumentReading {
  const problems: string[] = [];
  let hint = settingHint(options.base, `--base ${options.base}`);
  const front = FRONT_MATTER.exec(text);
  let body = text;
  if (front) {
    const setting = frontMatterBase(front[1] ?? '');
    if (setting.problem) problems.push(setting.problem);
    if (setting.base) hint = settingHint(setting.base, `xent-lens: { base: ${setting.base} }`);
    // Blank the front matter line for line, so lines keep their numbers.
    body = front[0].replace(/[^\n]/g, '') + text.slice(front[0].length);
  }
  const source = mathFencesAsDisplay(body);
  const found = findMathInMarkdown(source).map((f) => ({ tex: f.tex, line: f.line }));
  const formulas = withContext(source, found, hint, options.everyLog === true, false, earlier);
  return { formulas, problems };
}

async function readHtml(text: string, options: ReadOptions): Promise<DocumentReading> {
  // linkedom and the page sources load with the first HTML file, not for Markdown-only runs.
  const { findMathInHtml } = await import('../page/static-html');
  const found = findMathInHtml(text).map((f) => ({ tex: f.tex, line: f.line }));
  return { formulas: withContext(text, found, settingHint(options.base, `--base ${options.base}`), options.everyLog === true, true), problems: [] };
}

interface NotebookCell {
  cell_type?: unknown;
  source?: unknown;
}

/** The markdown cells of a notebook, each read as Markdown; lines point into the .ipynb where they can. */
function readNotebook(text: string, options: ReadOptions): DocumentReading {
  const notebook = JSON.parse(text) as { cells?: unknown; metadata?: Record<string, unknown> };
  if (!Array.isArray(notebook.cells)) throw new Error('not a Jupyter notebook (no cells)');
  const lineOf = lineFinder(text);
  const meta = notebook.metadata?.['xent-lens'];
  const metaBase = typeof meta === 'object' && meta !== null ? String((meta as Record<string, unknown>).base ?? '') : '';
  const base = isLogBase(metaBase) ? metaBase : options.base;
  const formulas: DocumentFormula[] = [];
  const problems: string[] = [];
  let cursor = 0;
  let preceding = '';
  (notebook.cells as NotebookCell[]).forEach((cell, index) => {
    const source = Array.isArray(cell.source) ? cell.source.filter((s): s is string => typeof s === 'string').join('') : typeof cell.source === 'string' ? cell.source : '';
    if (cell.cell_type !== 'markdown' || !source.trim()) return;
    // Where the cell's first line sits in the file (nbformat writes one source line per JSON line).
    const firstLine = JSON.stringify(source.split('\n')[0] ?? '').slice(0, -1);
    const at = text.indexOf(firstLine, cursor);
    const offset = at < 0 ? 0 : lineOf(at) - 1;
    if (at >= 0) cursor = at;
    const reading = readMarkdown(source, { ...options, ...(base ? { base } : {}) }, preceding);
    for (const formula of reading.formulas) formulas.push({ ...formula, line: offset + formula.line, cell: index + 1 });
    problems.push(...reading.problems);
    // Earlier cells are the prose a reader has seen: kept (bounded) as context for the next.
    preceding = `${preceding}${source}\n\n`.slice(-MAX_PRECEDING_CHARS);
  });
  return { formulas, problems };
}

/** The formulas of one file, by its extension; throws on a notebook that is not JSON. */
export async function readDocument(file: string, text: string, options: ReadOptions = {}): Promise<DocumentReading> {
  if (/\.ipynb$/i.test(file)) return readNotebook(text, options);
  if (/\.x?html?$/i.test(file)) return readHtml(text, options);
  return readMarkdown(text, options);
}
