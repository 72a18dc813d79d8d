import { DISTRICT_LAYOUT, TOTAL_LABEL } from '../../../shared/rollup/districtTable';
import type { SchoolEntry } from '../../../shared/rollup/schoolResult';
import { foldLabel } from '../../../shared/schema/headerText';
import type { Grid, SheetCell } from '../workbook';

/** Schools one District tab may list: far beyond a district (~300), well within one sheet's write. */
export const MAX_SCHOOLS = 5_000;

function text(cell: SheetCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * The officer's list from the District tab's cells: name and link from row 3 on. Blank rows are
 * skipped but keep their place, so results land back on the row they came from.
 */
export function districtList(grid: Grid): SchoolEntry[] {
  const total = [foldLabel(TOTAL_LABEL.th), foldLabel(TOTAL_LABEL.en)];
  const entries: SchoolEntry[] = [];
  for (let r = DISTRICT_LAYOUT.firstSchoolRow - 1; r < grid.length; r++) {
    const name = text(grid[r][DISTRICT_LAYOUT.nameColumn - 1]);
    const ref = text(grid[r][DISTRICT_LAYOUT.refColumn - 1]);
    if (name === '' && ref === '') continue;
    if (ref === '' && total.includes(foldLabel(name))) continue;
    entries.push({ index: r - (DISTRICT_LAYOUT.firstSchoolRow - 1), name, ref });
  }
  return entries;
}
