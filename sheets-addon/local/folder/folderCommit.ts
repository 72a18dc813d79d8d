import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicFile';
import { folderError, RegisterFolderError } from './messages';
import { writeBoundary } from './writeBoundary';

/**
 * One operation's changes to a register folder, made visible together or not at all.
 *
 * Each new file is first written whole beside its final name (a "stage" file, fsynced). Then the
 * journal — which stage file becomes which file — is written atomically: that is the moment of
 * commit. Then the stage files are renamed into place. A crash before the journal leaves the
 * register as it was (stray stage files are removed by the next writer); a crash after it leaves
 * a journal whose remaining renames every reader follows (`readFolderFile`) and the next writer
 * completes (`recoverFolder`). The journal is never deleted, only replaced with the next
 * sequence number, so a reader can tell whether a commit happened while it read.
 */
export const JOURNAL_FILE = '.netreg-journal.json';
const STAGE_SUFFIX = '.netreg-stage';

/** Files of the folder's own bookkeeping, never register content: the lock, the journal, files not yet renamed into place. */
export function isBookkeeping(name: string): boolean {
  return (
    name.startsWith('.netreg.lock') ||
    name === JOURNAL_FILE ||
    name.endsWith(STAGE_SUFFIX) ||
    name.endsWith('.tmp')
  );
}

/** The last commit's journal. */
export interface FolderJournal {
  seq: number;
  files: { file: string; stage: string }[];
}

/** The journal as on disk; seq 0 and no files when the folder has never been committed to. */
export async function readJournal(dir: string): Promise<FolderJournal> {
  let text: string;
  try {
    text = await readFile(join(dir, JOURNAL_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { seq: 0, files: [] };
    throw error;
  }
  const parsed = JSON.parse(text) as FolderJournal;
  return { seq: Number(parsed.seq) || 0, files: Array.isArray(parsed.files) ? parsed.files : [] };
}

/**
 * Writes several files of the folder as one commit (the caller holds the folder lock). A full
 * disk or a read-only folder throws a RegisterFolderError (`folder.full`, `folder.read_only`)
 * with the register exactly as it was.
 */
export async function commitFolderFiles(
  dir: string,
  files: ReadonlyMap<string, string | Uint8Array>,
): Promise<void> {
  if (files.size === 0) return;
  const staged: { file: string; stage: string }[] = [];
  try {
    const previous = await recoverFolder(dir);
    for (const [file, data] of files) {
      const stage = `.${file}.${randomBytes(6).toString('hex')}${STAGE_SUFFIX}`;
      await writeBoundary('stage');
      staged.push({ file, stage });
      await writeSynced(join(dir, stage), data);
    }
    // The stage files' names must be durable before a journal points at them.
    await syncFolder(dir);
    await writeBoundary('journal');
    await writeFileAtomic(
      join(dir, JOURNAL_FILE),
      `${JSON.stringify({ seq: previous.seq + 1, files: staged })}\n`,
    );
  } catch (error) {
    await Promise.all(
      staged.map(({ stage }) => rm(join(dir, stage), { force: true }).catch(() => undefined)),
    );
    throw diskError(error, dir);
  }
  // Committed: from here on every reader sees the new files, whether or not the renames finish now.
  await applyJournal(dir, staged).catch(() => undefined);
}

/**
 * Completes the last commit if it was interrupted and removes stage files of commits that never
 * reached their journal. The caller holds the folder lock. Returns the journal.
 */
export async function recoverFolder(dir: string): Promise<FolderJournal> {
  const journal = await readJournal(dir);
  await applyJournal(dir, journal.files);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return journal;
  }
  for (const name of names) {
    if (!name.endsWith(STAGE_SUFFIX)) continue;
    await writeBoundary('cleanup');
    await rm(join(dir, name), { force: true });
  }
  return journal;
}

async function applyJournal(dir: string, files: readonly { file: string; stage: string }[]): Promise<void> {
  let renamed = false;
  for (const { file, stage } of files) {
    try {
      await writeBoundary('rename');
      await rename(join(dir, stage), join(dir, file));
      renamed = true;
    } catch (error) {
      // Already renamed by the writer before a crash, or by an earlier recovery.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  if (renamed) await syncFolder(dir);
}

/**
 * A file of the folder as the last commit made it: its stage file while the commit's rename is
 * still pending, else the file itself. Null when it does not exist.
 */
export async function readFolderFile(dir: string, file: string): Promise<Buffer | null> {
  const journal = await readJournal(dir).catch(() => ({ seq: 0, files: [] }) as FolderJournal);
  const pending = journal.files.find((entry) => entry.file === file);
  if (pending) {
    try {
      return await readFile(join(dir, pending.stage));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  try {
    return await readFile(join(dir, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The folder's file names as the last commit made them (a file whose rename is pending is listed). */
export async function listFolderFiles(dir: string): Promise<string[]> {
  const [names, journal] = await Promise.all([readdir(dir), readJournal(dir).catch(() => null)]);
  const all = new Set(names.filter((name) => !name.endsWith(STAGE_SUFFIX)));
  for (const { file } of journal?.files ?? []) all.add(file);
  return [...all];
}

/** How often a reader starts again when commits keep landing while it reads. */
const READ_ATTEMPTS = 50;

/**
 * Runs a read of several files without the lock (reads write nothing, so they work on a full
 * disk), again if a commit landed meanwhile, so what it returns is one commit's state.
 */
export async function readFolderConsistently<T>(dir: string, read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const before = await readJournal(dir).catch(() => null);
    const value = await read();
    const after = await readJournal(dir).catch(() => null);
    if (before?.seq === after?.seq || attempt >= READ_ATTEMPTS) {
      if (before?.seq !== after?.seq) throw folderError('folder.busy', { dir, owner: '?' });
      return value;
    }
  }
}

/** A disk error as the th/en reason a person reads; other errors pass through. */
export function diskError(error: unknown, dir: string): unknown {
  if (error instanceof RegisterFolderError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') return folderError('folder.full', { dir });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return folderError('folder.read_only', { dir });
  return error;
}

async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(dir: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms cannot open a folder; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}
