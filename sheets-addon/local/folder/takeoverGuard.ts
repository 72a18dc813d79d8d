import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';

const RETRY_MS = 5;

/**
 * Runs `work` while no other process on this machine runs it for the same folder. On Linux the
 * guard is an abstract Unix socket name: binding it is atomic, and the kernel frees it the
 * moment its holder dies, so the guard itself can never be left stale. Where that does not exist
 * (macOS, Windows) the guard is skipped: a dead lock is then removed after a re-read alone, which
 * leaves a narrow race only when two processes find the same dead lock at the same instant.
 */
export async function withTakeoverGuard<T>(dir: string, work: () => Promise<T>): Promise<T> {
  if (process.platform !== 'linux') return work();
  const name = `\0netreg-takeover-${createHash('sha256').update(folderIdentity(dir)).digest('hex').slice(0, 32)}`;
  const server = await bind(name);
  try {
    return await work();
  } finally {
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  }
}

function folderIdentity(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/** Binds the guard's name, waiting while another process holds it; null where sockets are refused (a sandbox). */
async function bind(name: string): Promise<Server | null> {
  for (;;) {
    const server = createServer();
    const bound = await new Promise<boolean | null>((done) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        done(error.code === 'EADDRINUSE' ? false : null),
      );
      server.listen({ path: name }, () => done(true));
    });
    if (bound === null) return null;
    if (bound) {
      server.unref();
      return server;
    }
    await new Promise((done) => setTimeout(done, RETRY_MS));
  }
}
