// xent-lens: the command line. Thin: each subcommand lives in src/cli/<name>.ts
// and exports `run(args, io)` returning the exit status.
import type { CliIO } from './cli/io';
import { processIO } from './cli/io';

const USAGE = `xent-lens — cross-entropy, checked

  xent-lens calc --t 1,0,0 --y 0.33,0.32,0.35 [--base e|2|10] [--logits] [--json]
  xent-lens calc --json -          JSON Lines requests on stdin, one result a line
  xent-lens classify               JSON Lines of TeX strings on stdin, one recognition a line
  xent-lens check FILE… [--json]   formulas and worked examples in HTML / Markdown drafts
`;

type Subcommand = (args: string[], io: CliIO) => Promise<number>;

const subcommands: Record<string, () => Promise<{ run: Subcommand }>> = {
  calc: () => import('./cli/calc'),
  classify: () => import('./cli/classify'),
  check: () => import('./cli/check'),
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const load = subcommands[name];
  if (!load) {
    io.err(`xent-lens: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  const { run } = await load();
  return run(rest, io);
}

main(process.argv.slice(2), processIO).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`xent-lens: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
