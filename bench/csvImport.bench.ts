/**
 * CSV import at scale: a 50,000-line partner list (Thai names; some lines are partners already
 * in the register by email, by domain or by name) imported into a 5,000-partner register.
 * Each measurement runs in a fresh process: decode + planImport + applyImport (CPU and wall
 * time, and the import's own memory: peak RSS during it minus RSS before it), then `netreg
 * import` of the same file into a register folder end to end (wall, CPU and peak RSS of the
 * whole command). Targets: ≤ 1.0 s CPU and ≤ 100 MB for the import.
 * A shared machine's CPU time varies from run to run by a third or more, so each engine is
 * measured CSV_IMPORT_RUNS times (5 unless set), the engines taking turns, and the median is
 * shown with the range. Two floors are measured the same way (see csvImportFloor.ts): what
 * decoding and parsing the file cost, and what keeping each of its lines as a row adds; no
 * import can cost less.
 * To compare with an older checkout (e.g. `git worktree add /tmp/import-base main`, with
 * node_modules linked), give its path: `CSV_IMPORT_BASE=/tmp/import-base npm run bench -- csvImport`.
 * Run: `npm run bench -- csvImport`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { initRegisterFolder, saveAddedRows } from '../sheets-addon/local/registerFolder';
import { CSV_LINES, generateCsv, generateRegister, REGISTER_PARTNERS } from './csvImportData';

const TARGET_CPU_S = 1.0;
const RUNS = Number(process.env.CSV_IMPORT_RUNS ?? 5);
const TARGET_MB = 100;
const ROOT = resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';

interface Measured {
  cpuMs: number;
  wallMs: number;
  importBytes: number;
  outcome: Record<string, number>;
}

interface EndToEnd {
  wallS: number;
  cpuS: number;
  peakMb: number;
  exit: number | null;
}

/** decode + plan + apply with a checkout's CSV engine, in a fresh process. */
function measureImport(checkout: string, dataDir: string): Measured {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', join(ROOT, 'bench/csvImportMeasure.ts'), checkout, dataDir],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`csvImportMeasure.ts failed for ${checkout}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as Measured;
}

/** One of csvImportFloor.ts's floors, in a fresh process. */
function measureFloor(dataDir: string, floor: 'parse' | 'rows'): Pick<Measured, 'cpuMs' | 'wallMs'> {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', join(ROOT, 'bench/csvImportFloor.ts'), dataDir, floor],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`csvImportFloor.ts ${floor} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!);
}

/** The middle value (the lower of the two middle ones for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** `netreg import` of the file into a fresh copy of the register folder, timed by GNU time. */
async function measureNetreg(checkout: string, dataDir: string): Promise<EndToEnd | undefined> {
  if (!existsSync(GNU_TIME)) return undefined;
  const netreg = join(checkout, 'sheets-addon/cli/netreg.js');
  // The first run may build the CLI bundle; that is install work, not the import's.
  spawnSync(process.execPath, [netreg, '--help'], { cwd: checkout, stdio: 'ignore' });
  const dir = join(dataDir, 'register-copy');
  await rm(dir, { recursive: true, force: true });
  await cp(join(dataDir, 'register'), dir, { recursive: true });
  const run = spawnSync(
    GNU_TIME,
    [
      '-f',
      '%e %U %S %M',
      process.execPath,
      netreg,
      'import',
      join(dataDir, 'partners.csv'),
      '--tab',
      'partners',
      '--dir',
      dir,
    ],
    { cwd: checkout, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 24 },
  );
  const [wall, user, system, peakKb] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  await rm(dir, { recursive: true, force: true });
  return { wallS: wall, cpuS: user + system, peakMb: peakKb / 1024, exit: run.status };
}

