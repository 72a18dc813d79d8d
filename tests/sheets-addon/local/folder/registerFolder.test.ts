import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../shared/csv/parseCsv';
import {
  appendRows,
  copyRegisterFolder,
  initRegisterFolder,
  LOCK_FILE,
  loadRegister,
  RegisterFolderError,
  readGrid,
  readMeta,
  saveAddedRows,
  writeGrid,
  writeMeta,
} from '../../../../sheets-addon/local/registerFolder';

const FIXTURE_REGISTER = join(import.meta.dirname, '../../../fixtures/register');
const WORKER = join(import.meta.dirname, 'folderWorker.ts');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'netreg-folder-'));
});

function runWorker(args: string[]): { done: Promise<number>; ready: Promise<void>; kill: () => void } {
  // Node itself with tsx's loader, so the process killed is the one writing (the tsx binary would leave it running).
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  const done = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ? -1 : (code ?? 0))),
  );
  return { done, ready, kill: () => child.kill('SIGKILL') };
}

/** Resolves when a write's temporary file is created or renamed in `folder`. */
function temporaryFileAppears(folder: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(folder, (_event, file) => {
      if (!file?.endsWith('.tmp')) return;
      watcher.close();
      resolve();
    });
  });
}

describe('loadRegister', () => {
  it('reads the fixture register (keys as headers, no register.json) with no problems', async () => {
    cpSync(FIXTURE_REGISTER, dir, { recursive: true });
    const { register, problems } = await loadRegister(dir);
    expect(problems).toEqual([]);
    expect(register.language).toBe('th');
    expect(register.tables.partners).toHaveLength(8);
    expect(register.tables.partners[2]).toMatchObject({
      id: 'P-0003',
      phone: '053-941-111',
      sector: 'higher_ed',
    });
    expect(register.tables.activities[0].partner_ids).toBe('P-0001,P-0004,P-0007');
    expect(register.tables.contacts).toEqual([]);
  });

  it('refuses a missing folder and a folder that is not a register, with a th/en reason', async () => {
    await expect(loadRegister(join(dir, 'nope'))).rejects.toMatchObject({
      reason: { code: 'folder.missing' },
    });
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const error = await loadRegister(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RegisterFolderError);
    expect((error as RegisterFolderError).reason.message.th).toContain('ไม่ใช่โฟลเดอร์ทะเบียน');
  });
});

