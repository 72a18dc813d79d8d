import { join } from 'node:path';
import { decodeCsvBytes } from '../../../shared/csv/decodeCsvBytes';
import { gridToCsv } from '../../../shared/csv/exportCsv';
import { parseCsv } from '../../../shared/csv/parseCsv';
import type { Grid } from '../../../shared/table/grid';
import { writeFileAtomic } from './atomicFile';
import { readFolderFile } from './folderCommit';
import { folderError } from './messages';

/** The file of a sheet: `partners` → `partners.csv` (a name already ending in .csv is kept). */
export function sheetFileName(sheet: string): string {
  return sheet.toLowerCase().endsWith('.csv') ? sheet : `${sheet}.csv`;
}

/**
 * A sheet's grid as its CSV file holds it: every cell text, exactly as written (`=…` formulas,
 * `'…` text marks and all); blank lines inside keep their place, so line n is sheet row n.
 * Null when the file does not exist (an empty tab). Read as the folder's last commit made it.
 */
export async function readGrid(dir: string, sheet: string): Promise<string[][] | null> {
  const file = sheetFileName(sheet);
  let bytes: Uint8Array | null;
  try {
    bytes = await readFolderFile(dir, file);
  } catch (error) {
    throw folderError('folder.unreadable', { file, detail: (error as Error).message });
  }
  if (bytes === null) return null;
  const parsed = parseCsv(decodeCsvBytes(bytes).text, { delimiter: ',' });
  if (parsed.broken)
    throw folderError('folder.unreadable', {
      file,
      detail: {
        th: `บรรทัด ${parsed.broken.line}: ${parsed.broken.detail.th}`,
        en: `line ${parsed.broken.line}: ${parsed.broken.detail.en}`,
      },
    });
  return parsed.grid.map((line) => line.map((cell) => (cell === null ? '' : String(cell))));
}

/** A sheet's grid as its file's text: UTF-8 CSV with a BOM (Excel then shows Thai). */
export function gridFileText(grid: Grid): string {
  return gridToCsv(grid);
}

/**
 * Writes one sheet's grid atomically, alone. Cells are written as given: callers pass text
 * already made safe (see shared/table sheetCell). An operation that changes several files
 * commits them together with commitFolderFiles instead.
 */
export async function writeGrid(dir: string, sheet: string, grid: Grid): Promise<void> {
  await writeFileAtomic(join(dir, sheetFileName(sheet)), gridToCsv(grid));
}
