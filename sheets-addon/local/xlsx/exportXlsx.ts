import ExcelJS from 'exceljs';
import { serialOf, todayIso } from '../../../shared/metrics/dates';
import { columnLetter } from '../../../shared/metrics/layout';
import { labelsRange, listLabel } from '../../../shared/metrics/listsArea';
import { PARTNER_FORMULA_COLUMNS } from '../../../shared/metrics/partnerColumns';
import {
  type RegisterWorkbook,
  registerWorkbook,
  type SheetGrid,
} from '../../../shared/metrics/registerGrids';
import type { GridCell } from '../../../shared/metrics/settingsArea';
import type { Register } from '../../../shared/register/register';
import { DATA_TABS } from '../../../shared/schema/tabs';
import { summaryValue } from '../../../shared/summary/summaryValues';

/** Rows that carry dropdowns for enum columns: far past any register, short of slowing a file. */
const VALIDATED_ROWS = 5_000;

export interface ExportXlsxOptions {
  /** The as-of date the figures and cached results are computed at. @default settings.as_of or today */
  asOf?: string;
}

/**
 * Writes the register as an .xlsx: every tab with header labels and data, the portable formulas
 * with cached results from `compute`, Settings, Lists (hidden), Links (hidden) and the Summary,
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
  const cached = cachedResults(built);
  for (const sheet of built.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    writeSheet(worksheet, sheet, cached.get(sheet.name));
  }
  addDropdowns(workbook, built);
  await workbook.xlsx.writeFile(outPath);
  return built;
}

type Cached = Map<string, GridCell | undefined>;

/** Cached results of the formulas compute() knows: per-partner columns and Summary figures. */
function cachedResults(built: RegisterWorkbook): Map<string, Cached> {
  const result = new Map<string, Cached>();
  const partners: Cached = new Map();
  built.metrics.partners.forEach((partner, index) => {
    for (const column of PARTNER_FORMULA_COLUMNS) {
      const value = partner[column.key as keyof typeof partner];
      const address = `${columnLetter(built.layout.columns.partners[column.key])}${index + 2}`;
      const cachedValue =
        column.key === 'last_contact'
          ? (serialOf(value) ?? '')
          : column.key === 'relationship_state'
            ? listLabel('relationship_state', String(value), built.layout.language)
            : ((value ?? '') as GridCell);
      partners.set(address, cachedValue);
    }
  });
  result.set(built.layout.sheets.partners, partners);
  const summary: Cached = new Map();
  for (const [key, address] of Object.entries(built.summary.cells))
    summary.set(address, summaryValue(key, built.metrics));
  result.set(built.sheets[0].name, summary);
  return result;
}

function writeSheet(worksheet: ExcelJS.Worksheet, sheet: SheetGrid, cached: Cached | undefined): void {
  const dates = new Set(sheet.dateColumns);
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      const target = worksheet.getCell(r + 1, c + 1);
      if (typeof cell === 'string' && cell.startsWith('=')) {
        const result = cached?.get(`${columnLetter(c + 1)}${r + 1}`);
        target.value = {
          formula: cell.slice(1),
          ...(result !== undefined && result !== null ? { result } : {}),
        } as ExcelJS.CellFormulaValue;
      } else if (dates.has(c + 1) && typeof cell === 'string' && serialOf(cell) !== null) {
        target.value = new Date(`${cell}T00:00:00Z`);
      } else {
        target.value = cell;
      }
      if (dates.has(c + 1) && r > 0) target.numFmt = 'yyyy-mm-dd';
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
