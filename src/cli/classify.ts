// xent-lens classify: JSON Lines of TeX on stdin (a JSON string, or {"tex": …}
// per line), one recognition per line on stdout. A bad line gets an error line
// and the stream goes on.
import { recogniseFormula } from '../tex';
import type { CliIO } from './io';

const USAGE = 'usage: xent-lens classify < formulas.jsonl   (each line a JSON string or {"tex": "…"})\n';

function texOf(line: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tex = (value as { tex?: unknown }).tex;
    return typeof tex === 'string' ? tex : null;
  }
  return null;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  if (args.length > 0) {
    io.err(`xent-lens classify: unexpected argument "${args[0]}"\n${USAGE}`);
    return 2;
  }
  for await (const line of io.lines()) {
    if (line.trim() === '') continue;
    const tex = texOf(line);
    if (tex === null) {
      io.out(`${JSON.stringify({ error: 'invalid_request' })}\n`);
      continue;
    }
    const recognition = recogniseFormula(tex);
    const answer = recognition
      ? { kind: recognition.kind, roles: recognition.roles, diagnostics: recognition.diagnostics }
      : { kind: null, roles: {}, diagnostics: [] };
    io.out(`${JSON.stringify(answer)}\n`);
  }
  return 0;
}
