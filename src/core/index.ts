// The numeric core: the one place that computes numbers. Pure TypeScript; see README.md.
export type { LogBase } from './types';
export type { Diagnostic, DiagnosticCode, DiagnosticInput, Computation, ErrorCode, WarningCode } from './diagnostics';
export { ERROR_CODES, WARNING_CODES } from './diagnostics';
export { describeDiagnostic } from './messages';
export { logIn, natsTo, readLogBase, isLogBase, unitOf, LN_OF_BASE, LOG_BASES } from './logs';
export type { CrossEntropyOptions, MulticlassResult } from './multiclass';
export { crossEntropy } from './multiclass';
export type { ParsedNumbers, ParseError } from './parse';
export { parseNumbers, parseTargets } from './parse';
