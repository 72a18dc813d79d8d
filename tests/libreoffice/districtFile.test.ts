import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRICT_HIGHLIGHT } from '../../shared/rollup/districtLook';
import { DISTRICT_FIGURES, type FigureKey } from '../../shared/rollup/figures';
import { main } from '../../sheets-addon/cli/main';
import { syntheticRegister } from '../shared/rollup/syntheticRegister';
import { type LibreOffice, startLibreOffice } from '../support/libreoffice';
import { type RenderedCell, renderedTables } from '../support/libreofficeHtml';

const run = promisify(execFile);
const AS_OF = '2026-03-31';
const SCHOOLS = ['บ้านแม่แรม', 'ดอยคำ', 'หนองบัว', 'ท่าศาลา', 'วัดป่า'];
/** Columns before the figures: name, link, status, rank, score. */
const FIXED_COLUMNS = 5;

interface RollupJson {
  schools: { name: string; weakest: FigureKey[]; figures: Record<FigureKey, number | string | null> }[];
  total: Record<FigureKey, number | string | null>;
}

let office: LibreOffice;
let dir: string;
let rollup: RollupJson;
let original: string;
let resaved: string;
let pdfText: string;
let pdfRaw: string;
/** The re-saved file as LibreOffice renders it: each cell's text and whether it is highlighted weak. */
let rendered: RenderedCell[][];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netreg-district-libreoffice-'));
  for (const [index, name] of SCHOOLS.entries()) {
    const tabs = syntheticRegister({
      seed: index + 1,
      partners: 8 + index * 5,
      activities: 20 + index * 15,
      language: 'th',
      asOf: AS_OF,
    });
    await mkdir(join(dir, name), { recursive: true });
    for (const [title, grid] of Object.entries(tabs))
      await writeFile(join(dir, name, `${title}.csv`), `\uFEFF${Papa.unparse(grid as unknown[][])}`);
  }
  let out = '';
  const code = await main(['rollup', ...SCHOOLS, '--as-of', AS_OF, '--out', 'district.xlsx', '--json'], {
    out: (text) => {
      out += text;
    },
    err: () => undefined,
    cwd: dir,
  });
  if (code !== 0) throw new Error(`netreg rollup exited ${code}`);
  rollup = JSON.parse(out.slice(out.indexOf('{'))) as RollupJson;
  original = join(dir, 'district.xlsx');
  office = await startLibreOffice();
  [resaved] = await office.convert([original], 'xlsx', join(dir, 'resaved'));
  const [pdf] = await office.convert([resaved], 'pdf', join(dir, 'pdf'));
  const text = async (mode: string) =>
    (await run('pdftotext', [mode, pdf, '-'], { maxBuffer: 16 * 1024 * 1024 })).stdout;
  pdfText = await text('-layout');
  // In content order a wrapped header's lines follow each other; -layout sets columns side by side.
  pdfRaw = await text('-raw');
  const [html] = await office.convert([resaved], 'html', join(dir, 'html'));
  [rendered] = renderedTables(await readFile(html, 'utf8'));
  // Three LibreOffice runs: minutes on a busy machine. Only a hang hits this.
}, 1_800_000);

/**
 * A cell's value as it reads: LibreOffice saves text that mixes Thai and Latin as rich text (one
 * run per script), and drops an empty text cell.
 */
function plain(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (value && typeof value === 'object' && 'richText' in value)
    return value.richText.map((run) => run.text).join('');
  return value === '' ? null : value;
}

afterAll(async () => {
  await office?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the district officer’s file in LibreOffice', () => {
  it('keeps every figure the roll-up computed when LibreOffice opens and re-saves it', async () => {
    const read = async (path: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      return workbook.worksheets[0];
    };
    const before = await read(original);
    const after = await read(resaved);
    const mismatches: string[] = [];
    before.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const value = plain(cell.value);
        const again = plain(after.getCell(r, c).value);
        const same =
          typeof value === 'number' && typeof again === 'number'
            ? Math.abs(value - again) < 1e-9
            : JSON.stringify(value) === JSON.stringify(again);
        if (!same) mismatches.push(`${cell.address}: ${String(value)} → ${String(again)}`);
      }),
    );
    expect(mismatches).toEqual([]);
    rollup.schools.forEach((school, s) => {
      DISTRICT_FIGURES.forEach((figure, f) => {
        const value = school.figures[figure.key];
        if (typeof value === 'number')
          expect(
            after.getCell(3 + s, FIXED_COLUMNS + 1 + f).value,
            `${school.name} ${figure.key}`,
          ).toBeCloseTo(value, 9);
      });
    });
  });

  it('highlights exactly the figures where a school is among the district’s weakest quarter', () => {
    const schoolRows = rendered.slice(2, 2 + SCHOOLS.length);
    expect(schoolRows.map((row) => row[0].text)).toEqual(SCHOOLS);
    rollup.schools.forEach((school, s) => {
      const highlighted = DISTRICT_FIGURES.filter(
        (_, f) => schoolRows[s][FIXED_COLUMNS + f].background === DISTRICT_HIGHLIGHT.weakBackground,
      ).map((figure) => figure.key);
      expect(highlighted, school.name).toEqual(
        DISTRICT_FIGURES.map((f) => f.key).filter((k) => school.weakest.includes(k)),
      );
    });
    expect(rollup.schools.some((school) => school.weakest.length > 0)).toBe(true);
  });

  it('shows figures as what they are: shares in percent, counts whole, dates in the Buddhist Era', () => {
    const total = rendered[1];
    const at = (key: FigureKey) =>
      total[FIXED_COLUMNS + DISTRICT_FIGURES.findIndex((f) => f.key === key)].text;
    expect(at('partners')).toBe(String(rollup.total.partners));
    expect(at('active_share')).toBe(`${Math.round(Number(rollup.total.active_share) * 100)}%`);
    expect(at('sector_diversity')).toMatch(/^0\.\d\d$/);
    expect(at('last_update')).toMatch(/^\d{1,2} [ก-๛.]+ 25\d\d$/);
  });

  it('renders to a PDF whose text carries the Thai headers, every school and the district totals', () => {
    // pdftotext may set a Thai combining mark apart (วัดป่ า): compare without spaces.
    const squeezed = pdfRaw.replace(/\s+/g, '');
    for (const header of ['โรงเรียน', 'สถานะ', 'อันดับ', 'คะแนน(0–100)', 'ภาคีที่ยังไม่สิ้นสุด', 'บันทึกล่าสุด'])
      expect(squeezed).toContain(header);
    for (const school of SCHOOLS) expect(squeezed).toContain(school);
    const totals = pdfText.split('\n').find((line) => line.includes('รวมทั้งเขต')) ?? '';
    expect(totals).toContain(`อ่านได้ ${SCHOOLS.length} จาก ${SCHOOLS.length} โรงเรียน`);
    expect(totals).toMatch(
      new RegExp(`\\s${rollup.total.partners}\\s+${Math.round(Number(rollup.total.active_share) * 100)}%`),
    );
    // A column too narrow for its figure prints as ###.
    expect(pdfText).not.toContain('###');
  });
});
