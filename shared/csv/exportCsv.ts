import Papa from 'papaparse';
import type { Language } from '../i18n/language';
import type { Row } from '../register/register';
import type { DataTabKey } from '../schema/tabs';
import type { Grid } from '../table/grid';
import { headerRow, rowsToGrid } from '../table/rowsToGrid';

/** Lines of a CSV the way Excel on Windows writes them. */
const CSV_NEWLINE = '\r\n';

/** A grid as CSV text: UTF-8 with a BOM (so Excel shows Thai), CRLF, cells written exactly as given. */
export function gridToCsv(grid: Grid): string {
  const text = grid.map((line) =>
    line.map((cell) =>
      cell === null ? '' : typeof cell === 'boolean' ? (cell ? 'TRUE' : 'FALSE') : String(cell),
    ),
  );
  return `\uFEFF${Papa.unparse(text, { newline: CSV_NEWLINE })}${CSV_NEWLINE}`;
}

/**
 * One tab as a CSV a person can open: header labels and enum labels in the language, every
 * text cell made safe (formula-like text gets a leading apostrophe), numbers plain.
 */
export function exportCsv(tab: DataTabKey, rows: readonly Row[], language: Language): string {
  const header = headerRow(tab, language);
  return gridToCsv([header, ...rowsToGrid(tab, rows, header, language)]);
}
