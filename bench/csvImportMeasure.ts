/**
 * One measured import, in a fresh process so its peak memory is its own: reads the bench's
 * register and CSV file from a folder, then decodes, plans and applies the import with the CSV
 * engine of a checkout (this one, or an older one to compare), and prints one JSON line: CPU and
 * wall time, the import's own memory (peak RSS during the import minus RSS before it) and the
 * outcome counts.
 * Run by csvImport.bench.ts: `node --import tsx --expose-gc bench/csvImportMeasure.ts CHECKOUT DATA_DIR`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { applyImport as ApplyImport } from '../shared/csv/applyImport';
import type { decodeCsvBytes as DecodeCsvBytes } from '../shared/csv/decodeCsvBytes';
import type { planImport as PlanImport } from '../shared/csv/planImport';
import type { Register } from '../shared/register/register';

const [checkout, dataDir] = process.argv.slice(2);
const engine = (file: string) => import(join(checkout, 'shared/csv', file));
const { decodeCsvBytes } = (await engine('decodeCsvBytes.ts')) as { decodeCsvBytes: typeof DecodeCsvBytes };
const { planImport } = (await engine('planImport.ts')) as { planImport: typeof PlanImport };
const { applyImport } = (await engine('applyImport.ts')) as { applyImport: typeof ApplyImport };

const register = JSON.parse(readFileSync(join(dataDir, 'register.json'), 'utf8')) as Register;
const bytes = new Uint8Array(readFileSync(join(dataDir, 'partners.csv')));

/** Resident memory now and its peak since the last reset, in bytes (Linux /proc). */
function memory(): { rss: number; peak: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

(globalThis as { gc?: () => void }).gc?.();
// Linux: writing 5 resets the peak RSS to the current RSS, so the peak read after is the import's.
writeFileSync('/proc/self/clear_refs', '5');
const before = memory().rss;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const { text } = decodeCsvBytes(bytes);
const t1 = performance.now();
const plan = planImport('partners', text, register);
const t2 = performance.now();
const applied = applyImport(register, plan);
const t3 = performance.now();
const cpu = process.cpuUsage(cpu0);
const after = memory();

console.log(
  JSON.stringify({
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: t3 - t0,
    stagesMs: { decode: t1 - t0, plan: t2 - t1, apply: t3 - t2 },
    rssBefore: before,
    importBytes: after.peak - before,
    outcome: {
      added: plan.accepted.length,
      matched: plan.matched.length,
      rejected: plan.rejected.length,
      duplicates: plan.duplicates.length,
      partnersAfter: applied.register.tables.partners.length,
    },
  }),
);
