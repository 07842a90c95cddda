// Python that reproduces a result: the reader can paste it into a notebook and get the
// same number from PyTorch or NumPy. Numbers are written with the shortest text that
// reads back as the same float64 (JavaScript's and Python's repr agree on it).
import type { LogBase } from '../core/types';
import type { FormulaKind } from '../tex/types';
import { isFamilyKind } from './calculator/compute';
import { plainNumber } from './i18n';

export interface SnippetInput {
  kind: FormulaKind;
  base: LogBase;
  t: number[][];
  y: number[][];
  reduction: 'mean' | 'sum';
  /** The value the extension computed, quoted in a comment for comparison. */
  value: number | null;
  /** Entropy, KL and JS: the inputs are divided by their sums first (counts → probabilities). */
  normalize?: boolean;
  /** Binary kinds: `y` holds logits x, not probabilities. */
  fromLogits?: boolean;
  /** With `fromLogits`: `t` holds labels −1 and +1 (the margin form log(1 + e^{−y x})). */
  plusMinusOne?: boolean;
}

/** A note when a label is neither −1 nor +1: the libraries read it as y in log(1 + e^{−y x}), the calculator as t = (1 + y)/2. */
function labelsBetween(labels: readonly number[]): string[] {
  return labels.every((v) => v === 1 || v === -1)
    ? []
    : ['# A label between -1 and 1 is read here as y in log(1 + exp(-y x)); the calculator reads it as t = (1 + y) / 2.'];
}

function list(values: readonly number[]): string {
  return `[${values.map((v) => (Number.isFinite(v) ? plainNumber(v) : `float('${plainNumber(v)}')`)).join(', ')}]`;
}

function matrix(rows: readonly number[][]): string {
  return `[${rows.map(list).join(', ')}]`;
}

function expected(value: number | null): string {
  return value === null ? '' : `  # ${plainNumber(value)}`;
}

const UNIT = { e: 'nats', '2': 'bits', '10': 'hartleys' } as const;

/** Division that turns nats into the base's unit ('' for nats). */
function torchToBase(base: LogBase): string {
  return base === 'e' ? '' : ` / math.log(${base})`;
}

