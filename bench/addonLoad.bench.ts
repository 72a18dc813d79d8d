/**
 * The school Code.js: its size, and how long a fresh process takes to parse it and run it to the
 * first line of `onEdit` — what every `onEdit` pays before doing any work, since Apps Script
 * loads the whole file on every execution. Median of 10 fresh `node` processes each, today's
 * bundle and the bundle of BASELINE (before #10) measured in the same run, interleaved.
 * Run: `npx tsx bench/addonLoad.bench.ts`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleServer, delegatingFunctions, SCHOOL } from '../sheets-addon/build/buildAddon';

/** The last commit before #10's work: the baseline bundle is built from it. */
const BASELINE = 'fb2b3fb';
const RUNS = 10;
const ROOT = resolve(import.meta.dirname, '..');

/** Loads Code.js in a fresh V8 context and calls onEdit with no range (it returns at its first line). */
const PROBE = `
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
const code = readFileSync(process.argv[1], 'utf8');
const context = vm.createContext({});
const start = process.hrtime.bigint();
vm.runInContext(code, context, { filename: 'Code.js' });
vm.runInContext('onEdit({})', context);
process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));
`;

function loadMs(file: string): number {
  const run = spawnSync(process.execPath, ['-e', PROBE, file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2;
};

function baselineCode(dir: string): string {
  const tree = join(dir, 'baseline');
  execFileSync('sh', ['-c', `mkdir -p ${tree} && git -C ${ROOT} archive ${BASELINE} | tar -x -C ${tree}`]);
  symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['sheets-addon/build/buildAddon.ts'], { cwd: tree });
  return readFileSync(join(tree, 'dist/sheets-addon/Code.js'), 'utf8');
}

const dir = mkdtempSync(join(tmpdir(), 'netreg-load-'));
try {
  const today = await bundleServer(SCHOOL.entry);
  const files = {
    [`baseline (${BASELINE})`]: baselineCode(dir),
    now: `${today.code}\n${delegatingFunctions(today.exports)}\n`,
  };
  const paths = Object.entries(files).map(([name, code]) => {
    const path = join(dir, `${name.split(' ')[0]}.js`);
    writeFileSync(path, code);
    return { name, path, bytes: Buffer.byteLength(code), times: [] as number[] };
  });
  for (let i = 0; i < RUNS; i++) for (const entry of paths) entry.times.push(loadMs(entry.path));
  console.log(
    `School Code.js: size and load to the first line of onEdit (median of ${RUNS} fresh processes)`,
  );
  console.log('| bundle | size | load, median | min–max |');
  console.log('|---|---:|---:|---:|');
  for (const { name, bytes, times } of paths) {
    const kb = `${(bytes / 1000).toFixed(0)} kB`;
    const spread = `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms`;
    console.log(`| ${name} | ${kb} | ${median(times).toFixed(0)} ms | ${spread} |`);
  }
  const [before, after] = paths.map((entry) => median(entry.times));
  console.log(
    `\nload now / baseline: ${(after / before).toFixed(2)} (target ≤ 0.5); size target ≤ 500 kB (1 kB = 1,000 bytes, as the issue counts)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
