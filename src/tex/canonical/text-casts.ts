// Text rules for a number type's conversion round a value in code: Python's float(…), C's (float) x, MATLAB's
// single(…) and double(…), NumPy's float32(…) (its module already dropped), TensorFlow's
// cast(x, float32), and the methods .astype(…), .float(), .double() (and .flatten(), which lays them out in one row). A conversion changes how
// the value is stored, never what it is, so the value stands alone. So an array of ones,
// ones(N), np.ones_like(y), is the number 1 broadcast: (np.ones(N) − y) is 1 − y; and the
// type's epsilon asked for by a call (K.epsilon(), eps(), np.finfo(float).eps) is ε, and a number
// wrapped as a tensor (torch.tensor(1.0), Tensor(1), tf.constant(1.0)) is the number.
import { defineTextRule } from './registry';
import { rewriteCalls, topLevelArguments } from './text-scan';

/** Names of number types called as functions (C++'s float_t(1), a template's Scalar(1) too), and the calls that make a value an array (np.asarray(y), MATLAB's gather(x) from the GPU). */
const CAST_CALL = /(?<![\\A-Za-z0-9_.])(?:float|double|single|real|float16|float32|float64|Float32|Float64|float_t|double_t|real_t|scalar_t|Scalar|cast|array|asarray|asanyarray|as_tensor|convert_to_tensor|gather)\s*\(/g;

export function numericCasts(tex: string): string {
  // T(1), U(0.5): a number cast to a template's type parameter (C++ names them T and U) is the number.
  const templated = tex.replace(/(?<![\\A-Za-z0-9_.])[TU]\(\s*(\d+(?:\.\d*)?)\s*\)/g, '$1');
  return rewriteCalls(templated, CAST_CALL, (found, inner) => {
    const args = topLevelArguments(inner);
    const isCast = found[0].startsWith('cast');
    // cast(x, float32) takes the type second; the others take the value alone (asarray may name a type after it).
    const options = args.slice(1).every((arg) => /^\s*\w+\s*=/.test(arg));
    if ((isCast ? args.length !== 2 : !options) || !/\S/.test(args[0] as string)) return null;
    return `(${(args[0] as string).trim()})`;
  });
}

/** C's, Java's and C#'s cast, (float)(x), (double) x, an index's (int)labels[i], and C++'s to a template's type, (value_t)1, (Scalar) x, or by name, static_cast<float>(x): the type in brackets before a value. */
export function bracketCasts(tex: string): string {
  return tex
    // C++'s static_cast<float>(x) (and the other named casts): the value.
    .replace(/(?<![\w:])(?:std::)?(?:static|reinterpret|const)_cast\s*<[^<>]*>\s*(?=\()/g, '').replace(/(?<![A-Za-z0-9_)\]])\(\s*(?:float|double|single|real|long double|float32|float64|Float32|Float64|[A-Za-z]\w*_t|Scalar|Real|int|long|short|unsigned(?: int| long)?)\s*\)\s*(?=[(A-Za-z0-9_\\])/g, '');
}

/**
 * y.astype(np.float64), t.float(), t.long(), and the methods that only lay the same values out in one row
 * (y.flatten(), y.ravel(), y.squeeze(), y.reshape(-1), y.view(-1)), or as a plain list (y.tolist()): the values the formula reads are the
 * same, so the method goes. Read before a module's name is dropped, which would take `y.` for one.
 */
export function castMethods(tex: string): string {
  return tex.replace(/(?<=[A-Za-z0-9_)\]])\.(?:astype\s*\((?:[^()]|\([^()]*\))*\)|(?:float|double|long|int|flatten|ravel|squeeze|tolist)\s*\(\s*\)|(?:reshape|view)\s*\(\s*-1\s*\))/g, '');
}

/**
 * Rust's conversions: `n as f64` (the value, as a float), and a number made the value type, `T::from_f64(1e-7).unwrap()`,
 * `FromPrimitive::from_f64(…)`, `f64::from(1)`: the number.
 */
export function rustConversions(tex: string): string {
  const converted = tex
    .replace(/(?<=[\w)\]])\s+as\s+(?:f32|f64|i32|i64|u32|u64|usize|isize)(?!\w)/g, '')
    .replace(/(?<![\w:])(?:[A-Za-z_]\w*::)*from(?:_(?:f32|f64|i32|i64|u32|u64|usize))?\(\s*([-+]?\d[\d.]*(?:e[-+]?\d+)?)\s*\)(?:\s*\.\s*unwrap\(\s*\))?/g, '$1');
  // A::from(p.nrows()).unwrap(): any value made the type, the value.
  return rewriteCalls(converted, /(?<![\w:])(?:[A-Za-z_]\w*::)+from(?:_(?:f32|f64|i32|i64|u32|u64|usize))?\(/g, (_found, inner) => (/\S/.test(inner) ? `(${inner})` : null))
    .replace(/(?<=\))\s*\.\s*unwrap\(\s*\)/g, '');
}

