import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/i18n/language';
import { serialOf, todayIso } from '../../../shared/metrics/dates';
import { displayFigure, type FigureKind, figureNumberFormat } from '../../../shared/metrics/figureFormats';
import { formulaValues } from '../../../shared/metrics/formulaValues';
import { defaultLayout } from '../../../shared/metrics/layout';
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
import { textOfSheetCell } from '../../../shared/table/sheetText';
import { displayWidth } from '../../../shared/text/displayWidth';
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
  const built = registerWorkbook(register, asOf, {
    ...defaultLayout(register.language),
    comparedRows: comparedRows(register),
  });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Network Register';
  workbook.calcProperties.fullCalcOnLoad = true;
  const cached = formulaValues(built, register);
  for (const sheet of built.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: [{ state: 'frozen', ySplit: 1 }],
      // The Summary prints one page wide, as a person reads it; data tabs print as they run.
      pageSetup:
        sheet.role === 'summary'
          ? { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }
          : undefined,
    });
    writeSheet(worksheet, sheet, cached.get(sheet.name), sheetKinds(built, sheet), built.layout.language);
  }
  addDropdowns(workbook, built);
  await workbook.xlsx.writeFile(outPath);
  return built;
}

/**
 * The last row SUMPRODUCT formulas compare in the file: the rows that carry dropdowns, or every
 * row of a larger register. Whole columns would cost LibreOffice about a second per formula on
 * every recalculation (an array of 1,048,576 rows per comparison), so past this row a row added
 * in Excel or LibreOffice is not counted by the indicator and PDSA figures.
 */
function comparedRows(register: Register): number {
  const longest = Math.max(...DATA_TABS.map((tab) => register.tables[tab.key].length));
  return Math.max(VALIDATED_ROWS, longest + 1);
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

/** Columns are never narrower than this, nor wider (longer text runs on into an empty neighbour). */
const COLUMN_WIDTH = { min: 8, max: 48 } as const;

function writeSheet(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetGrid,
  cached: Cached,
  kinds: SheetKinds,
  language: Language,
): void {
  const dates = new Set(sheet.dateColumns);
  const widths: number[] = [];
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
      } else if (typeof cell === 'string') {
        // An .xlsx string cell is text in every program: the grid's "this is text" apostrophe
        // would show as a character (Excel and LibreOffice keep it as part of the value).
        target.value = textOfSheetCell(cell);
      } else {
        target.value = cell;
      }
      const kind = kinds.cells.get(address) ?? (r === 0 ? undefined : kinds.columns.get(c + 1));
      const format = kind ? figureNumberFormat(kind, 'xlsx', language) : null;
      if (format) target.numFmt = format;
      const shown = typeof cell === 'string' && cell.startsWith('=') ? cached?.get(address) : cell;
      widths[c] = Math.max(widths[c] ?? 0, shownWidth(shown, kind, language));
    });
  });
  if (sheet.rows.length > 0) worksheet.getRow(1).font = { bold: true };
  // Each column as wide as the widest text it shows, so no date or sum prints as ###.
  widths.forEach((width, c) => {
    worksheet.getColumn(c + 1).width = Math.min(COLUMN_WIDTH.max, Math.max(COLUMN_WIDTH.min, width + 2));
  });
}

/** About how wide a cell's text is as shown: a figure as its number format shows it, text as itself. */
function shownWidth(value: GridCell | undefined, kind: FigureKind | undefined, language: Language): number {
  if (typeof value === 'string' && kind !== 'date') return displayWidth(textOfSheetCell(value));
  return displayWidth(kind ? displayFigure(value, kind, language) : String(value ?? ''));
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
