import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder, runNetreg } from './netregRun';

const ROOT = join(import.meta.dirname, '../../..');
const NETREG = join(ROOT, 'sheets-addon/cli/netreg.js');
const PAGE = join(ROOT, 'tests/fixtures/pages/school-contact/source.html');
const BUNDLE = join(ROOT, 'dist/netreg');

/** Runs the installed `netreg` bin as a person would, in its own process. */
async function netregBin(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [NETREG, ...args], { cwd });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

describe('the netreg bin, from the bundle npm install builds', () => {
  // As after a clean clone whose install could not build it: the first run builds the bundle.
  beforeAll(async () => {
    rmSync(BUNDLE, { recursive: true, force: true });
    await netregBin(ROOT, ['--help']);
  });

  it('builds its bundle on the first run when there is none', () => {
    expect(existsSync(join(BUNDLE, 'commands.json'))).toBe(true);
  });

  it('prints the same help as the sources, from the manifest alone', async () => {
    const cwd = fixtureFolder('netreg-bin-');
    const fromSources = await runNetreg(cwd, ['--help']);
    expect(await netregBin(cwd, ['--help'])).toMatchObject({ code: 0, out: fromSources.out });
  });

  it('prints the same summary as the sources', async () => {
    const cwd = fixtureFolder('netreg-bin-');
    const args = ['summary', '--dir', 'register', '--json', '--as-of', '2025-09-30'];
    const fromSources = await runNetreg(cwd, args);
    expect(fromSources.code).toBe(0);
    expect(await netregBin(cwd, args)).toMatchObject({ code: 0, out: fromSources.out });
  });

  it('loads the commands whose libraries stay outside the bundle: xlsx export and page extraction', async () => {
    const cwd = fixtureFolder('netreg-bin-');
    const exported = await netregBin(cwd, [
      'export',
      '--format',
      'xlsx',
      '--dir',
      'register',
      '--out',
      'r.xlsx',
    ]);
    expect(exported.code).toBe(0);
    expect(readFileSync(join(cwd, 'r.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const extracted = await netregBin(cwd, ['extract', PAGE, '--json']);
    expect(JSON.parse(extracted.out)).toEqual(
      JSON.parse((await runNetreg(cwd, ['extract', PAGE, '--json'])).out),
    );
  });

  it('answers a usage error with exit code 2, as the sources do', async () => {
    const cwd = fixtureFolder('netreg-bin-');
    expect((await netregBin(cwd, ['summary', '--bogus'])).code).toBe(2);
    expect((await netregBin(cwd, ['no-such-command'])).code).toBe(2);
  });

  it('speaks the language chosen before the command in its errors, as the sources do', async () => {
    const cwd = fixtureFolder('netreg-bin-');
    for (const args of [
      ['--lang', 'th', 'import', '--tab', 'nope', 'x.csv'],
      ['--lang', 'en', 'nope'],
      ['--lang', 'fr', 'summary'],
    ]) {
      const fromSources = await runNetreg(cwd, args);
      expect(fromSources.code).toBe(2);
      expect(await netregBin(cwd, args)).toEqual(fromSources);
    }
    expect((await netregBin(cwd, ['--lang', 'th', 'import', '--tab', 'nope', 'x.csv'])).err).toBe(
      'netreg import: ไม่รู้จักแท็บ "nope" ใช้ได้: partners|contacts|activities|agreements|resources|indicators|reflections\n',
    );
  });
});
