import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { serialOf } from '../../../../shared/metrics/dates';
import { PARTNER_FORMULA_COLUMNS } from '../../../../shared/metrics/partnerColumns';
import { exportXlsx } from '../../../../sheets-addon/local/xlsx/exportXlsx';
import { expectedPartnerCell, expectedSummaryCell, sameFigure } from '../../../formulas/expectedFigures';
import { ENGINE_CONFIG } from '../../../formulas/formulaEngine';
import { fixtureRegister } from '../../../shared/metrics/fixtureRegister';

const AS_OF = '2025-11-01';
const DAY_MS = 86_400_000;

/** A cell of the file as a spreadsheet program reads it: formulas as formulas, dates as serials. */
function programCell(value: ExcelJS.CellValue): RawCellContent {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime() / DAY_MS + 25_569;
  // A program reading an .xlsx maps the file's `_xlfn.` names back to its functions.
  if (typeof value === 'object' && 'formula' in value)
    return `=${(value.formula ?? '').replace(/_xlfn\./g, '')}`;
  if (typeof value === 'object') throw new Error(`unexpected cell ${JSON.stringify(value)}`);
  // A string cell of an .xlsx is text, even "=SUM(1)": HyperFormula reads a leading ' as "text".
  if (typeof value === 'string') return `'${value}`;
  return value as RawCellContent;
}

/** A formula cell's cached result as a program shows it before recalculating: text as it is. */
function cachedResult(value: ExcelJS.CellValue): unknown {
  return typeof value === 'string' ? value : programCell(value);
}

async function exported(register = fixtureRegister()) {
  const path = join(mkdtempSync(join(tmpdir(), 'netreg-xlsx-')), 'register.xlsx');
  const built = await exportXlsx(register, path, { asOf: AS_OF });
  const file = new ExcelJS.Workbook();
  await file.xlsx.readFile(path);
  return { register, built, file };
}

