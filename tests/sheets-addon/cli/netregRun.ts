import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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

/** `netreg import FILE --tab TAB …flags` in `cwd`. */
export function runImport(cwd: string, file: string, tab: string, ...flags: string[]): Promise<NetregRun> {
  return runNetreg(cwd, ['import', file, '--tab', tab, ...flags]);
}

/** `netreg export --format csv --tab TAB --out OUT …flags` in `cwd`. */
export function runCsvExport(cwd: string, tab: string, out: string, ...flags: string[]): Promise<NetregRun> {
  return runNetreg(cwd, ['export', '--format', 'csv', '--tab', tab, '--out', out, ...flags]);
}

/** The files of `cwd`'s register folder and their bytes, its own bookkeeping (dot files) aside. */
export function registerFiles(cwd: string, dir = join(cwd, 'register')): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .map((name) => [name, readFileSync(join(dir, name), 'latin1')]),
  );
}
