import { neutraliseFormulaText } from '../../../shared/text/formulaText';
import { isBlank } from '../sheetCells';
import { type Grid, readBlockOf, type SheetCell, type Workbook } from '../workbook';

/**
 * A change to one existing cell, worked out from what the cell holds just before the write (not
 * from what was read at the start): its new value, or undefined to leave it as it is.
 */
export type CellPatch = (current: SheetCell) => SheetCell | undefined;

/** Changes to existing partner rows: sheet row → column (1-based) → patches, applied in order. */
export type RowPatches = Map<number, Map<number, CellPatch[]>>;

/**
 * Writes changes to existing rows in one write: the smallest block covering every changed cell,
 * re-read just before (under the document lock) so the patches build on what the cells hold now
 * and the cells around them are written back as they are now — formulas as formulas, text made
 * formula-safe. Someone who edited a partner after the batch began keeps their edit.
 */
export function writeRowPatches(workbook: Workbook, sheet: string, patches: RowPatches): void {
  if (patches.size === 0) return;
  const rows = [...patches.keys()];
  const columns = [...patches.values()].flatMap((line) => [...line.keys()]);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const fresh = readBlockOf(workbook, sheet, top, left, bottom - top + 1, right - left + 1);
  const block: Grid = [];
  let changed = false;
  for (let row = top; row <= bottom; row++) {
    const line: SheetCell[] = [];
    for (let column = left; column <= right; column++) {
      const formula = fresh.formulas[row - top]?.[column - left] ?? '';
      const current = fresh.values[row - top]?.[column - left] ?? null;
      let value: SheetCell | undefined;
      for (const patch of patches.get(row)?.get(column) ?? []) {
        const next = patch(value ?? current);
        if (next !== undefined) value = next;
      }
      if (value !== undefined) {
        line.push(neutraliseFormulaText(value));
        changed = true;
      } else if (formula !== '') line.push(formula);
      else line.push(neutraliseFormulaText(current));
    }
    block.push(line);
  }
  if (changed) workbook.writeValues(sheet, top, left, block);
}

export function setPatch(patches: RowPatches, row: number, column: number, patch: CellPatch): void {
  let line = patches.get(row);
  if (!line) {
    line = new Map();
    patches.set(row, line);
  }
  line.set(column, [...(line.get(column) ?? []), patch]);
}

/** Fills a cell only while it is still blank. */
export function fillBlank(value: SheetCell): CellPatch {
  return (current) => (isBlank(current) ? value : undefined);
}
