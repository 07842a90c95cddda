import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { sqlQueries } from './text-sql';

describe('text rules: SQL queries', () => {
  it('sql-queries: the one selected expression, its aggregates and functions in lower case', () => {
    expect(sqlQueries('SELECT -AVG(u * LN(v) + (1 - u) * LN(1 - v)) AS logloss FROM t WHERE k = 1;')).toBe('-mean(u * ln(v) + (1 - u) * ln(1 - v))');
    expect(recogniseFormula('SELECT -AVG(y * LN(p) + (1 - y) * LN(1 - p)) AS logloss FROM preds')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('select -sum(y * ln(p)) from t')?.kind).toBe('ce_multiclass');
  });

  it('sql-queries: several columns, or text that is no query, stay', () => {
    expect(sqlQueries('SELECT a, -LN(p) FROM t')).toBe('SELECT a, -LN(p) FROM t');
    expect(sqlQueries('-\\log p')).toBe('-\\log p');
  });
});
