import { neutraliseFormulaText } from '../../../shared/text/formulaText';
import type { Grid, SheetCell, Workbook } from '../workbook';

/** New values for existing partner rows: sheet row → column (1-based) → value. */
export type RowPatches = Map<number, Map<number, SheetCell>>;

/**
 * Writes changes to existing rows in one write: the smallest block covering every changed cell.
 * The cells inside the block that did not change are written back as they were — formulas as
 * formulas (read once with readFormulas), text made formula-safe — so nothing else moves.
 */
export function writeRowPatches(workbook: Workbook, sheet: string, values: Grid, patches: RowPatches): void {
  if (patches.size === 0) return;
  const rows = [...patches.keys()];
  const columns = [...patches.values()].flatMap((line) => [...line.keys()]);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const formulas = workbook.readFormulas(sheet);
  const block: Grid = [];
  for (let row = top; row <= bottom; row++) {
    const line: SheetCell[] = [];
    for (let column = left; column <= right; column++) {
      const patched = patches.get(row)?.get(column);
      const formula = formulas[row - 1]?.[column - 1] ?? '';
      if (patched !== undefined) line.push(neutraliseFormulaText(patched));
      else if (formula !== '') line.push(formula);
      else line.push(neutraliseFormulaText(values[row - 1]?.[column - 1] ?? null));
    }
    block.push(line);
  }
  workbook.writeValues(sheet, top, left, block);
}

export function setPatch(patches: RowPatches, row: number, column: number, value: SheetCell): void {
  let line = patches.get(row);
  if (!line) {
    line = new Map();
    patches.set(row, line);
  }
  line.set(column, value);
}
