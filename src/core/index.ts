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
export type { BatchOptions } from './batch';
export { crossEntropyBatch, crossEntropyBatchFlat } from './batch';
export { crossEntropyFromLogitsBatchFlat } from './logits-flat';
export type { BatchResult, Reduction, MeanDivisor } from './reduce';
export type { BinaryLabels, BinaryOptions } from './binary';
export { binaryCrossEntropy, softplus } from './binary';
export type { LogitsOptions, LogitsResult } from './logits';
export { crossEntropyFromLogits, crossEntropyFromLogitsBatch, logSoftmaxInto } from './logits';
export type { InformationOptions, KlOptions, EntropyBreakdown, KlBreakdown, JsBreakdown } from './information';
export {
  entropy,
  entropyBreakdown,
  klDivergence,
  klBreakdown,
  jsDivergence,
  jsDistance,
  jsBreakdown,
  likelihood,
  logLikelihood,
  perplexity,
} from './information';
export type { InformationReduction, RowsResult } from './information-rows';
export { entropyRows, klRows, jsRows, bernoulliRows } from './information-rows';
export type { ReferenceAnswer, ReferenceNumber } from './reference';
export { runReferenceRequest } from './reference';
