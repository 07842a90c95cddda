// xent-lens calc: E from t and y on the command line, or a stream of JSON Lines requests
// shaped like reference/vectors.json cases. The arithmetic is all in core/.
import {
  crossEntropy,
  crossEntropyFromLogits,
  describeDiagnostic,
  parseNumbers,
  parseTargets,
  readLogBase,
  runReferenceRequest,
  unitOf,
  type Diagnostic,
  type LogBase,
  type ParseError,
} from '../core/index';
import type { CliIO } from './io';

const USAGE = `usage: xent-lens calc --t 1,0,0 --y 0.33,0.32,0.35 [--base e|2|10] [--logits] [--json] [--lang en|ja]
       xent-lens calc --json -      JSON Lines requests on stdin ({"op", "inputs", "params"}), one result a line
         ops: ce, ce_batch, ce_logits, ce_logits_batch, bce, bce_batch, likelihood, log_likelihood,
              entropy (p or P), kl (p, q or P, Q), js and js_distance (p, q or P, Q);
              params: base, normalize, reduction (none|mean|sum; kl also batchmean, elementwise_mean), …
`;

interface CalcArgs {
  t?: string;
  y?: string;
  base: string;
  logits: boolean;
  json: boolean;
  stream: boolean;
  lang: 'en' | 'ja';
  help: boolean;
}

function parseArgs(args: string[]): CalcArgs | string {
  const parsed: CalcArgs = { base: 'e', logits: false, json: false, stream: false, lang: 'en', help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | undefined => inline ?? args[++i];
    switch (name) {
      case '--t':
      case '--y':
      case '--z':
      case '--base':
      case '--lang': {
        const value = takeValue();
        if (value === undefined) return `${name} needs a value`;
        if (name === '--t') parsed.t = value;
        else if (name === '--y') parsed.y = value;
        else if (name === '--z') {
          parsed.y = value;
          parsed.logits = true;
        } else if (name === '--base') parsed.base = value;
        else if (value === 'en' || value === 'ja') parsed.lang = value;
        else return `--lang must be en or ja`;
        break;
      }
      case '--logits':
        parsed.logits = true;
        break;
      case '--json':
        parsed.json = true;
        break;
      case '-':
        parsed.stream = true;
        break;
      case '--help':
      case '-h':
        parsed.help = true;
        break;
      default:
        return `unknown argument "${arg}"`;
    }
  }
  return parsed;
}

/** Infinity is not JSON: it travels as the strings the reference vectors use. */
function jsonNumber(x: number): number | string {
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return x === 0 ? 0 : x;
}

function readable(x: number): string {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (x !== 0 && (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e7)) return x.toExponential(6).replace('-', '−');
  return String(Number(x.toPrecision(7))).replace('-', '−');
}

function pointAt(text: string, error: ParseError): string {
  return `  ${text}\n  ${' '.repeat(error.start)}${'^'.repeat(Math.max(1, error.end - error.start))}`;
}

async function runStream(io: CliIO): Promise<number> {
  for await (const line of io.lines()) {
    if (line.trim() === '') continue;
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch {
      io.out(`${JSON.stringify({ error: 'invalid_request' })}\n`);
      continue;
    }
    io.out(`${JSON.stringify(runReferenceRequest(request))}\n`);
  }
  return 0;
}

