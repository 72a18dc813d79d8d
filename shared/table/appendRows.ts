import type { Language } from '../i18n/language';
import type { Row } from '../register/register';
import { mapHeaders } from '../schema/columnLookup';
import { type DataTabKey, tabDef } from '../schema/tabs';
import { type Grid, type GridCell, isBlankGridRow } from './grid';
import { headerRow, rowsToGrid } from './rowsToGrid';

/**
 * The grid with rows appended after its last non-blank line. Existing lines and columns the
 * tab does not know (formulas, a person's own) are kept as they are; a column the new rows
 * fill but the header lacks is added at the right, named as the header names its columns
 * (keys if it uses keys, else labels of the language). An empty grid gets a full header.
 */
export function appendRowsToGrid(
  tab: DataTabKey,
  grid: Grid,
  rows: readonly Row[],
  language: Language,
): Grid {
  const headerCells = grid[0] ?? [];
  if (headerCells.every((cell) => cell === null || String(cell).trim() === '')) {
    const header = headerRow(tab, language);
    return [header, ...rowsToGrid(tab, rows, header, language)];
  }
  const header = headerCells.map((cell) => (cell === null ? '' : String(cell)));
  const { indexOf } = mapHeaders(tab, header);
  const columns = tabDef(tab).columns;
  const known = columns.filter((column) => indexOf[column.key] !== undefined);
  const byKey =
    known.length > 0 && known.every((column) => header[indexOf[column.key]].trim() === column.key);
  const added = columns.filter(
    (column) =>
      indexOf[column.key] === undefined &&
      rows.some((row) => row[column.key] !== null && row[column.key] !== undefined),
  );
  const newHeader = [...header, ...added.map((column) => (byKey ? column.key : column.label[language]))];
  let last = grid.length;
  while (last > 1 && isBlankGridRow(grid[last - 1])) last--;
  // Lines are padded to the header's width so the file stays rectangular; no cell changes.
  const kept: Grid = grid
    .slice(0, last)
    .map((line, index) =>
      index === 0
        ? newHeader
        : [...line, ...Array<GridCell>(Math.max(0, newHeader.length - line.length)).fill(null)],
    );
  const appended = rowsToGrid(tab, rows, newHeader, language);
  return [...kept, ...appended.map((line): GridCell[] => line)];
}

/**
 * The grid with existing rows (found by id) rewritten in the columns the tab knows; every other
 * line and column stays as it is. An id not in the grid is left out.
 */
export function updateRowsInGrid(
  tab: DataTabKey,
  grid: Grid,
  rows: readonly Row[],
  language: Language,
): Grid {
  const header = (grid[0] ?? []).map((cell) => (cell === null ? '' : String(cell)));
  const { indexOf } = mapHeaders(tab, header);
  const idAt = indexOf.id;
  if (idAt === undefined) return grid;
  const written = rowsToGrid(tab, rows, header, language);
  const lineOf = new Map(rows.map((row, index) => [String(row.id ?? ''), written[index]]));
  return grid.map((line, index) => {
    const replacement = index === 0 ? undefined : lineOf.get(String(line[idAt] ?? ''));
    if (!replacement) return line;
    const copy = [...line];
    for (const column of tabDef(tab).columns) {
      const at = indexOf[column.key];
      if (at !== undefined) copy[at] = replacement[at] ?? null;
    }
    return copy;
  });
}
