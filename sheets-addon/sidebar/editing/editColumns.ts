import type { ColumnDef } from '../../../shared/schema/columns';
import { type DataTabKey, tabDef } from '../../../shared/schema/tabs';

/** Columns the register fills itself: never typed in the edit form. */
const OWN_COLUMNS = new Set(['id', 'created_at', 'updated_at']);

/** Every column a person may change in a record of a tab, in the tab's order. */
export function editColumns(tab: DataTabKey): ColumnDef[] {
  return tabDef(tab).columns.filter((column) => !OWN_COLUMNS.has(column.key));
}