const dataDir = await mkdtemp(join(tmpdir(), 'csv-import-bench-'));
try {
  const register = generateRegister();
  await writeFile(join(dataDir, 'register.json'), JSON.stringify(register));
  await writeFile(join(dataDir, 'partners.csv'), generateCsv());
  const folder = join(dataDir, 'register');
  await initRegisterFolder(folder, { language: 'th' });
  await saveAddedRows(folder, register, { partners: register.tables.partners });

  const base = process.env.CSV_IMPORT_BASE;
  const checkouts: { label: string; path: string }[] = [
    ...(base ? [{ label: `before (${base})`, path: resolve(base) }] : []),
    { label: 'this checkout', path: ROOT },
  ];
  const runs = checkouts.map(() => ({ measured: [] as Measured[], endToEnd: [] as EndToEnd[] }));
  const floors = { parse: [] as number[], rows: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    for (const [i, { path }] of checkouts.entries()) {
      runs[i].measured.push(measureImport(path, dataDir));
      const endToEnd = await measureNetreg(path, dataDir);
      if (endToEnd) runs[i].endToEnd.push(endToEnd);
    }
    floors.parse.push(measureFloor(dataDir, 'parse').cpuMs);
    floors.rows.push(measureFloor(dataDir, 'rows').cpuMs);
  }
  /** One engine's runs as one row: each figure the median of its runs, CPU also with its range. */
  const rows = checkouts.map(({ label }, i) => {
    const { measured, endToEnd } = runs[i];
    const pick = (key: 'cpuMs' | 'wallMs' | 'importBytes') => median(measured.map((one) => one[key]));
    const cpuTimes = measured.map((one) => one.cpuMs);
    return {
      label,
      cpuMs: pick('cpuMs'),
      cpuRange: [Math.min(...cpuTimes), Math.max(...cpuTimes)],
      wallMs: pick('wallMs'),
      importBytes: pick('importBytes'),
      outcomes: measured.map((one) => one.outcome),
      endToEnd:
        endToEnd.length === 0
          ? undefined
          : {
              wallS: median(endToEnd.map((one) => one.wallS)),
              cpuS: median(endToEnd.map((one) => one.cpuS)),
              peakMb: median(endToEnd.map((one) => one.peakMb)),
              exit: endToEnd.find((one) => one.exit !== 0)?.exit ?? 0,
            },
    };
  });

  const s = (ms: number) => (ms / 1000).toFixed(2);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  console.log(
    `## CSV import: ${CSV_LINES.toLocaleString('en')} partner lines into a ${REGISTER_PARTNERS.toLocaleString('en')}-partner register\n`,
  );
  console.log(
    `Machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} when the run ended (other processes share the cores; CPU time grows with the load too).\n`,
  );
  console.log(
    `Each figure is the median of ${RUNS} runs, the engines and floors taking turns; the CPU range is the fastest and slowest run.\n`,
  );
  console.log(
    '| engine | decode + plan + apply CPU s (range) | wall s | import memory MB | `netreg import` wall s | CPU s | peak RSS MB |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const { label, cpuMs, cpuRange, wallMs, importBytes, endToEnd } of rows) {
    const e2e = endToEnd
      ? `${endToEnd.wallS.toFixed(2)} | ${endToEnd.cpuS.toFixed(2)} | ${endToEnd.peakMb.toFixed(0)}${endToEnd.exit === 0 ? '' : ` (exit ${endToEnd.exit})`}`
      : 'n/a (no /usr/bin/time) | | ';
    console.log(
      `| ${label} | ${s(cpuMs)} (${s(cpuRange[0])}–${s(cpuRange[1])}) | ${s(wallMs)} | ${mb(importBytes)} | ${e2e} |`,
    );
  }
  const floorRow = (label: string, values: number[]) =>
    console.log(
      `| ${label} | ${s(median(values))} (${s(Math.min(...values))}–${s(Math.max(...values))}) | | | | | |`,
    );
  floorRow('floor: decode + parse (papaparse) only', floors.parse);
  floorRow('floor: decode + parse + keep each line as a row', floors.rows);
  const mine = rows[rows.length - 1];
  console.log(
    `| target | ≤ ${TARGET_CPU_S.toFixed(1)} ${mark(mine.cpuMs / 1000 <= TARGET_CPU_S)} | | ≤ ${TARGET_MB} ${mark(mine.importBytes / 1024 / 1024 <= TARGET_MB)} | | | |`,
  );
  console.log('');
  console.log(`| outcome | ${rows.map((row) => row.label).join(' | ')} |`);
  console.log(`|---|${rows.map(() => '---').join('|')}|`);
  for (const key of Object.keys(mine.outcomes[0])) {
    console.log(`| ${key} | ${rows.map((row) => row.outcomes[0][key].toLocaleString('en')).join(' | ')} |`);
  }
  const expected = JSON.stringify(mine.outcomes[0]);
  const same = rows.every((row) => row.outcomes.every((outcome) => JSON.stringify(outcome) === expected));
  if (!same) {
    console.log('\nThe outcomes differ between the engines or between runs.');
    process.exitCode = 1;
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
