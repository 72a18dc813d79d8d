import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../../../sheets-addon/cli/command';
import { main } from '../../../sheets-addon/cli/main';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

function recordingIo(): CommandIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text), cwd: PAGES };
}

describe('netreg extract', () => {
  it('--json prints the plain proposal with its sources as one JSON document', async () => {
    const io = recordingIo();
    const code = await main(
      ['extract', 'tambon-office/source.html', '--url', 'https://www.rimnuea.go.th/contact', '--json'],
      io,
    );
    expect(code).toBe(0);
    const printed = JSON.parse(io.stdout.join('\n'));
    expect(printed.partner).toMatchObject({
      name: 'องค์การบริหารส่วนตำบลริมเหนือ',
      sector: 'local_gov',
      phone: ['+6653297200'],
    });
    expect(printed.contacts[1]).toMatchObject({
      name: 'นางสาวจันทร์เพ็ญ ใจงาม',
      phone: ['+6653297200'],
      phone_ext: { '+6653297200': '101' },
    });
    expect(printed.sources.partner).toMatchObject({ name: 'meta:title', email: ['text'] });
  });

  it('without --json prints the values first and, separately, where each came from', async () => {
    const io = recordingIo();
    expect(
      await main(
        ['extract', 'school-contact/source.html', '--url', 'https://www.bandonkaew.ac.th/contact'],
        io,
      ),
    ).toBe(0);
    const [values, heading, sources] = io.stdout;
    expect(JSON.parse(values).partner.email).toEqual(['bandonkaew@obec.go.th']);
    expect(JSON.parse(values).sources).toBeUndefined();
    expect(heading).toContain('sources');
    expect(JSON.parse(sources).partner.name).toBe('json-ld');
  });

  it('reads a page saved in TIS-620, as older Thai sites still serve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netreg-extract-'));
    const thai = 'โรงเรียนบ้านนา';
    // TIS-620 puts Thai letters at U+0E01..U+0E5B minus 0x0E01 plus 0xA1.
    const bytes = Buffer.from(
      [...`<html><head><meta charset="tis-620"><title>${thai}</title></head><body></body></html>`].map(
        (char) => {
          const code = char.charCodeAt(0);
          return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e01 + 0xa1 : code;
        },
      ),
    );
    writeFileSync(join(dir, 'page.html'), bytes);
    const io = { ...recordingIo(), cwd: dir };
    expect(await main(['extract', 'page.html', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('\n')).partner.name).toBe(thai);
  });

  it('a missing file is one readable line and a non-zero exit', async () => {
    const io = recordingIo();
    expect(await main(['extract', 'no-such-page.html'], io)).not.toBe(0);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/cannot read .*no-such-page\.html/);
    expect(io.stdout).toEqual([]);
  });

  it('no file at all is a usage error', async () => {
    const io = recordingIo();
    expect(await main(['extract', '--json'], io)).not.toBe(0);
    expect(io.stderr[0]).toContain('name a saved page');
  });
});
