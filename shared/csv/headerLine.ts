import { mapHeaders } from '../schema/columnLookup';
import type { DataTabKey } from '../schema/tabs';
import type { Grid } from '../table/grid';

/** Title rows a file may carry above its headers (a school name, a report title, a date). */
export const HEADER_SEARCH_LINES = 10;

function textOf(line: Grid[number] | undefined): string[] {
  return (line ?? []).map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim()));
}

/**
 * The index in the grid of the line that holds the headers: among the first lines, the one
 * naming the most columns of the tab (the earliest on a tie); the first line when none names
 * any, so the refusal then quotes what the file's first line says.
 */
export function findHeaderIndex(tab: DataTabKey, grid: Grid): number {
  let best = { index: 0, named: 0 };
  const last = Math.min(grid.length, HEADER_SEARCH_LINES);
  for (let index = 0; index < last; index++) {
    const named = Object.keys(mapHeaders(tab, textOf(grid[index])).indexOf).length;
    if (named > best.named) best = { index, named };
  }
  return best.index;
}
