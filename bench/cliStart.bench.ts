/**
 * How fast `netreg` starts: today's bin (the bundle npm install builds in dist/netreg) beside the
 * previous one (tsx compiling the TypeScript sources on every run), for `netreg --help` and for
 * `netreg summary` on the shipped demo register. Targets: --help ≤ 200 ms, summary ≤ 500 ms.
 * Wall time is the median of RUNS runs; CPU is the child's user + system time (Linux /proc).
 * Run: `npm run bench -- cliStart`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 5;
const TARGET_MS = { help: 200, summary: 500 };
/** Issue #9's figure for `netreg --help` before the bundle (tsx, measured then on this machine). */
const BASELINE = { help: '2.6 s wall', summary: '—' };
const DEMO = ['summary', '--dir', 'demo/register', '--as-of', '2026-11-20'];

/** The bin as it was: tsx's loader registered, then the TypeScript entry imported. */
const TSX_BIN = join(ROOT, 'bench/out/netregThroughTsx.mjs');
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(
  TSX_BIN,
  `import { register } from 'tsx/esm/api';
register();
const { main } = await import('../../sheets-addon/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
`,
);

const starts = {
  'bundle (sheets-addon/cli/netreg.js)': (args: string[]) => [
    join(ROOT, 'sheets-addon/cli/netreg.js'),
    ...args,
  ],
  'tsx from sources (before)': (args: string[]) => [TSX_BIN, ...args],
};

/** CPU seconds this process's waited-for children have used (Linux: /proc/self/stat cutime + cstime). */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

function measure(argv: string[]): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cpuBefore = childrenCpuMs();
    const started = performance.now();
    const result = spawnSync(process.execPath, argv, { cwd: ROOT, encoding: 'utf8' });
    walls.push(performance.now() - started);
    cpus.push(childrenCpuMs() - cpuBefore);
    if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { wall: median(walls), cpu: median(cpus) };
}

// The first run of the bundle builds it if a source changed; that is not a start.
spawnSync(process.execPath, [join(ROOT, 'sheets-addon/cli/netreg.js'), '--help'], { cwd: ROOT });

const rows: string[] = [];
// Node starting with no script: the floor every start stands on, and how loaded the machine is now.
const floor = measure(['-e', '0']);
rows.push(
  `| node -e 0 (floor) | node alone | ${floor.wall.toFixed(0)} ms | ${floor.cpu.toFixed(0)} ms | — | — |`,
);
for (const [command, args, target, baseline] of [
  ['netreg --help', ['--help'], TARGET_MS.help, BASELINE.help],
  ['netreg summary (demo register)', DEMO, TARGET_MS.summary, BASELINE.summary],
] as const) {
  for (const [start, argv] of Object.entries(starts)) {
    const { wall, cpu } = measure(argv([...args]));
    rows.push(
      `| ${command} | ${start} | ${wall.toFixed(0)} ms | ${cpu.toFixed(0)} ms | ≤ ${target} ms | ${baseline} |`,
    );
  }
}

console.log('## netreg start-up\n');
console.log(
  `Machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} (other processes share the cores). Median of ${RUNS} runs.\n`,
);
console.log('| command | bin | wall | CPU | target (wall) | issue #9 baseline |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
