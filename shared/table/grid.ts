/** One cell of a sheet grid as a CSV file or a sheet range holds it. */
export type GridCell = string | number | boolean | null;

/** A sheet as rows of cells, row 1 (index 0) being the header. */
export type Grid = GridCell[][];

/** Whether a grid row holds nothing but blanks. */
export function isBlankGridRow(line: readonly GridCell[] | undefined): boolean {
  return !line || line.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}
