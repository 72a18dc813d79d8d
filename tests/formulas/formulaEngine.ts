import { HyperFormula, type RawCellContent } from 'hyperformula';
import { serialOf } from '../../shared/metrics/dates';
import type { RegisterWorkbook } from '../../shared/metrics/registerGrids';

/** A register's sheets loaded into HyperFormula, as a spreadsheet program would open them. */
export interface EngineWorkbook {
  hf: HyperFormula;
  value(sheet: string, address: string): unknown;
  valueAt(sheet: string, row: number, column: number): unknown;
}

export const ENGINE_CONFIG = {
  licenseKey: 'gpl-v3',
  // Sheets, Excel and LibreOffice evaluate SUMPRODUCT over comparisons element-wise; HyperFormula needs this on.
  useArrayArithmetic: true,
  useColumnIndex: true,
  // Links of 2,000 partners × 20,000 activities pass HyperFormula's default of 40,000 rows.
  maxRows: 200_000,
} as const;

/** Dates go in as serial numbers, as the spreadsheet programs store them. */
export function engineCell(cell: unknown, isDate: boolean): RawCellContent {
  if (isDate && typeof cell === 'string') return serialOf(cell) ?? cell;
  return cell as RawCellContent;
}

export function loadWorkbook(workbook: RegisterWorkbook): EngineWorkbook {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of workbook.sheets) {
    const dates = new Set(sheet.dateColumns);
    sheets[sheet.name] = sheet.rows.map((row) => row.map((cell, c) => engineCell(cell, dates.has(c + 1))));
  }
  const hf = HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG);
  const valueAt = (sheet: string, row: number, column: number) => {
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    return hf.getCellValue({ sheet: id, row: row - 1, col: column - 1 });
  };
  return {
    hf,
    valueAt,
    value(sheet, address) {
      const match = /^([A-Z]+)(\d+)$/.exec(address);
      if (!match) throw new Error(`bad address ${address}`);
      const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return valueAt(sheet, Number(match[2]), column);
    },
  };
}
