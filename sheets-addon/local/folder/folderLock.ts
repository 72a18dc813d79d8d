import { open, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { folderError } from './messages';

/** The lock file the CLI and the local host take before changing a register folder. */
export const LOCK_FILE = '.netreg.lock';
/** A lock older than this was left by a process that died mid-write; it is taken over. */
export const STALE_LOCK_MS = 30_000;
/** How long a writer waits for another one before giving up with a readable error. */
export const LOCK_WAIT_MS = 15_000;
const RETRY_MS = 25;

/** Writers in this process, by folder: they queue here first, so the lock file is only contended across processes. */
const queues = new Map<string, Promise<unknown>>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isStale(path: string): Promise<boolean> {
  try {
    const [info, text] = await Promise.all([stat(path), readFile(path, 'utf8')]);
    const pid = Number(text.split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !processAlive(pid)) return true;
    return Date.now() - info.mtimeMs > STALE_LOCK_MS;
  } catch {
    return false;
  }
}

async function acquire(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n${new Date().toISOString()}\n`);
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw folderError('folder.missing', { dir });
      if (code !== 'EEXIST') throw error;
    }
    if (await isStale(path)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw folderError('folder.busy', { dir });
    await new Promise((done) => setTimeout(done, RETRY_MS));
  }
}

/**
 * Runs `work` holding the folder's lock: one writer at a time, in this process (a queue) and
 * across processes (an exclusive lock file, taken over when its owner died or it went stale).
 */
export function withFolderLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(dir);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    .then(async () => {
      const release = await acquire(dir);
      try {
        return await work();
      } finally {
        await release();
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
