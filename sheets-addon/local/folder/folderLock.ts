import { randomBytes } from 'node:crypto';
import { link, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { diskError } from './folderCommit';
import { type LockOwner, lockOwnerState, ownLockOwner, parseLockOwner } from './lockOwner';
import { folderError } from './messages';
import { withTakeoverGuard } from './takeoverGuard';
import { writeBoundary } from './writeBoundary';

/** The lock file the CLI and the local host take before changing a register folder. */
export const LOCK_FILE = '.netreg.lock';
/** How long a writer waits for a live owner before giving up with a readable error. */
export const LOCK_WAIT_MS = 15_000;
const RETRY_MS = 20;

/** Writers in this process, by folder: they queue here first, so the lock file is only contended across processes. */
const queues = new Map<string, Promise<unknown>>();

/**
 * Takes the folder's lock file, or throws `folder.busy` after LOCK_WAIT_MS while a live process
 * holds it. The file appears whole or not at all (written aside, then hard-linked into place,
 * which fails when the name exists), so no writer ever sees a half-written owner. A lock is
 * taken over only when its owner is dead (no such process, or the pid now names a process
 * started at another time); a live owner keeps it however long it works or is paused.
 */
async function acquire(dir: string, waitMs: number): Promise<LockOwner> {
  const path = join(dir, LOCK_FILE);
  const me = ownLockOwner(randomBytes(8).toString('hex'));
  const aside = join(dir, `${LOCK_FILE}.${me.token}.tmp`);
  const deadline = Date.now() + waitMs;
  try {
    await writeBoundary('lock');
    await writeFile(aside, `${JSON.stringify(me)}\n`, { flag: 'wx' });
  } catch (error) {
    throw lockFileError(error, dir);
  }
  try {
    for (;;) {
      try {
        await link(aside, path);
        return me;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw lockFileError(error, dir);
      }
      const seen = await readOwner(path);
      if (seen === 'gone') continue;
      if (lockOwnerState(seen) === 'dead') {
        await removeDeadLock(dir, path, seen);
        continue;
      }
      if (Date.now() > deadline) throw folderError('folder.busy', { dir, owner: String(seen.pid ?? '?') });
      await new Promise((done) => setTimeout(done, RETRY_MS));
    }
  } finally {
    await rm(aside, { force: true });
  }
}

/**
 * Removes a lock whose owner is dead. Two processes may find the same dead lock: under the
 * takeover guard each re-reads it first, so only the one that still sees that very owner
 * removes it, and a lock taken meanwhile by a live process is never removed.
 */
async function removeDeadLock(dir: string, path: string, seen: LockOwner): Promise<void> {
  await withTakeoverGuard(dir, async () => {
    const now = await readOwner(path);
    if (now === 'gone' || now.token !== seen.token || now.raw !== seen.raw) return;
    await unlink(path).catch(() => undefined);
  });
}

async function readOwner(path: string): Promise<LockOwner | 'gone'> {
  try {
    return parseLockOwner(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
}

/** Only the owner releases: a lock file holding another owner's token is left alone. */
async function release(dir: string, me: LockOwner): Promise<void> {
  const path = join(dir, LOCK_FILE);
  const now = await readOwner(path).catch(() => 'gone' as const);
  if (now !== 'gone' && now.token === me.token) await unlink(path).catch(() => undefined);
}

function lockFileError(error: unknown, dir: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return folderError('folder.missing', { dir });
  return diskError(error, dir);
}

/**
 * Runs `work` holding the folder's lock: one writer at a time, in this process (a queue) and
 * across processes (the lock file, see `acquire`).
 */
export function withFolderLock<T>(
  dir: string,
  work: () => Promise<T>,
  { waitMs = LOCK_WAIT_MS }: { waitMs?: number } = {},
): Promise<T> {
  const key = resolve(dir);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    .then(async () => {
      const me = await acquire(dir, waitMs);
      try {
        return await work();
      } finally {
        await release(dir, me);
      }
    });
  queues.set(key, run);
  void run
    .finally(() => {
      if (queues.get(key) === run) queues.delete(key);
    })
    .catch(() => undefined);
  return run;
}
