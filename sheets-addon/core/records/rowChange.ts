import type { DataTabKey } from '../../../shared/schema/tabs';
import type { SheetCell } from '../workbook';

/** Cells of one row by column key, as a sheet reads them (text without the apostrophe that marks it). */
export type CellMap = Record<string, SheetCell>;

/**
 * One row an operation changed, found again by its id: added (`before` null), deleted (`after`
 * null) or edited (both hold only the cells that changed). Undo reverses exactly this.
 */
export interface RowChange {
  tab: DataTabKey;
  id: string;
  before: CellMap | null;
  after: CellMap | null;
}

/** A cell as a read gives it back after a write: text marked with `'` reads without it. */
export function readForm(cell: SheetCell | undefined): SheetCell {
  if (cell === undefined) return null;
  if (typeof cell === 'string' && cell.startsWith("'")) return cell.slice(1);
  return cell === '' ? null : cell;
}

/** Whether two cells hold the same thing as a person sees it (blank is blank, `5` is `'5'`). */
export function sameCell(a: SheetCell | undefined, b: SheetCell | undefined): boolean {
  const x = readForm(a);
  const y = readForm(b);
  if (x === null || y === null)
    return (x === null || String(x).trim() === '') === (y === null || String(y).trim() === '');
  return String(x).trim() === String(y).trim();
}

/** Ids compare as people type them: spaces and case aside (`p-0001 ` is `P-0001`). */
export function sameId(cell: SheetCell | undefined): string {
  const text = readForm(cell);
  return text === null ? '' : String(text).trim().toUpperCase();
}
