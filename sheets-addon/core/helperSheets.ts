import type { Register } from '../../shared/register/register';
import { foldLabel } from '../../shared/schema/headerText';
import type { FormulaLayer, RegisterLayout } from './formulaLayer';
import type { Grid, SheetCell, SheetInfo, Workbook } from './workbook';

/**
 * Rewrites the layer's hidden helper sheets (found by either language's name, renamed to the
 * register's): one write each, padded with blanks over what was there, so no clear is needed.
 */
export function writeHelperSheets(
  workbook: Workbook,
  layer: FormulaLayer,
  register: Register,
  layout: RegisterLayout,
  sheets: readonly SheetInfo[],
): void {
  for (const helper of layer.helperSheets(register, layout)) {
    const wanted = helper.name[layout.language];
    const names = [wanted, helper.name.en, helper.name.th].map(foldLabel);
    const found = sheets.find((sheet) => names.includes(foldLabel(sheet.name)));
    let name = wanted;
    if (!found) workbook.createSheet(wanted, { hidden: true });
    else if (found.name !== wanted) {
      if (sheets.some((sheet) => sheet.name === wanted)) name = found.name;
      else workbook.renameSheet(found.name, wanted);
    }
    workbook.writeValues(name, 1, 1, padded(helper.grid, found?.lastRow ?? 0, found?.lastColumn ?? 0));
  }
}

function padded(grid: Grid, rows: number, columns: number): Grid {
  const width = Math.max(columns, ...grid.map((line) => line.length));
  const height = Math.max(rows, grid.length);
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c): SheetCell => grid[r]?.[c] ?? null),
  );
}
