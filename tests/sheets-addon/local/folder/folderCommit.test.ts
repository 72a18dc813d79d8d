import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fsError,
  fullDiskFrom,
  readOnlyFrom,
  setWriteFault,
} from '../../../../sheets-addon/local/folder/writeBoundary';
import {
  commitFolderFiles,
  JOURNAL_FILE,
  loadRegister,
  readGrid,
  recoverFolder,
  saveAddedRows,
  withFolderLock,
} from '../../../../sheets-addon/local/registerFolder';

const FIXTURE_REGISTER = join(import.meta.dirname, '../../../fixtures/register');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'netreg-commit-'));
  cpSync(FIXTURE_REGISTER, dir, { recursive: true });
});
afterEach(() => setWriteFault(undefined));

/** Every file of the folder and its bytes, the folder's own bookkeeping aside. */
function folderBytes(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, readFileSync(join(folder, name)).toString('base64')]),
  );
}

/** An import's save: two new partners, one contact, and the counters. */
async function saveTwoPartners(): Promise<void> {
  const { register } = await loadRegister(dir);
  await withFolderLock(dir, () =>
    saveAddedRows(
      dir,
      { ...register, counters: { ...register.counters, partners: 10, contacts: 1 } },
      {
        partners: [
          { id: 'P-0009', name: 'โรงเรียนใหม่ ก' },
          { id: 'P-0010', name: 'โรงเรียนใหม่ ข' },
        ],
        contacts: [{ id: 'C-0001', partner_id: 'P-0009', name: 'ครูสมศรี' }],
      },
    ),
  );
}

describe('a commit of several files', () => {
  it('is seen whole by readers as soon as its journal is written, and completed by the next writer', async () => {
    // The process "dies" after the journal: every rename fails, as if it never ran.
    setWriteFault((step) => {
      if (step === 'rename') throw fsError('EACCES', step);
    });
    await saveTwoPartners();
    setWriteFault(undefined);
    expect(readdirSync(dir).some((name) => name.endsWith('.netreg-stage'))).toBe(true);
    const seen = await loadRegister(dir);
    expect(seen.register.tables.partners.map((row) => row.id)).toContain('P-0010');
    expect(seen.register.tables.contacts.map((row) => row.id)).toEqual(['C-0001']);
    expect(seen.register.counters).toMatchObject({ partners: 10, contacts: 1 });
    await withFolderLock(dir, () => recoverFolder(dir));
    expect(readdirSync(dir).filter((name) => name.endsWith('.netreg-stage'))).toEqual([]);
    expect((await readGrid(dir, 'contacts'))?.[1]).toContain('C-0001');
  });

  it('that never reached its journal leaves the register as it was; its stray files are ignored, then removed', async () => {
    const before = folderBytes(dir);
    setWriteFault((step) => {
      if (step === 'journal') throw fsError('ENOSPC', step);
    });
    await expect(saveTwoPartners()).rejects.toMatchObject({ reason: { code: 'folder.full' } });
    setWriteFault(undefined);
    expect(folderBytes(dir)).toEqual(before);
    writeFileSync(join(dir, '.partners.csv.abc.netreg-stage'), 'id,name\nP-0099,half-written\n');
    expect((await loadRegister(dir)).register.tables.partners.map((row) => row.id)).not.toContain('P-0099');
    await withFolderLock(dir, () => commitFolderFiles(dir, new Map([['notes.txt', 'x']])));
    expect(readdirSync(dir).filter((name) => name.endsWith('.netreg-stage'))).toEqual([]);
  });

  it('on a disk that fills at any step says so in Thai and English and leaves every file as it was', async () => {
    const before = folderBytes(dir);
    let failed = 0;
    for (let n = 1; ; n++) {
      setWriteFault(fullDiskFrom(n));
      const error = await saveTwoPartners().then(
        () => null,
        (caught: unknown) => caught,
      );
      setWriteFault(undefined);
      if (error === null) break;
      failed++;
      expect(error).toMatchObject({ reason: { code: 'folder.full' } });
      const { message } = (error as { reason: { message: { th: string; en: string } } }).reason;
      expect(message.th).toContain('ดิสก์เต็ม');
      expect(message.en).toContain('disk is full');
      expect(folderBytes(dir)).toEqual(before);
    }
    // The lock, three stage files (partners, contacts, register.json) and the journal each need space.
    expect(failed).toBeGreaterThanOrEqual(5);
    expect((await loadRegister(dir)).register.tables.contacts).toHaveLength(1);
  });

  it('in a folder that turns read-only at any step is refused with that reason, the register untouched', async () => {
    const before = folderBytes(dir);
    // The lock, three stage files, the journal: after that the commit has happened.
    for (let n = 1; n <= 5; n++) {
      setWriteFault(readOnlyFrom(n));
      const error = await saveTwoPartners().then(
        () => null,
        (caught: unknown) => caught,
      );
      setWriteFault(undefined);
      expect(error).toMatchObject({ reason: { code: 'folder.read_only' } });
      expect(folderBytes(dir)).toEqual(before);
    }
  });

  it('keeps a journal that only ever moves forward, so a reader can tell a commit happened', async () => {
    await saveTwoPartners();
    const first = JSON.parse(readFileSync(join(dir, JOURNAL_FILE), 'utf8')).seq;
    await withFolderLock(dir, () => commitFolderFiles(dir, new Map([['notes.txt', 'x']])));
    expect(JSON.parse(readFileSync(join(dir, JOURNAL_FILE), 'utf8')).seq).toBe(first + 1);
  });
});
