import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';
import { gridToCsv } from '../../../shared/csv/exportCsv';
import { parseCsv } from '../../../shared/csv/parseCsv';
import type { Grid } from '../../../shared/table/grid';
import { writeFileAtomic } from './atomicFile';
import { folderError } from './messages';

/** The file of a sheet: `partners` → `partners.csv` (a name already ending in .csv is kept). */
export function sheetFileName(sheet: string): string {
  return sheet.toLowerCase().endsWith('.csv') ? sheet : `${sheet}.csv`;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT';
}

/**
 * A sheet's grid as its CSV file holds it: every cell text, exactly as written (`=…` formulas,
 * `'…` text marks and all); blank lines inside keep their place, so line n is sheet row n.
 * Null when the file does not exist (an empty tab).
 */
export async function readGrid(dir: string, sheet: string): Promise<string[][] | null> {
  const file = sheetFileName(sheet);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, file));
  } catch (error) {
    if (isMissing(error)) return null;
    throw folderError('folder.unreadable', { file, detail: (error as Error).message });
  }
  const parsed = parseCsv(decodeCsvBytes(bytes).text, { delimiter: ',' });
  if (parsed.broken)
    throw folderError('folder.unreadable', {
      file,
      detail: `line ${parsed.broken.line}: ${parsed.broken.detail}`,
    });
  return parsed.grid.map((line) => line.map((cell) => (cell === null ? '' : String(cell))));
}

/**
 * Writes a sheet's grid as UTF-8 CSV with a BOM (Excel then shows Thai), atomically. Cells are
 * written as given: callers pass text already made safe (see shared/table sheetCell).
 */
export async function writeGrid(dir: string, sheet: string, grid: Grid): Promise<void> {
  await writeFileAtomic(join(dir, sheetFileName(sheet)), gridToCsv(grid));
}
