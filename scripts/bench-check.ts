// npm run bench:check — writes 1,000 Markdown drafts (front matter, prose, display
// and inline math, a ```math fence, code blocks, worked examples right and wrong)
// into a temporary folder and times `xent-lens check` over it, as an author's
// pre-commit hook would run it. Prints figures; asserts nothing (budget: under 5 s).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES = 1000;
const RUNS = 3;

function draft(n: number): string {
  const p = ((n % 9) + 1) / 10;
  const stated = (-Math.log(p)).toFixed(3);
  const wrong = n % 50 === 0;
  return [
    '---',
    `title: Note ${n}`,
    ...(n % 7 === 0 ? ['xent-lens:', '  base: 2'] : []),
    '---',
    '',
    `# Cross-entropy, part ${n}`,
    '',
    'The loss of one sample with one-hot target $t$ and prediction $y$ is',
    '',
    '$$',
    'E = -\\sum_{k=1}^{K} t_k \\log y_k',
    '$$',
    '',
    `and for the true class at probability ${p} it is $E = -\\log ${p} = ${wrong ? '9.999' : n % 7 === 0 ? (-Math.log2(p)).toFixed(3) : stated}$.`,
    '',
    '```math',
    'L = -\\frac{1}{N} \\sum_{i=1}^{N} \\sum_{k} t_{ik} \\log y_{ik}',
    '```',
    '',
    '```python',
    'loss = -np.sum(t * np.log(y))  # $not math$',
    '```',
    '',
    'Softmax: $y_k = e^{z_k} / \\sum_j e^{z_j}$, and a price of $5 is not math.',
    '',
  ].join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'xent-bench-check-'));
try {
  for (let i = 0; i < FILES; i++) {
    const sub = join(dir, `part-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub);
    writeFileSync(join(sub, `note-${i}.md`), draft(i));
  }
  writeFileSync(join(dir, '.gitignore'), 'drafts-old/\n');
  const times: number[] = [];
  const cpu: number[] = [];
  let summary = '';
  let status: number | null = null;
  for (let run = 0; run < RUNS; run++) {
    // bash's `time` reports the child's CPU time (user + system) beside the wall time:
    // on a shared machine the wall time also counts waiting for a core.
    const command = `TIMEFORMAT='%U %S'; time '${process.execPath}' '${join(process.cwd(), 'dist/cli.js')}' check '${dir}' --format github`;
    const start = performance.now();
    const result = spawnSync('bash', ['-c', command], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    times.push(performance.now() - start);
    const [user, system] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
    cpu.push(((user ?? NaN) + (system ?? NaN)) * 1000);
    status = result.status;
    summary = result.stdout.trim().split('\n').at(-1) ?? '';
    if (result.status === 2) throw new Error(result.stderr);
  }
  cpu.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)] as number;
  console.log(`check over ${FILES} Markdown files (node dist/cli.js check <dir> --format github, ${RUNS} runs)`);
  console.log(`  ${summary}`);
  console.log(`  exit status ${status}`);
  console.log(`  wall time   median ${(median / 1000).toFixed(2)} s, min ${(times[0]! / 1000).toFixed(2)} s, max ${(times.at(-1)! / 1000).toFixed(2)} s   (budget: under 5 s)`);
  console.log(`  CPU time    median ${(cpu[Math.floor(RUNS / 2)]! / 1000).toFixed(2)} s (user + system of the check process)`);
  console.log(`  per file    ${(median / FILES).toFixed(2)} ms wall`);
  console.log(`  load        ${loadavg().map((l) => l.toFixed(1)).join(' ')} (1, 5, 15 min) on ${cpus().length} cores`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
