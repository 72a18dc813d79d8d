import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../../../sheets-addon/cli/command';
import { main } from '../../../sheets-addon/cli/main';

function recordingIo(cwd: string): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text), cwd };
}

describe('netreg serve', () => {
  it('refuses a folder that is not there in one th/en line, and does not create it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netreg-serve-'));
    const io = recordingIo(cwd);
    const code = await main(['serve', '--dir', 'registr', '--port', '0'], io);
    expect(code).toBe(1);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toContain('No register folder');
    expect(io.stderr[0]).toContain('ไม่พบโฟลเดอร์ทะเบียน');
    expect(existsSync(join(cwd, 'registr'))).toBe(false);
  });

  it('says what a port is when --port is not one', async () => {
    const io = recordingIo(tmpdir());
    expect(await main(['serve', '--port', 'eighty'], io)).toBe(2);
    expect(io.stderr[0]).toContain('--port');
  });
});
