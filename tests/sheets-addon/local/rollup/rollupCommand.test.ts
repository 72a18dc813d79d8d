import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawGrid } from '../../../../shared/rollup/schoolRegister';
import { main } from '../../../../sheets-addon/cli/main';
import { syntheticRegister } from '../../../shared/rollup/syntheticRegister';

const AS_OF = '2026-03-31';
let dir: string;

async function writeFolder(path: string, tabs: Record<string, RawGrid>): Promise<void> {
  await mkdir(path, { recursive: true });
  for (const [title, grid] of Object.entries(tabs)) {
    await writeFile(join(path, `${title}.csv`), `\uFEFF${Papa.unparse(grid as unknown[][])}`);
  }
}

/** An .xlsx as a spreadsheet program saves it; `asFormulas` stores numbers as formulas with cached results. */
async function writeXlsx(path: string, tabs: Record<string, RawGrid>, asFormulas = false): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [title, grid] of Object.entries(tabs)) {
    const rows = grid.map((row) =>
      row.map((cell) =>
        asFormulas && typeof cell === 'number' ? { formula: `${cell}*1`, result: cell } : cell,
      ),
    );
    workbook.addWorksheet(title).addRows(rows as unknown[][]);
  }
  await workbook.xlsx.writeFile(path);
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['rollup', ...args], {
    out: (text) => {
      out += `${text}\n`;
    },
    err: (text) => {
      err += `${text}\n`;
    },
    cwd: dir,
  });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netreg-rollup-'));
  const school = (seed: number, language: 'th' | 'en') =>
    syntheticRegister({ seed, partners: 15 + seed, activities: 60, language, asOf: AS_OF });
  await writeFolder(join(dir, 'บ้านแม่แรม'), school(1, 'th'));
  await writeFolder(join(dir, 'english-school'), school(2, 'en'));
  await writeXlsx(join(dir, 'ดอยคำ.xlsx'), school(3, 'th'));
  await writeXlsx(join(dir, 'twin-of-doikham.xlsx'), school(3, 'en'), true);
  await writeFolder(join(dir, 'budget-only'), {
    งบประมาณ: [
      ['รายการ', 'จำนวนเงิน'],
      ['ค่าอาหาร', 100],
    ],
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('netreg rollup', () => {
  it('rolls up folders and .xlsx files in either language into district.xlsx with highlights', async () => {
    const result = await run([
      'บ้านแม่แรม',
      'english-school',
      'ดอยคำ.xlsx',
      'twin-of-doikham.xlsx',
      'budget-only',
      'nowhere',
      '--as-of',
      AS_OF,
      '--out',
      'district.xlsx',
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'district.xlsx'));
    const sheet = workbook.getWorksheet('ภาพรวมเขต');
    if (!sheet) throw new Error('no District sheet');
    expect(sheet.getCell('A1').value).toBe('โรงเรียน');
    expect(sheet.getCell('A2').value).toBe('รวมทั้งเขต (รวม/เฉลี่ย)');
    expect(sheet.getCell('C2').value).toBe('อ่านได้ 4 จาก 6 โรงเรียน (อ่านไม่ได้ 2)');
    const names = [3, 4, 5, 6, 7, 8].map((r) => sheet.getCell(`A${r}`).value);
    expect(names).toEqual([
      'บ้านแม่แรม',
      'english-school',
      'ดอยคำ',
      'twin-of-doikham',
      'budget-only',
      'nowhere',
    ]);
    expect(String(sheet.getCell('C7').value)).toContain('ไม่ใช่ทะเบียน');
    expect(String(sheet.getCell('C8').value)).toContain('ไม่พบไฟล์');
    // The Thai .xlsx and its English twin (numbers as formulas with cached results) give the same figures.
    const figures = (r: number) => [6, 7, 8, 9, 10, 11, 12, 13].map((c) => sheet.getRow(r).getCell(c).value);
    expect(figures(6)).toEqual(figures(5));
    const partners = [3, 4, 5, 6].map((r) => Number(sheet.getCell(`F${r}`).value));
    expect(sheet.getCell('F2').value).toBe(partners.reduce((a, b) => a + b, 0));
    const rules = (
      sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
    ).conditionalFormattings;
    expect(rules.some((rule) => rule.rules[0].formulae[0].includes('COUNTIF'))).toBe(true);
  });

  it('prints JSON with aggregate figures only, never a person', async () => {
    const result = await run(['บ้านแม่แรม', 'ดอยคำ.xlsx', '--json', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.as_of).toBe(AS_OF);
    expect(json.schools.map((s: { status: string }) => s.status)).toEqual(['ok', 'ok']);
    expect(json.total.partners).toBe(json.schools[0].figures.partners + json.schools[1].figures.partners);
    expect(result.out).not.toMatch(/สมศรี|@gmail|@partner|081 234|\+66/);
  });

  it('rolls up the list kept in an office folder’s own District tab (--dir), as Sheets does', async () => {
    const office = join(dir, 'office');
    await mkdir(office);
    expect((await run(['--dir', 'office', '--lang', 'en'])).out).toContain('No schools listed yet');
    const csv = await readFile(join(office, 'district.csv'), 'utf8');
    // The officer types three schools under the header, in the file's own line endings.
    const eol = csv.includes('\r\n') ? '\r\n' : '\n';
    const listed = [csv.trimEnd(), 'บ้านแม่แรม,../บ้านแม่แรม', 'ดอยคำ,../ดอยคำ.xlsx', 'หาย,../nowhere', ''].join(
      eol,
    );
    await writeFile(join(office, 'district.csv'), listed);
    const result = await run(['--dir', 'office', '--lang', 'en', '--as-of', AS_OF]);
    expect(result.out.trim()).toBe('District roll-up finished: 2 of 3 registers read');
    const saved = Papa.parse<string[]>(await readFile(join(office, 'district.csv'), 'utf8'), {
      skipEmptyLines: true,
    }).data;
    expect(saved[1][2]).toBe('2 of 3 schools read (1 unreadable)');
    expect(saved.slice(2).map((row) => row[0])).toEqual(['บ้านแม่แรม', 'ดอยคำ', 'หาย']);
    expect(Number(saved[1][5])).toBe(Number(saved[2][5]) + Number(saved[3][5]));
  });

  it('refuses a call with no register or no output, with a readable message', async () => {
    expect((await run(['--json'])).err).toContain('register folder');
    expect((await run(['บ้านแม่แรม'])).err).toContain('--out');
    const impossible = await run(['บ้านแม่แรม', '--json', '--as-of', '2024-02-30']);
    expect(impossible.code).toBe(2);
    expect(impossible.err).toContain('does not exist');
    expect(impossible.err).toContain('ไม่มีวันที่');
  });

  it('reads a Buddhist Era --as-of as the same day in the Common Era, as every typed date is', async () => {
    const buddhist = JSON.parse((await run(['บ้านแม่แรม', '--json', '--as-of', '31/03/2569'])).out);
    const common = JSON.parse((await run(['บ้านแม่แรม', '--json', '--as-of', '2026-03-31'])).out);
    expect(buddhist.as_of).toBe('2026-03-31');
    expect(buddhist).toEqual(common);
  });
});
