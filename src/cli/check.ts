// Placeholder until the check subcommand lands.
import type { CliIO } from './io';

export async function run(_args: string[], io: CliIO): Promise<number> {
  io.err('xent-lens check: not available in this build\n');
  return 2;
}