describe('grid files', () => {
  it('write a BOM, and read back formulas, apostrophes and blank lines exactly', async () => {
    const grid = [
      ['id', 'name', 'score'],
      ['P-0001', "'=text", '=LEN(B2)'],
      ['', '', ''],
      ['P-0002', 'ภาษาไทย, "คำพูด"', ''],
    ];
    await writeGrid(dir, 'partners', grid);
    expect(readFileSync(join(dir, 'partners.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(await readGrid(dir, 'partners')).toEqual(grid);
    expect(await readGrid(dir, 'summary')).toBeNull();
  });

  it('a process killed mid-write leaves the old or the new file whole, never a mix', async () => {
    const worker = runWorker(['rewrite', dir]);
    await worker.ready;
    // Killed the moment a later write's temporary file shows up: mid-write, whatever the machine's load.
    await temporaryFileAppears(dir);
    worker.kill();
    await worker.done;
    const grid = (await readGrid(dir, 'partners')) ?? [];
    expect(grid).toHaveLength(20_000);
    const mark = grid[0][1].split(' ')[1];
    expect(['A', 'B']).toContain(mark);
    expect(grid.every((line, i) => line[1] === `โรงเรียน ${mark} ${i}`)).toBe(true);
    // Temporary files of an interrupted write are never mistaken for sheets.
    expect(readdirSync(dir).filter((file) => file.endsWith('.csv'))).toEqual(['partners.csv']);
  }, 30_000);
});

describe('appending rows', () => {
  it('keeps other columns and lines untouched', async () => {
    await writeGrid(dir, 'partners', [
      ['รหัส', 'ชื่อหน่วยงาน', 'คะแนน'],
      ['P-0001', 'ก', '=LEN(B2)'],
    ]);
    await appendRows(dir, 'partners', [{ id: 'P-0002', name: 'ข', status: 'active' }]);
    expect(await readGrid(dir, 'partners')).toEqual([
      ['รหัส', 'ชื่อหน่วยงาน', 'คะแนน', 'สถานะ'],
      ['P-0001', 'ก', '=LEN(B2)', ''],
      ['P-0002', 'ข', '', 'ดำเนินงานร่วม'],
    ]);
  });

  it('loses no row when appends run at once in this process', async () => {
    await initRegisterFolder(dir, { language: 'th' });
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => appendRows(dir, 'partners', [{ name: `โรงเรียน ${i}` }])),
    );
    const grid = (await readGrid(dir, 'partners')) ?? [];
    expect(
      grid
        .slice(1)
        .map((line) => line[1])
        .sort(),
    ).toEqual(Array.from({ length: 25 }, (_, i) => `โรงเรียน ${i}`).sort());
  });

  it('loses no row when two processes append at once (the lock file serialises them)', async () => {
    await initRegisterFolder(dir, { language: 'en' });
    const workers = [runWorker(['append', dir, 'left', '15']), runWorker(['append', dir, 'right', '15'])];
    expect(await Promise.all(workers.map((worker) => worker.done))).toEqual([0, 0]);
    const names = ((await readGrid(dir, 'partners')) ?? []).slice(1).map((line) => line[1]);
    expect(names).toHaveLength(30);
    expect(new Set(names).size).toBe(30);
    expect(readdirSync(dir)).not.toContain(LOCK_FILE);
  }, 60_000);

  it('takes over a lock left by a process that died', async () => {
    await initRegisterFolder(dir, { language: 'th' });
    writeFileSync(join(dir, LOCK_FILE), '999999999\n2020-01-01T00:00:00Z\n');
    await appendRows(dir, 'partners', [{ name: 'หลังล็อกค้าง' }]);
    expect(((await readGrid(dir, 'partners')) ?? [])[1][1]).toBe('หลังล็อกค้าง');
  });
});

describe('register.json and whole folders', () => {
  it('keeps keys other tools wrote when an import saves its counters', async () => {
    await initRegisterFolder(dir, { language: 'th' });
    const meta = (await readMeta(dir)) ?? {};
    await writeMeta(dir, { ...meta, workbook: { sheets: [1, 2] }, pairing: 'x' });
    const { register } = await loadRegister(dir);
    const counters = { ...register.counters, partners: 7 };
    await saveAddedRows(dir, { ...register, counters }, { partners: [{ id: 'P-0007', name: 'ก' }] });
    expect(await readMeta(dir)).toMatchObject({
      workbook: { sheets: [1, 2] },
      pairing: 'x',
      counters: { partners: 7 },
      language: 'th',
    });
  });

  it('init makes seven header-only tabs and refuses to overwrite a register', async () => {
    await initRegisterFolder(dir, { language: 'en' });
    const partners = parseCsv(readFileSync(join(dir, 'partners.csv'), 'utf8')).grid;
    expect(partners).toEqual([expect.arrayContaining(['ID', 'Partner name'])]);
    expect(readdirSync(dir).filter((file) => file.endsWith('.csv'))).toHaveLength(7);
    await expect(initRegisterFolder(dir, { language: 'th' })).rejects.toMatchObject({
      reason: { code: 'folder.exists' },
    });
  });

  it("copy brings every file, unknown ones included, but not the folder's bookkeeping, and never overwrites", async () => {
    await initRegisterFolder(join(dir, 'a'), { language: 'th' });
    writeFileSync(join(dir, 'a', 'settings.csv'), 'key,value\n');
    await copyRegisterFolder(join(dir, 'a'), join(dir, 'b'));
    const content = (folder: string) =>
      readdirSync(join(dir, folder)).filter((name) => !name.startsWith('.'));
    expect(readdirSync(join(dir, 'b')).sort()).toEqual(content('a').sort());
    expect(content('a')).toHaveLength(9);
    await expect(copyRegisterFolder(join(dir, 'a'), join(dir, 'b'))).rejects.toMatchObject({
      reason: { code: 'folder.exists' },
    });
  });
});

describe('a one-column sheet whose text holds semicolons', () => {
  it('is read with commas, never a guessed delimiter', async () => {
    const grid = [['x;y'], ['ประชุม;วางแผน'], ['a;b']];
    await writeGrid(dir, 'notes_sheet', grid);
    expect(await readGrid(dir, 'notes_sheet')).toEqual(grid);
  });
});