function fail(io: CliIO, args: CalcArgs, d: Diagnostic, detail?: string): number {
  const message = describeDiagnostic(d, args.lang);
  if (args.json) io.out(`${JSON.stringify({ error: d.code, message })}\n`);
  else io.err(`xent-lens calc: ${message}${detail ? `\n${detail}` : ''}\n`);
  return 1;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`xent-lens calc: ${args}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.stream) return runStream(io);
  if (args.t === undefined || args.y === undefined) {
    io.err(`xent-lens calc: both --t and --y are needed\n${USAGE}`);
    return 2;
  }
  const base = readLogBase(args.base);
  if (base === undefined) return fail(io, args, { code: 'invalid_base', severity: 'error', input: 'params', values: { value: args.base } });

  const y = parseNumbers(args.y);
  if (!y.ok) return fail(io, args, { ...y.error, input: args.logits ? 'z' : 'y' }, pointAt(args.y, y.error));
  const t = parseTargets(args.t, y.values.length);
  if (!t.ok) return fail(io, args, { ...t.error, input: 't' }, pointAt(args.t, t.error));
  return args.logits ? printLogits(io, args, base, t.values, y.values) : printProbabilities(io, args, base, t.values, y.values);
}

function warningsOut(warnings: Diagnostic[], lang: 'en' | 'ja') {
  return warnings.map((w) => ({ code: w.code, message: describeDiagnostic(w, lang) }));
}

function printProbabilities(io: CliIO, args: CalcArgs, base: LogBase, t: number[], y: number[]): number {
  const result = crossEntropy(t, y, { base });
  if (!result.ok) return fail(io, args, result.error);
  const r = result.value;
  const log = base === 'e' ? 'ln' : `log${base === '2' ? '₂' : '₁₀'}`;
  return printComputation(io, args, base, result.warnings, {
    json: {
      E: jsonNumber(r.E),
      L: jsonNumber(r.L),
      logL: jsonNumber(r.logL),
      likelihoodUnderflow: r.likelihoodUnderflow,
      terms: r.terms.map(jsonNumber),
      entropy: jsonNumber(r.entropy),
      kl: jsonNumber(r.kl),
      perplexity: jsonNumber(r.perplexity),
      gradLogits: r.gradLogits.map(jsonNumber),
      gradY: r.gradY.map(jsonNumber),
    },
    lines: [
      `E = ${readable(r.E)} ${unitOf(base)}    (E = −Σ t_k ${log} y_k)`,
      `L = ${readable(r.L)}${r.likelihoodUnderflow ? ' (underflow)' : ''}    log L = ${readable(r.logL)}`,
      'terms:',
      ...r.terms.map((term, k) => `  k=${k}: −${readable(t[k]!)}·${log} ${readable(y[k]!)} = ${readable(term)}`),
      `H(t) = ${readable(r.entropy)}    KL(t‖y) = ${readable(r.kl)}    perplexity = ${readable(r.perplexity)}`,
    ],
  });
}

function printLogits(io: CliIO, args: CalcArgs, base: LogBase, t: number[], z: number[]): number {
  const result = crossEntropyFromLogits(z, t, { base });
  if (!result.ok) return fail(io, args, result.error);
  const r = result.value;
  return printComputation(io, args, base, result.warnings, {
    json: {
      E: jsonNumber(r.E),
      terms: r.terms.map(jsonNumber),
      softmax: r.softmax.map(jsonNumber),
      logSoftmax: r.logSoftmax.map(jsonNumber),
      gradLogits: r.gradLogits.map(jsonNumber),
    },
    lines: [
      `E = ${readable(r.E)} ${unitOf(base)}    (from logits: E = −Σ t_k log softmax(z)_k)`,
      `softmax(z) = [${r.softmax.map(readable).join(', ')}]`,
      'terms:',
      ...r.terms.map((term, k) => `  k=${k}: ${readable(term)}`),
      `∂E/∂z = [${r.gradLogits.map(readable).join(', ')}]`,
    ],
  });
}

/** One computation as JSON (E first, then base and unit) or as text lines followed by its notes. */
function printComputation(
  io: CliIO,
  args: CalcArgs,
  base: LogBase,
  warnings: Diagnostic[],
  out: { json: { E: unknown } & Record<string, unknown>; lines: string[] },
): number {
  if (args.json) {
    const { E, ...rest } = out.json;
    io.out(`${JSON.stringify({ E, base, unit: unitOf(base), ...rest, warnings: warningsOut(warnings, args.lang) })}\n`);
  } else {
    const notes = warnings.map((w) => `note: ${describeDiagnostic(w, args.lang)}`);
    io.out(`${[...out.lines, ...notes].join('\n')}\n`);
  }
  return 0;
}
