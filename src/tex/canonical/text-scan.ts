// Shared by the text rules: where a bracket typed in TeX source closes.

/** The index of the bracket closing the `(`, `{` or `[` at `open` (escaped brackets skipped), or -1. */
export function closingBracket(tex: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < tex.length; i++) {
    const ch = tex[i] as string;
    if (ch === '\\') i += 1;
    else if (pairs[ch]) stack.push(pairs[ch] as string);
    else if (ch === ')' || ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}
