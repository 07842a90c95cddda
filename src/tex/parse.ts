// The one place that calls KaTeX's parser. `__parse` is internal to KaTeX
// (exported from katex.mjs as `generateParseTree`, untyped), so this module
// declares the small part of its node shapes tex/ reads, and turns its
// exceptions into values.
import * as katexModule from 'katex';

/** The parse-node fields tex/ reads (KaTeX src/parseNode.ts has the full union). */
export interface KatexNode {
  type: string;
  text?: string;
  name?: string;
  family?: string;
  font?: string;
  label?: string;
  mclass?: string;
  left?: string;
  right?: string;
  delim?: string;
  limits?: boolean;
  hasBarLine?: boolean;
  leftDelim?: string | null;
  rightDelim?: string | null;
  body?: KatexNode | KatexNode[] | KatexNode[][][];
  base?: KatexNode | null;
  sup?: KatexNode | null;
  sub?: KatexNode | null;
  numer?: KatexNode;
  denom?: KatexNode;
  index?: KatexNode | null;
  above?: KatexNode | null;
  below?: KatexNode | null;
  /** KaTeX's \html@mathml pair (how it builds \neq, \not…): what the MathML side says. */
  mathml?: KatexNode[];
  /** …and what its HTML side draws (\coloneqq: a colon kerned to an equals sign). */
  html?: KatexNode[];
  /** A kern's width (\, is positive, \! negative). */
  dimension?: { number: number; unit: string };
}

export type KatexParse = { ok: true; nodes: KatexNode[] } | { ok: false; message: string };

type ParseFunction = (tex: string, settings: Record<string, unknown>) => unknown;

/** Settings for page-supplied TeX: no trust, bounded expansion and size, no strict warnings. */
const SETTINGS = {
  displayMode: true,
  throwOnError: true,
  trust: false,
  maxExpand: 1000,
  maxSize: 10,
  strict: 'ignore',
} as const;

const parseTree: ParseFunction | undefined = (katexModule as unknown as { __parse?: ParseFunction }).__parse;

/** KaTeX's parse tree of `tex`, or the reason it refused. Never throws. */
export function parseWithKatex(tex: string): KatexParse {
  if (!parseTree) return { ok: false, message: 'KaTeX parser unavailable' };
  try {
    // A fresh macros table each call: \def in one formula must not leak into the next.
    const nodes = parseTree(tex, { ...SETTINGS, macros: {} });
    return Array.isArray(nodes) ? { ok: true, nodes: nodes as KatexNode[] } : { ok: false, message: 'unexpected parse result' };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The children of a node whose `body` is a node or a list of nodes (not an array's rows). */
export function bodyNodes(node: KatexNode): KatexNode[] {
  const body = node.body;
  if (!body) return [];
  if (!Array.isArray(body)) return [body];
  return (body as unknown[]).filter((item): item is KatexNode => !Array.isArray(item) && typeof item === 'object' && item !== null);
}

/** The rows × cells of an `array` node (aligned, matrix, cases). */
export function arrayRows(node: KatexNode): KatexNode[][] {
  if (node.type !== 'array' || !Array.isArray(node.body)) return [];
  return (node.body as unknown[]).filter(Array.isArray).map((row) => (row as unknown[]).filter((cell): cell is KatexNode => typeof cell === 'object' && cell !== null && !Array.isArray(cell)));
}
