import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport, runNetreg } from './netregRun';

describe('netreg init', () => {
  it('creates an empty register that import, summary and validate then accept', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netreg-init-'));
    const refused = await runNetreg(cwd, ['validate', '--dir', 'mine']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('netreg init --dir');

    const created = await runNetreg(cwd, ['init', '--dir', 'mine', '--lang', 'en']);
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toContain('netreg serve --dir "mine"');
    expect(readdirSync(join(cwd, 'mine'))).toEqual(expect.arrayContaining(['register.json', 'partners.csv']));

    const valid = await runNetreg(cwd, ['validate', '--dir', 'mine', '--lang', 'en']);
    expect(valid.code).toBe(0);
    expect(valid.out).toMatch(/Partners.*: 0 rows/);
  });

  it('then imports into it, naming the tab and the columns as people read them, not by their keys', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netreg-init-'));
    await runNetreg(cwd, ['init', '--dir', 'mine']);
    writeFileSync(join(cwd, 'partners.csv'), 'ชื่อหน่วยงาน,ภาคส่วน,โทรศัพท์\nอบต.ดอนแก้ว,หน่วยงานรัฐ,053121234\n');
    const thai = await runImport(cwd, 'partners.csv', 'partners', '--dir', 'mine', '--dry-run');
    expect(thai.out).toContain('→ ภาคีเครือข่าย (');
    expect(thai.out).toContain('คอลัมน์: ชื่อหน่วยงาน → ชื่อหน่วยงาน; ภาคส่วน → ภาคส่วน; โทรศัพท์ → โทรศัพท์');
    const english = await runImport(
      cwd,
      'partners.csv',
      'partners',
      '--dir',
      'mine',
      '--dry-run',
      '--lang',
      'en',
    );
    expect(english.out).toContain('Columns: ชื่อหน่วยงาน → Partner name; ภาคส่วน → Sector; โทรศัพท์ → Phone');
    expect(english.out).not.toMatch(/→ (name|sector|phone|partners)\b/);
  });

  it('says in Thai by default, and refuses to overwrite a register', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netreg-init-'));
    const created = await runNetreg(cwd, ['init']);
    expect(created.out).toContain('สร้างทะเบียนว่าง');
    const again = await runNetreg(cwd, ['init']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('A register already exists');
    expect(again.err).toContain('มีทะเบียนอยู่แล้ว');
  });

  it('is listed in help with its usage', async () => {
    const help = await runNetreg(tmpdir(), ['--help']);
    expect(help.out).toContain('netreg init [--dir D] [--lang th|en]');
  });
});
