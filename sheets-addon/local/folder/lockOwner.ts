import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds a register folder's lock, as its lock file says. */
export interface LockOwner {
  /** A random token per acquisition: only the process holding it releases the lock. */
  token: string;
  pid?: number;
  /** The owner process's start time (Linux: /proc/<pid>/stat field 22), so a reused pid is not taken for it. */
  start?: string;
  host?: string;
  /** When it was taken (for people reading the file; never used to call a lock stale). */
  since?: string;
  /** The file's text as read, to compare two readings of the same lock. */
  raw?: string;
}

/** The start time of a process as the kernel counts it, or undefined where /proc is not there. */
function processStart(pid: number | 'self'): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

const ownStart = processStart('self');

/** This process as a lock owner, with a fresh token. */
export function ownLockOwner(token: string): LockOwner {
  return { token, pid: process.pid, start: ownStart, host: hostname(), since: new Date().toISOString() };
}

/**
 * A lock file's owner. Reads this version's JSON and the older `pid\nISO time` form; anything
 * else (an empty file a killed older version left) has no owner that could still be alive.
 */
export function parseLockOwner(text: string): LockOwner {
  try {
    const parsed = JSON.parse(text) as LockOwner;
    if (parsed && typeof parsed === 'object' && typeof parsed.token === 'string')
      return { ...parsed, raw: text };
  } catch {
    // Not JSON: the older form below.
  }
  const pid = Number(text.split('\n')[0]);
  return { token: text, raw: text, ...(Number.isInteger(pid) && pid > 0 ? { pid } : {}) };
}

/**
 * Whether the lock's owner is still running. Only a certainly dead owner is 'dead': on another
 * host (a shared drive) nothing can be known here, so that owner counts as alive.
 */
export function lockOwnerState(owner: LockOwner): 'alive' | 'dead' {
  if (owner.host !== undefined && owner.host !== hostname()) return 'alive';
  if (owner.pid === undefined) return 'dead';
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return 'dead';
  }
  if (owner.start !== undefined) {
    const start = processStart(owner.pid);
    if (start !== undefined && start !== owner.start) return 'dead';
  }
  return 'alive';
}
