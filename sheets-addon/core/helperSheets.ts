import type { Register } from '../../shared/register/register';
import { foldLabel } from '../../shared/schema/headerText';
import type { FormulaLayer, RegisterLayout } from './formulaLayer';
import type { Grid, SheetCell, SheetInfo, ValueBlock, Workbook } from './workbook';

/**
 * Rewrites the layer's hidden helper sheets (found by either language's name, renamed to the
 * register's): padded with blanks over what was there, so no clear is needed.
 */
export function writeHelperSheets(
  workbook: Workbook,
  layer: FormulaLayer,
  register: Register,
  layout: RegisterLayout,
  sheets: readonly SheetInfo[],
): void {
  workbook.writeBlocks(helperSheetBlocks(workbook, layer, register, layout, sheets));
}

/**
 * The helper sheets' contents as blocks to write, so a caller can write them together with its
 * own (an append writes its rows and the Links sheet in one go). Creates or renames the sheets now.
 */
export function helperSheetBlocks(
  workbook: Workbook,
  layer: FormulaLayer,
  register: Register,
  layout: RegisterLayout,
  sheets: readonly SheetInfo[],
): ValueBlock[] {
  return layer.helperSheets(register, layout).map((helper) => {
    const wanted = helper.name[layout.language];
    const names = [wanted, helper.name.en, helper.name.th].map(foldLabel);
    const found = sheets.find((sheet) => names.includes(foldLabel(sheet.name)));
    let name = wanted;
    if (!found) workbook.createSheet(wanted, { hidden: true });
    else if (found.name !== wanted) {
      if (sheets.some((sheet) => sheet.name === wanted)) name = found.name;
      else workbook.renameSheet(found.name, wanted);
    }
    const values = padded(helper.grid, found?.lastRow ?? 0, found?.lastColumn ?? 0);
    return { sheet: name, row: 1, column: 1, values };
  });
}

function padded(grid: Grid, rows: number, columns: number): Grid {
  const width = Math.max(columns, ...grid.map((line) => line.length));
  const height = Math.max(rows, grid.length);
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c): SheetCell => grid[r]?.[c] ?? null),
  );
}
