/**
 * CSV import at scale: a 50,000-line partner list (Thai names; some lines are partners already
 * in the register by email, by domain or by name) imported into a 5,000-partner register.
 * Each measurement runs in a fresh process: decode + planImport + applyImport (CPU and wall
 * time, and the import's own memory: peak RSS during it minus RSS before it), then `netreg
 * import` of the same file into a register folder end to end (wall, CPU and peak RSS of the
 * whole command). Targets: ≤ 1.0 s CPU and ≤ 100 MB for the import.
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
  const rows: { label: string; measured: Measured; endToEnd?: EndToEnd }[] = [];
  for (const { label, path } of checkouts) {
    rows.push({
      label,
      measured: measureImport(path, dataDir),
      endToEnd: await measureNetreg(path, dataDir),
    });
  }

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
    '| engine | decode + plan + apply CPU s | wall s | import memory MB | `netreg import` wall s | CPU s | peak RSS MB |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const { label, measured, endToEnd } of rows) {
    const e2e = endToEnd
      ? `${endToEnd.wallS.toFixed(2)} | ${endToEnd.cpuS.toFixed(2)} | ${endToEnd.peakMb.toFixed(0)}${endToEnd.exit === 0 ? '' : ` (exit ${endToEnd.exit})`}`
      : 'n/a (no /usr/bin/time) | | ';
    console.log(
      `| ${label} | ${s(measured.cpuMs)} | ${s(measured.wallMs)} | ${mb(measured.importBytes)} | ${e2e} |`,
    );
  }
  const mine = rows[rows.length - 1].measured;
  console.log(
    `| target | ≤ ${TARGET_CPU_S.toFixed(1)} ${mark(mine.cpuMs / 1000 <= TARGET_CPU_S)} | | ≤ ${TARGET_MB} ${mark(mine.importBytes / 1024 / 1024 <= TARGET_MB)} | | | |`,
  );
  console.log('');
  console.log(`| outcome | ${rows.map((row) => row.label).join(' | ')} |`);
  console.log(`|---|${rows.map(() => '---').join('|')}|`);
  for (const key of Object.keys(mine.outcome)) {
    console.log(
      `| ${key} | ${rows.map((row) => row.measured.outcome[key].toLocaleString('en')).join(' | ')} |`,
    );
  }
  const same = rows.every((row) => JSON.stringify(row.measured.outcome) === JSON.stringify(mine.outcome));
  if (!same) {
    console.log('\nThe outcomes differ between the engines.');
    process.exitCode = 1;
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
