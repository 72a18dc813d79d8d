import { execFileSync } from 'node:child_process';
import { mkdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
/** WXT rewrites .wxt/ on every build: test files run in parallel, so builds take turns through this lock. */
const LOCK = join(ROOT, '.wxt-build.lock');
const LOCK_WAIT_MS = 120_000;

/** Runs `wxt build <args>` (e.g. `--mode e2e`, `-b firefox`), one build at a time on this machine. */
export function buildExtension(args: string[]): void {
  const end = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (Date.now() > end)
        throw new Error(`another extension build holds ${LOCK}; remove it if none is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    rmdirSync(LOCK);
  }
}
