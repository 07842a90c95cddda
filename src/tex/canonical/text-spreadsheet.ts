// Text rule for spreadsheet formulas, as tutorials that compute a loss in Excel, LibreOffice or
// Google Sheets print them: `=-SUMPRODUCT(A2:A4, LN(B2:B4))`, `=-SUM(A2:A4*LN(B2:B4))`,
// `=-AVERAGE(…)`. A range of one column (A2:A4) is that column's cells, A_i, and the functions
// that run over ranges are the sum (SUMPRODUCT multiplies its ranges first) and the mean. A
// spreadsheet's LOG without a second argument is to base 10 (LN is the natural log).
// Only where the formula names a range or a cell beside a spreadsheet function: elsewhere
// SUM(…) and LOG(…) are words of other notations, which later rules read.
import { defineTextRule } from './registry';
import { rewriteCalls, topLevelArguments } from './text-scan';

/** A1-style references: a range down one column (A2:A4, $B$2:$B$10), or one cell (C2). */
const COLUMN_RANGE = /(?<![A-Za-z\\])\$?([A-Z]{1,2})\$?(\d+):\$?\1\$?(\d+)(?![\d])/g;
/** The same, to ask whether a text holds one (a global pattern's test would move its lastIndex). */
const HAS_COLUMN_RANGE = new RegExp(COLUMN_RANGE.source);
const CELL = /(?<![A-Za-z\\])\$?[A-Z]{1,2}\$?\d+(?![\w(])/;
const FUNCTION = /(?<![A-Za-z\\])(?:SUMPRODUCT|SUM|AVERAGE|LN|LOG|LOG10|EXP)\s*\(/;

/** The index a range's cells run over in the sum written for it. */
const INDEX = 'i';

export function spreadsheetFormulas(tex: string): string {
  const hasRange = HAS_COLUMN_RANGE.test(tex);
  if (!FUNCTION.test(tex) || !(hasRange || CELL.test(tex))) return tex;
  // Locales with a decimal comma part the arguments with semicolons (=-SUMPRODUCT(A2:A4; LN(B2:B4)), LN(0,7)).
  const semicolons = tex.includes(';');
  let out = tex.replace(COLUMN_RANGE, (_whole, column: string) => `${column}_{${INDEX}}`);
  if (semicolons) out = out.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ',');
  // LOG(x) is to base 10 here; LOG(x, b) names its base.
  out = rewriteCalls(out, /(?<![A-Za-z\\])LOG\s*\(/g, (_found, inner) => {
    const args = topLevelArguments(inner);
    if (args.length === 1) return `\\log_{10}(${inner})`;
    return args.length === 2 ? `\\log_{${(args[1] as string).trim()}}(${args[0] as string})` : null;
  });
  out = out.replace(/(?<![A-Za-z\\])LOG10\s*\(/g, '\\log_{10}(');
  if (!hasRange) return out;
  out = rewriteCalls(out, /(?<![A-Za-z\\])SUMPRODUCT\s*\(/g, (_found, inner) => `\\sum_{${INDEX}} ${topLevelArguments(inner).map((arg) => `(${arg.trim()})`).join(' ')}`);
  out = rewriteCalls(out, /(?<![A-Za-z\\])SUM\s*\(/g, (_found, inner) => `\\sum_{${INDEX}} (${inner})`);
  return rewriteCalls(out, /(?<![A-Za-z\\])AVERAGE\s*\(/g, (_found, inner) => `\\frac{1}{n} \\sum_{${INDEX}} (${inner})`);
}

// Before digits glued to a letter are read as its index (glued-digit-indices, 25.2) and capitals as words.
defineTextRule({ name: 'spreadsheet-formulas', order: 22.4, apply: spreadsheetFormulas });
