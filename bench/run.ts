/**
 * Runs every bench/*.bench.ts, each in its own Node process (tsx loader, --expose-gc) so one
 * benchmark's memory and JIT state never colour another's; each prints its own markdown tables.
 * `npm run bench` runs them all; `npm run bench -- csvImport` runs those whose name contains it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = import.meta.dirname;
const only = process.argv.slice(2);
const benches = readdirSync(folder)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n# ${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(folder, file)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed++;
    console.log(`\n${file} failed (exit ${result.status ?? result.signal})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