export function torchSnippet(s: SnippetInput): string {
  const header = ['import math', 'import torch', 'import torch.nn.functional as F', ''];
  const t0 = s.t[0] ?? [];
  const y0 = s.y[0] ?? [];
  const scale = torchToBase(s.base);
  const lines: string[] = [];
  switch (s.kind) {
    case 'ce_multiclass':
    case 'ce_expectation':
      lines.push(`t = torch.tensor(${list(t0)}, dtype=torch.float64)`, `y = torch.tensor(${list(y0)}, dtype=torch.float64)`);
      lines.push(`E = -torch.special.xlogy(t, y).sum()${scale}  # ${UNIT[s.base]}; xlogy makes 0·log 0 = 0`);
      lines.push(`print(E.item())${expected(s.value)}`);
      break;
    case 'log_likelihood':
      lines.push(`t = torch.tensor(${list(t0)}, dtype=torch.float64)`, `y = torch.tensor(${list(y0)}, dtype=torch.float64)`);
      lines.push(`log_L = torch.special.xlogy(t, y).sum()${scale}`, `print(log_L.item())${expected(s.value)}`);
      break;
    case 'likelihood_product':
      lines.push(`t = torch.tensor(${list(t0)}, dtype=torch.float64)`, `y = torch.tensor(${list(y0)}, dtype=torch.float64)`);
      lines.push('L = torch.prod(y ** t)', `print(L.item())${expected(s.value)}`);
      break;
    case 'ce_multiclass_batch':
      lines.push(`T = torch.tensor(${matrix(s.t)}, dtype=torch.float64)`, `Y = torch.tensor(${matrix(s.y)}, dtype=torch.float64)`);
      lines.push(`per_sample = -torch.special.xlogy(T, Y).sum(dim=1)${scale}`);
      lines.push(`E = per_sample.${s.reduction}()`, `print(E.item())${expected(s.value)}`);
      break;
    case 'ce_binary':
    case 'ce_binary_batch':
      if (s.fromLogits && s.plusMinusOne) {
        lines.push(`y = torch.tensor(${list(t0)}, dtype=torch.float64)  # labels -1 and +1`, `x = torch.tensor(${list(y0)}, dtype=torch.float64)`);
        lines.push(...labelsBetween(t0));
        const sum = s.kind === 'ce_binary_batch' && s.reduction === 'sum' ? ", reduction='sum'" : '';
        lines.push(`E = F.soft_margin_loss(x, y${sum})${scale}  # log(1 + exp(-y x)), ${sum ? 'summed' : 'averaged'}`);
        lines.push(`print(E.item())${expected(s.value)}`);
        break;
      }
      if (s.fromLogits) {
        lines.push(`t = torch.tensor(${list(t0)}, dtype=torch.float64)`, `x = torch.tensor(${list(y0)}, dtype=torch.float64)`);
        lines.push(`E = F.binary_cross_entropy_with_logits(x, t, reduction='${s.kind === 'ce_binary' ? 'mean' : s.reduction}')${scale}`);
        lines.push(`print(E.item())${expected(s.value)}`);
        break;
      }
      lines.push(`t = torch.tensor(${list(t0)}, dtype=torch.float64)`, `y = torch.tensor(${list(y0)}, dtype=torch.float64)`);
      lines.push('# PyTorch clamps each log at -100, so y = 0 or 1 gives 100 rather than infinity.');
      lines.push(`E = F.binary_cross_entropy(y, t, reduction='${s.kind === 'ce_binary' ? 'mean' : s.reduction}')${scale}`);
      lines.push(`print(E.item())${expected(s.value)}`);
      break;
    case 'ce_from_logits':
      lines.push(`z = torch.tensor([${list(y0)}], dtype=torch.float64)`, `t = torch.tensor([${list(t0)}], dtype=torch.float64)`);
      lines.push(`E = F.cross_entropy(z, t)${scale}  # applies log_softmax to z`);
      lines.push(`print(E.item())${expected(s.value)}`);
      break;
    case 'entropy':
    case 'kl_divergence':
    case 'js_divergence':
      lines.push(...familyLines(s, 'torch.tensor', ', dtype=torch.float64'));
      if (s.kind === 'entropy') lines.push(`H = torch.special.entr(p).sum()${scale}  # entr(0) = 0`, `print(H.item())${expected(s.value)}`);
      if (s.kind === 'kl_divergence') {
        lines.push(`KL = F.kl_div(q.log(), p, reduction='sum')${scale}  # input is log q, target is p`, `print(KL.item())${expected(s.value)}`);
      }
      if (s.kind === 'js_divergence') {
        lines.push('m = (p + q) / 2', `JS = (F.kl_div(m.log(), p, reduction='sum') + F.kl_div(m.log(), q, reduction='sum')) / 2${scale}`);
        lines.push(`print(JS.item())${expected(s.value)}  # its square root is the JS distance`);
      }
      break;
  }
  return [...header, ...lines].join('\n') + '\n';
}

function numpyLog(base: LogBase): string {
  return base === 'e' ? 'np.log' : base === '2' ? 'np.log2' : 'np.log10';
}

