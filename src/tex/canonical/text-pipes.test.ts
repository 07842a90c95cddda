import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { dataFrameVerbs, pipes } from './text-pipes';

describe('text rules: pipes', () => {
  it('pipes: the value on the left is the first argument of each call on the right', () => {
    expect(pipes('loss = q |> Nx.log() |> Nx.negate()')).toBe('loss = Nx.negate(Nx.log(q))');
    expect(pipes('s = a |> Nx.sum(axes: [-1])')).toBe('s = Nx.sum(a, axes: [-1])');
    expect(pipes('v <- x %>% log %>% mean()')).toBe('v <- mean(log(x))');
    // A chain set out over lines, each opening on the pipe.
    expect(pipes('r =\n  w\n  |> f()\n  |> g')).toBe('r =\n  g(f(w))');
    // Inside a call's argument, the chain ends at the comma.
    expect(pipes('h(a |> f(), b)')).toBe('h(f(a), b)');
  });

  it('pipes: a step that is neither a call nor a name leaves the text; a bar that is no pipe stays', () => {
    expect(pipes('x |> (\\(v) -v)()')).toBe('x |> (\\(v) -v)()');
    expect(pipes('p(y | x)')).toBe('p(y | x)');
  });

  it('a loss written as a pipeline (Elixir Nx, R) is read as its nested calls', () => {
    expect(recogniseFormula('y_true |> xlogy(y_pred) |> Nx.negate() |> Nx.sum(axes: [-1])')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('loss <- -(y * log(p) + (1 - y) * log(1 - p)) %>% mean()')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('l = Nx.multiply(onehot, probs) |> Nx.sum(axes: [-1]) |> Nx.log() |> Nx.negate()')?.roles).toMatchObject({ target: 'onehot', prediction: 'probs' });
  });

  it("data-frame-verbs: dplyr's summarise(df, logloss = …) is the column it computes", () => {
    expect(dataFrameVerbs('summarise(df, ll = -mean(y * log(p)))')).toBe('ll = -mean(y * log(p))');
    expect(dataFrameVerbs('summarise(df, n = n(), ll = mean(x))')).toBe('summarise(df, n = n(), ll = mean(x))');
    expect(recogniseFormula('df %>% summarise(logloss = -mean(y * log(p) + (1 - y) * log(1 - p)))')?.kind).toBe('ce_binary_batch');
  });
});
