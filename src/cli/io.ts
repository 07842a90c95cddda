// The CLI's view of the outside world, so subcommands can be tested without a process.
import { readFileSync } from 'node:fs';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard input as lines, read lazily (JSON Lines streams). */
  lines(): AsyncIterable<string>;
  readFile(path: string): Promise<string>;
  /** Files, folders and globs to the files they name (check); the real file system by default. */
  expandPaths?(args: string[]): Promise<{ files: string[]; missing: string[] }>;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  async *lines() {
    const { createInterface } = await import('node:readline');
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) yield line;
  },
  // Drafts are small: one synchronous read each is faster than a thread-pool round trip per file.
  readFile: async (path) => readFileSync(path, 'utf8'),
};

/** An in-memory CliIO for tests. */
export function memoryIO(stdin: string[] = [], files: Record<string, string> = {}) {
  const output = { out: '', err: '' };
  const io: CliIO = {
    out: (text) => void (output.out += text),
    err: (text) => void (output.err += text),
    async *lines() {
      yield* stdin;
    },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    // In memory every argument is a file name: the ones not present are still handed on, to be unreadable.
    expandPaths: async (args) => ({ files: args, missing: [] }),
  };
  return { io, output };
}