/**
 * R's conversions, as.vector(x), as.numeric(x), as.matrix(x): the value (read before `as.` would be taken for a
 * module's name). A name R keeps private by a leading dot, .softplus(x), is the function's name.
 */
export function rConversions(tex: string): string {
  return tex
    .replace(/(?<![\w.])as\.(?:vector|numeric|double|matrix|array|integer)\s*(?=\()/g, '')
    .replace(/(?<=(?:^|[(\[{,;=+\-*/<>])\s*)\.(?=[A-Za-z_]\w*\s*\()/gm, '');
}

/** tensor(1.0), Tensor(1), constant(1.0, dtype=…), array(1) once the module is dropped: a number in a library's wrapper. */
export function numberTensors(tex: string): string {
  return rewriteCalls(tex, /(?<![\\A-Za-z0-9_.])(?:tensor|Tensor|constant|array|scalar_tensor)\s*\(/g, (_found, inner) => {
    const [value, ...options] = topLevelArguments(inner).map((arg) => arg.trim());
    // Only keyword options may follow the number (dtype=…, device=…).
    return value !== undefined && /^-?\d+(?:\.\d*)?$/.test(value) && options.every((option) => /^\w+\s*=/.test(option)) ? value : null;
  });
}

/** ones(N), ones_like(y), ones((n, k)), torch.ones(n) once the module is dropped: 1 in every entry. */
export function arraysOfOnes(tex: string): string {
  const called = rewriteCalls(tex, /(?<![\\A-Za-z0-9_.])(?:ones|ones_like)\s*\(/g, (_found, inner) => (/\S/.test(inner) ? '1' : null));
  // A vector of ones kept under its name, (&ones - y) in Rust: the one a complement takes from.
  return called.replace(/(?<![\\A-Za-z0-9_.])&?ones(?=\s*-)/g, '1');
}

/**
 * K.epsilon(), eps(), eps('single'), np.finfo(float).eps, torch.finfo(x.dtype).eps: the number type's smallest
 * step, asked for by a call; it is the ε a clipped log adds, and reads as one. So is C's FLT_EPSILON, and an ε kept
 * as an object's or a class's field (Loss.eps, cfg.EPS).
 */
export function typeEpsilons(tex: string): string {
  return tex
    .replace(/(?<![\\A-Za-z0-9_])(?:[A-Za-z_]\w*\.)*finfo\s*\((?:[^()]|\([^()]*\))*\)\s*\.\s*eps(?![A-Za-z0-9_])/g, 'epsilon')
    .replace(/(?<![\\A-Za-z0-9_])(?:[A-Za-z_]\w*\.)*(?:epsilon|eps)\s*\(\s*(?:'[a-z]+'|"[a-z]+")?\s*\)/g, 'epsilon')
    .replace(/(?<![\\A-Za-z0-9_.])(?:(?:[A-Za-z_]\w*\.)+(?:eps|epsilon|EPS|EPSILON)|(?:FLT|DBL|LDBL)_EPSILON)(?![\w(])/g, 'epsilon');
}

// Before greek-words-in-plain-text (24.1) makes the word ε.
defineTextRule({ name: 'type-epsilons', order: 24.095, apply: typeEpsilons });
defineTextRule({ name: 'arrays-of-ones', order: 25.12, apply: arraysOfOnes });
defineTextRule({ name: 'number-tensors', order: 25.13, apply: numberTensors });
defineTextRule({ name: 'bracket-casts', order: 24.076, apply: bracketCasts });
defineTextRule({ name: 'cast-methods', order: 24.075, apply: castMethods });
// Before scientific-numbers (24.2) writes 1e-7 as 10^{-7}.
defineTextRule({ name: 'rust-conversions', order: 24.08, apply: rustConversions });
// Before qualified-call-names (25) drops `as.` as a module's name.
defineTextRule({ name: 'r-conversions', order: 24.081, apply: rConversions });
// After the module's name is dropped (np.float32(…) is float32(…) by then).
defineTextRule({ name: 'numeric-casts', order: 25.1, apply: numericCasts });
