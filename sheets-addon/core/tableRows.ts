import { repairSheetsBeDate } from '../../shared/normalise/date';
import type { Cell, Row } from '../../shared/register/register';
import { mapHeaders } from '../../shared/schema/columnLookup';
import type { ColumnType } from '../../shared/schema/columns';
import { enumKeyOf } from '../../shared/schema/enumLookup';
import type { TabDef } from '../../shared/schema/tabs';
import { isBlank } from './sheetCells';
import type { Grid, SheetCell } from './workbook';

/** Column types whose cells are text even when they hold only digits (postal codes, ids). */
const TEXT_TYPES: ReadonlySet<ColumnType> = new Set([
  'id',
  'text',
  'longtext',
  'email',
  'phone',
  'url',
  'line_id',
  'partner_ref',
  'partner_refs',
  'activity_ref',
]);

/**
 * A tab's rows by column key, as the register's core reads them: enum labels in either
 * language become keys; unknown columns are ignored; empty rows are skipped.
 */
export function gridToRows(tab: TabDef, values: Grid): Row[] {
  if (values.length === 0) return [];
  const header = values[0].map((cell) => (cell === null ? '' : String(cell)));
  const { indexOf } = mapHeaders(tab.key, header);
  const rows: Row[] = [];
  for (const line of values.slice(1)) {
    if (tab.columns.every((def) => indexOf[def.key] === undefined || isBlank(line[indexOf[def.key]])))
      continue;
    const row: Row = {};
    for (const def of tab.columns) {
      const index = indexOf[def.key];
      const cell = index === undefined ? null : toCell(line[index]);
      if (def.enum && typeof cell === 'string') row[def.key] = enumKeyOf(def.enum, cell) ?? cell;
      // A Buddhist Era year Sheets took for CE reads as the real date even before repair rewrites it.
      else if ((def.type === 'date' || def.type === 'datetime') && typeof cell === 'string') {
        row[def.key] = repairSheetsBeDate(cell).iso;
      } else if (typeof cell === 'number' && TEXT_TYPES.has(def.type)) {
        // A sheet (or a CSV read before setup made the column text) may hold digits as a number: 50180.
        row[def.key] = String(cell);
      } else row[def.key] = cell;
    }
    rows.push(row);
  }
  return rows;
}

function toCell(value: SheetCell | undefined): Cell {
  if (value === undefined || isBlank(value)) return null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return typeof value === 'string' ? value.trim() : value;
}
