// Text rule for a value code reads out of a record or an object: `smp.y`, `batch.target`, `train[s].y`, `P.Y3`, R's
// `d$y`. The field is the variable, and the record's name is part of its name (smp.y is not smp × y, nor a letter y
// glued to smp), so the whole accessor becomes one name, \operatorname{smp.y}, the same symbol wherever it occurs.
// Methods called on a value (p.log(), x.sum()) are read by the method chains; attributes that are no variable of the
// formula (y.T, x.shape, a module's constants np.e, math.pi, a type's eps) stay for the rules that read them.
import { defineTextRule } from './registry';

/** Attributes that are an operation or a constant rather than a variable a record holds (y.T, x.shape). */
const NOT_FIELDS = new Set(['T', 'H', 'mT', 'shape', 'size', 'ndim', 'length', 'len', 'dtype', 'device', 'real', 'imag', 'grad', 'newaxis']);
/** The same in any case: a module's or a type's constants (np.e, T.One, T.Epsilon, NPTypeCode.Double) and functions (Real.log x). */
const NOT_FIELDS_ANY_CASE = /^(?:e|pi|inf|nan|one|zero|eps|epsilon|tiny|max|min|max_value|min_value|float|double|long|bool|single|float16|float32|float64|int32|int64|log|ln|exp|sqrt|abs)$/i;

/** A name, its index if any, then one or more fields; not a call (a bracket after it), not inside a TeX command's group. */
const ACCESSOR = /(?<![\\\w.\]{$])([A-Za-z_]\w*(?:\[[^[\]\n]*\])?)((?:[.$][A-Za-z_]\w*)+)(?![\w(.{$]|\s+\()/g;

export function recordFields(tex: string): string {
  // (A C pointer's net->output->m reads as net.output.m by now: spaced-method-dots.)
  return tex.replace(ACCESSOR, (whole, record: string, fields: string, at: number) => {
    // A keyword argument's name (R's mean(x, na.rm = TRUE)) names no variable.
    const keyword = /[(,]\s*$/.test(tex.slice(0, at)) && /^\s*=(?!=)/.test(tex.slice(at + whole.length));
    if (keyword || fields.slice(1).split(/[.$]/).some((field) => NOT_FIELDS.has(field) || NOT_FIELDS_ANY_CASE.test(field))) return whole;
    // R's $ is TeX's math shift: escaped.
    return `\\operatorname{${`${record}${fields}`.replace(/_/g, '\\_').replace(/\$/g, '\\$')}}`;
  });
}

// After the object's own name (self.x) and value attributes (.values) have gone (value-attributes, 24.09) and pipes
// (24.05) have made calls; before numbered-names (24.49) and identifier-subscripts (24.5) read the names' parts.
defineTextRule({ name: 'record-fields', order: 24.1, apply: recordFields });
