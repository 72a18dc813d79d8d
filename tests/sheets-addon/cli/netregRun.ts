import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../sheets-addon/cli/main';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** What one `netreg` run printed, and its exit code. */
export interface NetregRun {
  code: number;
  out: string;
  err: string;
}

/** A fresh temp folder holding copies of the named fixture folders (tests/fixtures/register by default). */
export function fixtureFolder(prefix: string, fixtures: readonly string[] = ['register']): string {
  const cwd = mkdtempSync(join(tmpdir(), prefix));
  for (const fixture of fixtures) cpSync(join(FIXTURES, fixture), join(cwd, fixture), { recursive: true });
  return cwd;
}

/** Runs `netreg <args>` in `cwd`, collecting what it prints line by line. */
export async function runNetreg(cwd: string, args: string[]): Promise<NetregRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    cwd,
  });
  return { code, out, err };
}
