import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, withFolderLock } from '../../../../sheets-addon/local/registerFolder';

const WORKER = join(import.meta.dirname, 'lockWorker.ts');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'netreg-lock-'));
});

interface Worker {
  child: ChildProcessByStdio<Writable, Readable, null>;
  /** Everything it printed, once it has exited. */
  output: Promise<string>;
  exited: Promise<void>;
}

function startWorker(args: string[]): Worker {
  // Node itself with tsx's loader, so a signal reaches the process that holds the lock.
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return { child, exited, output: exited.then(() => text) };
}

function printed(worker: Worker, line: string): Promise<void> {
  return new Promise((done) => {
    let text = '';
    worker.child.stdout.on('data', (chunk: Buffer) => {
      text += chunk;
      if (text.includes(line)) done();
    });
  });
}

describe('the folder lock', () => {
  it('is never taken from a live owner, even a paused one, and is free once it lets go', async () => {
    const holder = startWorker(['hold', dir]);
    await printed(holder, 'locked');
    holder.child.kill('SIGSTOP');
    const attempt = withFolderLock(dir, async () => 'took it', { waitMs: 300 });
    await expect(attempt).rejects.toMatchObject({ reason: { code: 'folder.busy' } });
    holder.child.kill('SIGCONT');
    holder.child.stdin.end();
    await holder.exited;
    await expect(withFolderLock(dir, async () => 'took it', { waitMs: 300 })).resolves.toBe('took it');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 60_000);

  it('is taken over when its owner was killed', async () => {
    const holder = startWorker(['hold', dir]);
    await printed(holder, 'locked');
    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    await expect(withFolderLock(dir, async () => 'took it', { waitMs: 300 })).resolves.toBe('took it');
  }, 60_000);

  it('treats a pid now used by a process started at another time as dead', async () => {
    const reused = { token: 'old', pid: process.pid, start: '1', host: hostname() };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify(reused));
    const expected = existsSync('/proc/self/stat') ? 'took it' : 'busy';
    const outcome = await withFolderLock(dir, async () => 'took it', { waitMs: 200 }).catch(() => 'busy');
    expect(outcome).toBe(expected);
  });

  it('takes over a lock in the older "pid, time" form when that pid is gone', async () => {
    writeFileSync(join(dir, LOCK_FILE), '999999999\n2020-01-01T00:00:00Z\n');
    await expect(withFolderLock(dir, async () => 'took it', { waitMs: 200 })).resolves.toBe('took it');
  });

  it('admits one holder at a time when six processes find the same dead lock', async () => {
    const dead = startWorker(['hold', dir]);
    await printed(dead, 'locked');
    dead.child.kill('SIGKILL');
    await dead.exited;
    const racers = Array.from({ length: 6 }, () => startWorker(['race', dir, '4']));
    for (const racer of racers) racer.child.stdin.end();
    const outputs = await Promise.all(racers.map((racer) => racer.output));
    expect(outputs.map((text) => text.trim())).toEqual(racers.map(() => 'overlaps 0'));
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 120_000);

  it('is released only by its owner: a lock file someone else put in its place stays', async () => {
    const other = { token: 'someone-else', pid: process.ppid, host: hostname() };
    await withFolderLock(dir, async () => {
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify(other));
    });
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ token: 'someone-else' });
  });
});
