// Diagnostics: what went wrong with the input (errors) or what the reader should know
// about it (warnings). Errors are values returned from the public API, never thrown.

export const ERROR_CODES = [
  'shape_mismatch',
  'empty_input',
  'invalid_probability',
  'invalid_target',
  'non_finite_input',
  'invalid_base',
  'invalid_label_smoothing',
  'invalid_weight',
  'zero_weight_sum',
  'no_valid_samples',
  'invalid_option',
  'zero_sum',
  'invalid_number',
  'invalid_request',
] as const;

export const WARNING_CODES = [
  'y_not_normalised',
  't_not_distribution',
  'infinite_loss',
  'likelihood_underflow',
  'y_above_one',
  'y_renormalised',
  't_renormalised',
  'y_clipped',
  'log_floored',
  'samples_ignored',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type DiagnosticCode = ErrorCode | WarningCode;

export type DiagnosticInput = 't' | 'y' | 'z' | 'p' | 'q' | 'weights' | 'params';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  input?: DiagnosticInput;
  /** Column (class) for a row, or position in a flat list. */
  index?: number;
  /** Row (sample) in a batch. */
  row?: number;
  values?: Record<string, number | string>;
}

export type Computation<T> =
  | { ok: true; value: T; warnings: Diagnostic[] }
  | { ok: false; error: Diagnostic; warnings: Diagnostic[] };

type Where = Omit<Diagnostic, 'code' | 'severity'>;

export function errorOf(code: ErrorCode, where: Where = {}): Diagnostic {
  return { code, severity: 'error', ...where };
}

export function warningOf(code: WarningCode, where: Where = {}): Diagnostic {
  return { code, severity: 'warning', ...where };
}

export function failure<T>(error: Diagnostic, warnings: Diagnostic[] = []): Computation<T> {
  return { ok: false, error, warnings };
}

export function success<T>(value: T, warnings: Diagnostic[] = []): Computation<T> {
  return { ok: true, value, warnings };
}

export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}
