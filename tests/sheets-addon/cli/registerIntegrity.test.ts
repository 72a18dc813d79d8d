import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullDiskFrom, setWriteFault } from '../../../sheets-addon/local/folder/writeBoundary';
import { fixtureFolder, registerFiles, runCsvExport, runImport, runNetreg } from './netregRun';

let cwd: string;
beforeEach(() => {
  cwd = fixtureFolder('netreg-integrity-', ['register', 'csv']);
});
afterEach(() => setWriteFault(undefined));

const run = (...args: string[]) => runNetreg(cwd, args);

describe('netreg on a full disk', () => {
  it('import says the disk is full in Thai and English, lists nothing as added, and changes nothing', async () => {
    const before = registerFiles(cwd);
    setWriteFault(fullDiskFrom(2));
    const { code, out, err } = await runImport(cwd, 'csv/legacy-contacts-windows-874.csv', 'partners');
    expect(code).toBe(1);
    expect(err).toContain('disk is full');
    expect(err).toContain('ดิสก์เต็ม');
    expect(out).not.toContain('P-0009');
    expect(out).not.toContain('เพิ่มใหม่');
    expect(registerFiles(cwd)).toEqual(before);
  });
});

describe('netreg export', () => {
  it('refuses to write over one of the register’s own files', async () => {
    const before = registerFiles(cwd);
    const { code, err } = await runCsvExport(cwd, 'partners', 'register/partners.csv');
    expect(code).toBe(1);
    expect(err).toContain("register's own files");
    expect(err).toContain('ไฟล์ของทะเบียนเอง');
    expect(registerFiles(cwd)).toEqual(before);
  });
});

describe('netreg validate', () => {
  it('finds counters saved apart from their rows (an interrupted save by an older version)', async () => {
    await runImport(cwd, 'csv/legacy-contacts-windows-874.csv', 'partners');
    expect((await run('validate')).code).toBe(0);
    const metaPath = join(cwd, 'register/register.json');
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    writeFileSync(metaPath, JSON.stringify({ ...meta, counters: { ...meta.counters, partners: 8 } }));
    const { code, out } = await run('validate', '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toContain('is below P-0010');
  });
});
