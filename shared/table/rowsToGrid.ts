import type { Language } from '../i18n/language';
import type { Cell, Row } from '../register/register';
import { mapHeaders } from '../schema/columnLookup';
import type { ColumnDef } from '../schema/columns';
import { enumLabel } from '../schema/enumLookup';
import { type DataTabKey, tabDef } from '../schema/tabs';
import type { Grid, GridCell } from './grid';
import { sheetText } from './sheetText';

/** The header a new tab gets: every column's label in the language, in the schema's order. */
export function headerRow(tab: DataTabKey, language: Language): string[] {
  return tabDef(tab).columns.map((column) => column.label[language]);
}

/**
 * A canonical cell as a sheet holds it: an enum key shown as its label, text (phones and
 * list cells included) made safe so it never becomes a formula, numbers as numbers.
 */
export function sheetCell(column: ColumnDef, cell: Cell | undefined, language: Language): GridCell {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return cell;
  const text = column.enum ? enumLabel(column.enum, cell, language) : cell;
  return sheetText(text);
}

/**
 * Rows rendered under an existing header, in its order: each header that names a column of
 * the tab gets that column's cell; other headers (formula columns, a person's own) stay blank.
 */
export function rowsToGrid(
  tab: DataTabKey,
  rows: readonly Row[],
  header: readonly string[],
  language: Language,
): Grid {
  const { indexOf } = mapHeaders(tab, header.map(String));
  const placed = tabDef(tab).columns.filter((column) => indexOf[column.key] !== undefined);
  return rows.map((row) => {
    const line: GridCell[] = header.map(() => null);
    for (const column of placed) line[indexOf[column.key]] = sheetCell(column, row[column.key], language);
    return line;
  });
}
