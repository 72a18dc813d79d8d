import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reasonOfError } from '../../../sheets-addon/local/server/sidebarRoute';
import { fixtureFolder, runNetreg } from './netregRun';

// CI runs as root, which ignores file permissions: a folder named "locked" answers EACCES instead.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const denied = (path: unknown) => {
    if (!String(path).includes('locked')) return null;
    return Object.assign(new Error(`EACCES: permission denied, stat '${String(path)}'`), {
      code: 'EACCES',
      path: String(path),
    });
  };
  return {
    ...real,
    stat: (path: Parameters<typeof real.stat>[0], ...rest: unknown[]) => {
      const error = denied(path);
      return error ? Promise.reject(error) : (real.stat as (...a: unknown[]) => unknown)(path, ...rest);
    },
  };
});

let cwd: string;
beforeEach(() => {
  cwd = fixtureFolder('netreg-fs-', ['register']);
  writeFileSync(join(cwd, 'notes.txt'), 'not a folder');
  mkdirSync(join(cwd, 'a-folder'));
});

const run = (...args: string[]) => runNetreg(cwd, args);
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |node:internal/);

describe('netreg when the file system refuses', () => {
  it('says a path through a file is not a folder (ENOTDIR), in both languages, without a stack trace', async () => {
    const { code, err } = await run('summary', '--dir', 'notes.txt/register');
    expect(code).toBe(1);
    expect(err).toContain('is not a folder (part of the path is a file)');
    expect(err).toContain('ไม่ใช่โฟลเดอร์');
    noStackTrace(err);
    const validate = await run('validate', '--dir', 'notes.txt/register');
    expect(validate.code).toBe(1);
    expect(validate.err).toContain('is not a folder');
  });

  it('says a folder given as the file to import is a folder (EISDIR)', async () => {
    const { code, err } = await run('import', 'a-folder', '--tab', 'partners');
    expect(code).toBe(1);
    expect(err).toContain('is a folder, not a file');
    expect(err).toContain('เป็นโฟลเดอร์ ไม่ใช่ไฟล์');
    noStackTrace(err);
  });

  it('says permission was denied (EACCES) and names the folder', async () => {
    const { code, err } = await run('summary', '--dir', 'locked-register');
    expect(code).toBe(1);
    expect(err).toContain('Permission denied for');
    expect(err).toContain('locked-register');
    expect(err).toContain('ไม่มีสิทธิ์เข้าถึง');
    noStackTrace(err);
  });

  it('answers the local host’s callers with the same reason, not Node’s message', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open '/srv/register/partners.csv'"), {
      code: 'EACCES',
      path: '/srv/register/partners.csv',
    });
    expect(reasonOfError(error)).toEqual({
      code: 'fs.EACCES',
      message: {
        th: 'ไม่มีสิทธิ์เข้าถึง "/srv/register/partners.csv" กรุณาขอสิทธิ์จากเจ้าของเครื่อง หรือเลือกโฟลเดอร์อื่น',
        en: 'Permission denied for "/srv/register/partners.csv"; ask the computer’s owner for access or choose another folder',
      },
    });
  });
});

describe('netreg import of an oversized file', () => {
  it('refuses a 200 MB CSV by its size, in both languages, and leaves the register untouched', async () => {
    const file = join(cwd, 'huge.csv');
    writeFileSync(file, 'name\n');
    truncateSync(file, 200 * 1024 * 1024); // sparse: no 200 MB is written to the disk
    const register = join(cwd, 'register');
    const before = readdirSync(register).map((name) => readFileSync(join(register, name), 'latin1'));
    const { code, err } = await run('import', 'huge.csv', '--tab', 'partners');
    expect(code).toBe(1);
    expect(err).toContain('The file is 200 MB, more than the 32 MB a file may be');
    expect(err).toContain('เกินกำหนด 32 MB');
    expect(readdirSync(register).map((name) => readFileSync(join(register, name), 'latin1'))).toEqual(before);
  });
});
