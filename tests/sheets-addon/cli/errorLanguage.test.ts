import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../sheets-addon/cli/command';
import { runCommand } from '../../../sheets-addon/cli/runCommand';
import { fixtureFolder, runNetreg } from './netregRun';

const TABS = 'partners|contacts|activities|agreements|resources|indicators|reflections';
const UNKNOWN_TAB_EN = `unknown tab "nope"; use ${TABS}`;
const UNKNOWN_TAB_TH = `ไม่รู้จักแท็บ "nope" ใช้ได้: ${TABS}`;
const NOT_A_LANGUAGE = 'netreg: --lang is th or en / --lang ต้องเป็น th หรือ en\n';

const emptyFolder = () => mkdtempSync(join(tmpdir(), 'netreg-lang-'));

describe('netreg speaks the language the person chose in its errors', () => {
  it('prints a usage error in Thai alone with --lang th', async () => {
    const run = await runNetreg(emptyFolder(), ['import', 'x.csv', '--tab', 'nope', '--lang', 'th']);
    expect(run).toEqual({ code: 2, out: '', err: `netreg import: ${UNKNOWN_TAB_TH}\n` });
  });

  it('prints a usage error in English alone with --lang en', async () => {
    const run = await runNetreg(emptyFolder(), ['import', 'x.csv', '--tab', 'nope', '--lang', 'en']);
    expect(run).toEqual({ code: 2, out: '', err: `netreg import: ${UNKNOWN_TAB_EN}\n` });
  });

  it('prints a usage error in English / Thai when no --lang was given', async () => {
    const run = await runNetreg(emptyFolder(), ['import', 'x.csv', '--tab', 'nope']);
    expect(run).toEqual({ code: 2, out: '', err: `netreg import: ${UNKNOWN_TAB_EN} / ${UNKNOWN_TAB_TH}\n` });
  });

  it('honours --lang typed before the command name, as after it', async () => {
    const before = await runNetreg(emptyFolder(), ['--lang', 'th', 'import', '--tab', 'nope', 'x.csv']);
    const after = await runNetreg(emptyFolder(), ['import', '--tab', 'nope', 'x.csv', '--lang', 'th']);
    expect(before).toEqual({ code: 2, out: '', err: `netreg import: ${UNKNOWN_TAB_TH}\n` });
    expect(before).toEqual(after);
  });

  it('hands --lang typed before the name to the command, which makes an English register with it', async () => {
    const cwd = emptyFolder();
    const created = await runNetreg(cwd, ['--lang', 'en', 'init', '--dir', 'mine']);
    expect(created).toMatchObject({ code: 0, err: '' });
    expect(created.out).toContain('Created an empty register');
    expect(JSON.parse(readFileSync(join(cwd, 'mine/register.json'), 'utf8')).language).toBe('en');
  });

  it('takes the last --lang typed, before or after the name', async () => {
    const run = await runNetreg(emptyFolder(), [
      '--lang',
      'en',
      'import',
      '--tab',
      'nope',
      'x.csv',
      '--lang',
      'th',
    ]);
    expect(run.err).toBe(`netreg import: ${UNKNOWN_TAB_TH}\n`);
  });

  it('refuses a --lang that is neither th nor en with a clear error and exit code 2, wherever it is', async () => {
    expect(await runNetreg(emptyFolder(), ['--lang', 'fr', 'summary'])).toEqual({
      code: 2,
      out: '',
      err: NOT_A_LANGUAGE,
    });
    expect(await runNetreg(emptyFolder(), ['summary', '--lang', 'fr'])).toMatchObject({
      code: 2,
      err: NOT_A_LANGUAGE,
    });
    expect(await runNetreg(emptyFolder(), ['summary', '--lang'])).toMatchObject({
      code: 2,
      err: NOT_A_LANGUAGE,
    });
  });

  it('names an unknown command in the chosen language', async () => {
    expect(await runNetreg(emptyFolder(), ['--lang', 'th', 'imprt'])).toEqual({
      code: 2,
      out: '',
      err: 'netreg: ไม่รู้จักคำสั่ง "imprt" — ดูคำสั่งทั้งหมดด้วย netreg help\n',
    });
    expect((await runNetreg(emptyFolder(), ['imprt', '--lang', 'en'])).err).toBe(
      'netreg: unknown command "imprt" — try: netreg help\n',
    );
  });

  it('says a register folder the file system refuses in the chosen language, with exit code 1', async () => {
    const cwd = fixtureFolder('netreg-lang-');
    const thai = await runNetreg(cwd, ['--lang', 'th', 'summary', '--dir', 'register/partners.csv/x']);
    expect(thai.code).toBe(1);
    expect(thai.err).toContain('ไม่ใช่โฟลเดอร์');
    expect(thai.err).not.toContain('is not a folder');
  });

  it("prints a command's unexpected file-system refusal in the chosen language, with exit code 1", async () => {
    const refusing: Command = {
      name: 'refuse',
      summary: '',
      usage: 'netreg refuse',
      run: () =>
        Promise.reject(
          Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: '/srv/r' }),
        ),
    };
    const lines: string[] = [];
    const io = { out: () => {}, err: (text: string) => lines.push(text), cwd: emptyFolder() };
    expect(await runCommand(['--lang', 'en', 'refuse'], io, [refusing])).toBe(1);
    expect(await runCommand(['refuse', '--lang', 'th'], io, [refusing])).toBe(1);
    expect(lines).toEqual([
      'netreg refuse: Permission denied for "/srv/r"; ask the computer’s owner for access or choose another folder',
      'netreg refuse: ไม่มีสิทธิ์เข้าถึง "/srv/r" กรุณาขอสิทธิ์จากเจ้าของเครื่อง หรือเลือกโฟลเดอร์อื่น',
    ]);
  });
});
