// Text rule for a loss computed in SQL, as analytics notes and warehouse tutorials write it:
//   SELECT -AVG(y * LN(p) + (1 - y) * LN(1 - p)) AS logloss FROM predictions
// The query's one selected expression is the formula: SELECT, an alias after AS and the clauses after it
// (FROM, WHERE, GROUP BY) go, and SQL's aggregates and functions are the sum, the mean and the natural log.
import { defineTextRule } from './registry';

const CLAUSES = /\s+(?:AS\s+[\w"`[\]]+|FROM|WHERE|GROUP\s+BY|ORDER\s+BY|LIMIT)\b[\s\S]*$/i;

export function sqlQueries(tex: string): string {
  const select = /^\s*SELECT\s+([\s\S]+?)\s*;?\s*$/i.exec(tex);
  if (!select || /\\[A-Za-z]/.test(tex)) return tex;
  const expression = (select[1] as string).replace(CLAUSES, '');
  // One expression selected: a comma at the top level would list several columns.
  if (/,(?![^()]*\))/.test(expression)) return tex;
  return expression
    .replace(/(?<![\w.])SUM\s*\(/gi, 'sum(')
    .replace(/(?<![\w.])AVG\s*\(/gi, 'mean(')
    .replace(/(?<![\w.])LN\s*\(/gi, 'ln(')
    .replace(/(?<![\w.])EXP\s*\(/gi, 'exp(');
}

// Early, before the rules that read names (log-loss-names would set the alias upright) and calls.
defineTextRule({ name: 'sql-queries', order: 8.96, apply: sqlQueries });