export function numpySnippet(s: SnippetInput): string {
  const log = numpyLog(s.base);
  const t0 = s.t[0] ?? [];
  const y0 = s.y[0] ?? [];
  const lines = ['import numpy as np', ''];
  // np.log(y, where=t > 0) leaves 0 where t is 0: 0·log 0 = 0, as scipy.special.xlogy.
  const xlogy = (t: string, y: string) => `${t} * ${log}(${y}, out=np.zeros_like(${y}), where=${t} > 0)`;
  switch (s.kind) {
    case 'ce_multiclass':
    case 'ce_expectation':
      lines.push(`t = np.array(${list(t0)}, dtype=np.float64)`, `y = np.array(${list(y0)}, dtype=np.float64)`);
      lines.push(`E = -np.sum(${xlogy('t', 'y')})  # ${UNIT[s.base]}`, `print(E)${expected(s.value)}`);
      break;
    case 'log_likelihood':
      lines.push(`t = np.array(${list(t0)}, dtype=np.float64)`, `y = np.array(${list(y0)}, dtype=np.float64)`);
      lines.push(`log_L = np.sum(${xlogy('t', 'y')})`, `print(log_L)${expected(s.value)}`);
      break;
    case 'likelihood_product':
      lines.push(`t = np.array(${list(t0)}, dtype=np.float64)`, `y = np.array(${list(y0)}, dtype=np.float64)`);
      lines.push('L = np.prod(y ** t)', `print(L)${expected(s.value)}`);
      break;
    case 'ce_multiclass_batch':
      lines.push(`T = np.array(${matrix(s.t)}, dtype=np.float64)`, `Y = np.array(${matrix(s.y)}, dtype=np.float64)`);
      lines.push(`per_sample = -np.sum(${xlogy('T', 'Y')}, axis=1)`);
      lines.push(`E = per_sample.${s.reduction}()`, `print(E)${expected(s.value)}`);
      break;
    case 'ce_binary':
    case 'ce_binary_batch':
      if (s.fromLogits && s.plusMinusOne) {
        lines.push(`y = np.array(${list(t0)}, dtype=np.float64)  # labels -1 and +1`, `x = np.array(${list(y0)}, dtype=np.float64)`);
        lines.push(...labelsBetween(t0));
        lines.push(`per_sample = np.logaddexp(0, -y * x)${s.base === 'e' ? '' : ` / np.log(${s.base})`}  # log(1 + exp(-y x)), stable for large |x|`);
        lines.push(`E = per_sample.${s.kind === 'ce_binary' ? 'mean' : s.reduction}()`, `print(E)${expected(s.value)}`);
        break;
      }
      if (s.fromLogits) {
        lines.push(`t = np.array(${list(t0)}, dtype=np.float64)`, `x = np.array(${list(y0)}, dtype=np.float64)`);
        lines.push(`per_sample = (np.logaddexp(0, x) - t * x)${s.base === 'e' ? '' : ` / np.log(${s.base})`}  # softplus(x) - t x, stable for large |x|`);
        lines.push(`E = per_sample.${s.kind === 'ce_binary' ? 'mean' : s.reduction}()`, `print(E)${expected(s.value)}`);
        break;
      }
      lines.push(`t = np.array(${list(t0)}, dtype=np.float64)`, `y = np.array(${list(y0)}, dtype=np.float64)`);
      lines.push(`per_sample = -(${xlogy('t', 'y')} + ${xlogy('(1 - t)', '(1 - y)')})`);
      lines.push(`E = per_sample.${s.kind === 'ce_binary' ? 'mean' : s.reduction}()`, `print(E)${expected(s.value)}`);
      break;
    case 'ce_from_logits':
      lines.push(`z = np.array(${list(y0)}, dtype=np.float64)`, `t = np.array(${list(t0)}, dtype=np.float64)`);
      lines.push('m = z.max()', 'log_softmax = z - m - np.log(np.sum(np.exp(z - m)))  # stable for large |z|');
      lines.push(`E = -np.sum(t * log_softmax)${s.base === 'e' ? '' : ` / np.log(${s.base})`}`, `print(E)${expected(s.value)}`);
      break;
    case 'entropy':
    case 'kl_divergence':
    case 'js_divergence': {
      lines.push(...familyLines(s, 'np.array', ', dtype=np.float64'));
      // Σ a·log(a/b) with 0·log(0/b) = 0, as scipy.special.rel_entr.
      const relEntr = (a: string, b: string) => `np.sum(${a} * ${log}(${a} / ${b}, out=np.zeros_like(${a}), where=${a} > 0))`;
      if (s.kind === 'entropy') lines.push(`H = -np.sum(${xlogy('p', 'p')})`, `print(H)${expected(s.value)}`);
      if (s.kind === 'kl_divergence') lines.push(`KL = ${relEntr('p', 'q')}`, `print(KL)${expected(s.value)}`);
      if (s.kind === 'js_divergence') {
        lines.push('m = (p + q) / 2', `JS = (${relEntr('p', 'm')} + ${relEntr('q', 'm')}) / 2`);
        lines.push(`print(JS)${expected(s.value)}  # scipy.spatial.distance.jensenshannon gives its square root`);
      }
      break;
    }
  }
  return lines.join('\n') + '\n';
}

/** p (and q) as arrays, divided by their sums when normalising was asked. */
function familyLines(s: SnippetInput, make: string, dtype: string): string[] {
  const lines = [`p = ${make}(${list(s.t[0] ?? [])}${dtype})`];
  if (s.kind !== 'entropy') lines.push(`q = ${make}(${list(s.y[0] ?? [])}${dtype})`);
  if (s.normalize) lines.push(s.kind === 'entropy' ? 'p = p / p.sum()' : 'p, q = p / p.sum(), q / q.sum()  # counts → probabilities');
  return lines;
}

/** The result as one line of text: what "Copy result" puts on the clipboard. */
export function resultText(s: SnippetInput, label: string, formatted: string, unit: string): string {
  const inputs =
    s.kind === 'ce_multiclass_batch'
      ? `T = ${matrix(s.t)}, Y = ${matrix(s.y)}`
      : s.kind === 'entropy'
        ? `p = ${list(s.t[0] ?? [])}`
        : isFamilyKind(s.kind)
          ? `p = ${list(s.t[0] ?? [])}, q = ${list(s.y[0] ?? [])}`
          : `t = ${list(s.t[0] ?? [])}, y = ${list(s.y[0] ?? [])}`;
  return `${label} = ${formatted}${unit ? ` ${unit}` : ''} (${inputs}, base ${s.base})`;
}