describe('exportXlsx', () => {
  it('writes a file whose formulas recalculate to the figures compute() gives', async () => {
    const { register, built, file } = await exported();
    const sheets: Record<string, RawCellContent[][]> = {};
    file.eachSheet((worksheet) => {
      const rows: RawCellContent[][] = [];
      worksheet.eachRow({ includeEmpty: true }, (row, r) => {
        const cells: RawCellContent[] = [];
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          cells[c - 1] = programCell(cell.value);
        });
        rows[r - 1] = Array.from(cells, (cell) => cell ?? null);
      });
      sheets[worksheet.name] = Array.from(rows, (row) => row ?? []);
    });
    const hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
    const value = (sheet: string, row: number, column: number) =>
      hf.getCellValue({ sheet: hf.getSheetId(sheet) as number, row: row - 1, col: column - 1 });
    const mismatches: string[] = [];
    built.metrics.partners.forEach((partner, index) => {
      for (const column of PARTNER_FORMULA_COLUMNS) {
        const actual = value(
          built.layout.sheets.partners,
          index + 2,
          built.layout.columns.partners[column.key],
        );
        const expected = expectedPartnerCell(column.key, partner, register.language);
        if (!sameFigure(actual, expected))
          mismatches.push(`${partner.id}.${column.key}: ${String(actual)} ≠ ${String(expected)}`);
      }
    });
    for (const [key, address] of Object.entries(built.summary.cells)) {
      const expected = expectedSummaryCell(key, built.metrics, built.layout.language);
      if (expected === undefined) continue;
      const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
      const actual = value(built.sheets[0].name, Number(row), letters.charCodeAt(0) - 64);
      if (!sameFigure(actual, expected))
        mismatches.push(`summary ${key}: ${String(actual)} ≠ ${String(expected)}`);
    }
    expect(mismatches).toEqual([]);
    expect(Object.keys(sheets)).toEqual(
      expect.arrayContaining(['ภาคีเครือข่าย', 'ตั้งค่า', 'รายการตัวเลือก', 'สรุปผล']),
    );
  });

  it('caches in every formula cell, hidden Links and Settings included, what HyperFormula recalculates', async () => {
    const { file } = await exported();
    const sheets: Record<string, RawCellContent[][]> = {};
    const cachedCells: { sheet: string; row: number; column: number; cached: unknown }[] = [];
    file.eachSheet((worksheet) => {
      const rows: RawCellContent[][] = [];
      worksheet.eachRow({ includeEmpty: true }, (row, r) => {
        const cells: RawCellContent[] = [];
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          cells[c - 1] = programCell(cell.value);
          if (cell.type === ExcelJS.ValueType.Formula)
            cachedCells.push({
              sheet: worksheet.name,
              row: r,
              column: c,
              cached: cachedResult(cell.model.result as ExcelJS.CellValue),
            });
        });
        rows[r - 1] = Array.from(cells, (cell) => cell ?? null);
      });
      sheets[worksheet.name] = Array.from(rows, (row) => row ?? []);
    });
    const hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
    // exceljs reads an empty text result back as no result; every other result must be there.
    const mismatches = cachedCells
      .map(({ sheet, row, column, cached }) => {
        const recalculated = hf.getCellValue({
          sheet: hf.getSheetId(sheet) as number,
          row: row - 1,
          col: column - 1,
        });
        return sameFigure(recalculated, cached ?? '')
          ? null
          : `${sheet}!R${row}C${column}: cached ${String(cached)} ≠ ${String(recalculated)}`;
      })
      .filter((line) => line !== null);
    expect(cachedCells.length).toBeGreaterThan(100);
    expect(new Set(cachedCells.map((cell) => cell.sheet))).toEqual(
      new Set(['สรุปผล', 'ภาคีเครือข่าย', 'ตั้งค่า', 'ความเชื่อมโยง']),
    );
    expect(mismatches).toEqual([]);
  });

  it('formats each figure as what it is: counts, shares, money in baht, Buddhist-Era dates', async () => {
    const { built, file } = await exported();
    const summary = file.getWorksheet(built.sheets[0].name) as ExcelJS.Worksheet;
    const format = (key: string) => summary.getCell(built.summary.cells[key]).numFmt;
    expect(format('partners_total')).toBe('#,##0');
    expect(format('contacted_share')).toBe('0%');
    expect(format('resources_total_value')).toBe('#,##0" บาท"');
    expect(format('sector_diversity')).toBe('0.00');
    expect(format('as_of')).toBe('[$-107041E]d mmm yyyy');
    expect(format('last_reflection')).toBe('[$-107041E]d mmm yyyy');
    const partners = file.getWorksheet(built.layout.sheets.partners) as ExcelJS.Worksheet;
    const column = (key: string) => partners.getCell(2, built.layout.columns.partners[key]).numFmt;
    expect(column('engagement_score')).toBe('0.0');
    expect(column('last_contact')).toBe('[$-107041E]d mmm yyyy');
    expect(column('resources_value')).toBe('#,##0" บาท"');
    const settings = file.getWorksheet('ตั้งค่า') as ExcelJS.Worksheet;
    expect(settings.getCell('B4').numFmt).toBeFalsy();
  });

  it('caches compute()’s results in the formula cells, so a reader that does not recalculate sees the figures', async () => {
    const { built, file } = await exported();
    const partners = file.getWorksheet(built.layout.sheets.partners);
    const cell = partners?.getCell(2, built.layout.columns.partners.last_contact)
      .value as ExcelJS.CellFormulaValue;
    expect(cell.formula).toContain('VLOOKUP');
    // exceljs hands back a cached date of a date-formatted cell as a Date.
    expect(cell.result).toEqual(new Date('2025-09-18T00:00:00Z'));
    expect(serialOf('2025-09-18')).toBe(45_918);
    const state = partners?.getCell(3, built.layout.columns.partners.relationship_state)
      .value as ExcelJS.CellFormulaValue;
    expect(state.result).toBe('เริ่มห่าง');
  });

  it('freezes header rows, hides Lists and Links, and gives enum columns dropdowns of Lists labels', async () => {
    const { built, file } = await exported();
    const partners = file.getWorksheet(built.layout.sheets.partners) as ExcelJS.Worksheet;
    expect(partners.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(file.getWorksheet('รายการตัวเลือก')?.state).toBe('hidden');
    expect(file.getWorksheet('ความเชื่อมโยง')?.state).toBe('hidden');
    expect(partners.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringContaining('รายการตัวเลือก')],
    });
    expect(partners.getCell('A1').value).toBe('รหัส');
  });

  it('keeps text that looks like a formula, or starts with an apostrophe, as the text itself', async () => {
    const register = fixtureRegister();
    register.tables.partners[0] = { ...register.tables.partners[0], name: '=SUM(1)' };
    register.tables.reflections = [
      { id: 'L-0001', date: '2025-10-01', phase: 'study', lesson: "'quoted", due: null },
      { id: 'L-0002', date: '2025-10-02', phase: 'act', lesson: '=HYPERLINK("x")', due: null },
    ];
    const { built, file } = await exported(register);
    const partners = file.getWorksheet(built.layout.sheets.partners) as ExcelJS.Worksheet;
    expect(partners.getCell(2, built.layout.columns.partners.name).value).toBe('=SUM(1)');
    const reflections = file.getWorksheet(built.layout.sheets.reflections) as ExcelJS.Worksheet;
    const lesson = built.layout.columns.reflections.lesson;
    expect([reflections.getCell(2, lesson).value, reflections.getCell(3, lesson).value]).toEqual([
      "'quoted",
      '=HYPERLINK("x")',
    ]);
    const summary = file.getWorksheet(built.sheets[0].name) as ExcelJS.Worksheet;
    const latest = summary.getCell(built.summary.cells.last_reflection_lesson)
      .value as ExcelJS.CellFormulaValue;
    expect(latest.result).toBe('=HYPERLINK("x")');
  });

  it('compares indicators and reflections row by row over the register’s rows, not whole columns', async () => {
    const { built, file } = await exported();
    const summary = file.getWorksheet(built.sheets[0].name) as ExcelJS.Worksheet;
    const rowByRow: string[] = [];
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.formula.includes('SUMPRODUCT'))
          rowByRow.push(cell.formula);
      }),
    );
    expect(rowByRow).toHaveLength(7);
    for (const formula of rowByRow) {
      expect(formula).not.toMatch(/!\$[A-Z]+:\$[A-Z]+/);
      expect(formula).toMatch(/!\$[A-Z]+\$2:\$[A-Z]+\$5000/);
    }
  });
});
