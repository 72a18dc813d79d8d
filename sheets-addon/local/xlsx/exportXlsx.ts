import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/i18n/language';
import { serialOf, todayIso } from '../../../shared/metrics/dates';
import { type FigureKind, figureNumberFormat } from '../../../shared/metrics/figureFormats';
import { formulaValues } from '../../../shared/metrics/formulaValues';
import { labelsRange } from '../../../shared/metrics/listsArea';
import { PARTNER_FORMULA_COLUMNS } from '../../../shared/metrics/partnerColumns';
import {
  type RegisterWorkbook,
  registerWorkbook,
  type SheetGrid,
} from '../../../shared/metrics/registerGrids';
import { type GridCell, settingRef } from '../../../shared/metrics/settingsArea';
import type { Register } from '../../../shared/register/register';
import { DATA_TABS } from '../../../shared/schema/tabs';
import { columnLetter } from '../../../shared/table/columnLetter';
import { ooxmlFormula } from './ooxmlFormula';

/** Rows that carry dropdowns for enum columns: far past any register, short of slowing a file. */
const VALIDATED_ROWS = 5_000;

export interface ExportXlsxOptions {
  /** The as-of date the figures and cached results are computed at. @default settings.as_of or today */
  asOf?: string;
}

/**
 * Writes the register as an .xlsx: every tab with header labels and data, the portable formulas
 * with a cached result in every formula cell (from the metric definitions, so a reader that does
 * not recalculate still shows the figures), each figure formatted as what it is, Settings, Lists (hidden), Links (hidden) and the Summary,
 * enum dropdowns fed by Lists, frozen header rows. Programs recalculate on opening, so the file
 * keeps working in Google Sheets, Excel and LibreOffice.
 */
export async function exportXlsx(
  register: Register,
  outPath: string,
  opts: ExportXlsxOptions = {},
): Promise<RegisterWorkbook> {
  const asOf = opts.asOf ?? register.settings.as_of ?? todayIso();
  const built = registerWorkbook(register, asOf);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Network Register';
  workbook.calcProperties.fullCalcOnLoad = true;
  const cached = formulaValues(built, register);
  for (const sheet of built.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    writeSheet(worksheet, sheet, cached.get(sheet.name), sheetKinds(built, sheet), built.layout.language);
  }
  addDropdowns(workbook, built);
  await workbook.xlsx.writeFile(outPath);
  return built;
}

type Cached = Map<string, GridCell> | undefined;

/** The kind of figure each cell of a sheet holds, by A1 address or by 1-based column. */
interface SheetKinds {
  cells: Map<string, FigureKind>;
  columns: Map<number, FigureKind>;
}

/** Figures' kinds: Partners' formula columns, the Summary's cells, and every date column. */
function sheetKinds(built: RegisterWorkbook, sheet: SheetGrid): SheetKinds {
  const kinds: SheetKinds = { cells: new Map(), columns: new Map() };
  // Settings' value column mixes dates with day counts and weights: only its dates are dates.
  if (sheet.role !== 'settings') for (const column of sheet.dateColumns) kinds.columns.set(column, 'date');
  if (sheet.role === 'partners')
    for (const column of PARTNER_FORMULA_COLUMNS)
      kinds.columns.set(built.layout.columns.partners[column.key], column.kind);
  if (sheet.role === 'summary')
    for (const { row, column, kind } of built.summary.kinds)
      kinds.cells.set(`${columnLetter(column)}${row}`, kind);
  if (sheet.role === 'settings')
    for (const key of ['as_of', 'as_of_effective'] as const)
      kinds.cells.set(settingRef(built.layout, key).split('!')[1].replace(/\$/g, ''), 'date');
  return kinds;
}

function writeSheet(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetGrid,
  cached: Cached,
  kinds: SheetKinds,
  language: Language,
): void {
  const dates = new Set(sheet.dateColumns);
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      const address = `${columnLetter(c + 1)}${r + 1}`;
      const target = worksheet.getCell(r + 1, c + 1);
      if (typeof cell === 'string' && cell.startsWith('=')) {
        const result = cached?.get(address);
        if (result === undefined || result === null)
          throw new Error(`no cached result for ${sheet.name}!${address}: ${cell}`);
        target.value = { formula: ooxmlFormula(cell.slice(1)), result } as ExcelJS.CellFormulaValue;
      } else if (dates.has(c + 1) && typeof cell === 'string' && serialOf(cell) !== null) {
        target.value = new Date(`${cell}T00:00:00Z`);
      } else {
        target.value = cell;
      }
      const kind = kinds.cells.get(address) ?? (r === 0 ? undefined : kinds.columns.get(c + 1));
      const format = kind ? figureNumberFormat(kind, 'xlsx', language) : null;
      if (format) target.numFmt = format;
    });
  });
  if (sheet.rows.length > 0) worksheet.getRow(1).font = { bold: true };
}

/** Dropdowns of labels for every enum column, fed by the Lists sheet. */
function addDropdowns(workbook: ExcelJS.Workbook, built: RegisterWorkbook): void {
  for (const tab of DATA_TABS) {
    const worksheet = workbook.getWorksheet(built.layout.sheets[tab.key]);
    if (!worksheet) continue;
    for (const column of tab.columns) {
      if (!column.enum) continue;
      const letter = columnLetter(built.layout.columns[tab.key][column.key]);
      // exceljs keeps range validations in a model that is not typed; this is its documented shape.
      (
        worksheet as unknown as {
          dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void };
        }
      ).dataValidations.add(`${letter}2:${letter}${VALIDATED_ROWS}`, {
        type: 'list',
        allowBlank: true,
        formulae: [labelsRange(built.layout, column.enum)],
      });
    }
  }
}
