import type { Language } from '../../shared/i18n/language';
import { repairSheetsBeDate } from '../../shared/normalise/date';
import type { Cell, Row } from '../../shared/register/register';
import { mapHeaders } from '../../shared/schema/columnLookup';
import { enumKeyOf } from '../../shared/schema/enumLookup';
import type { TabDef } from '../../shared/schema/tabs';
import { isBlank } from './sheetCells';
import type { Grid, SheetCell } from './workbook';

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

/** Labels a person sees in a language, for a header row. */
export function headerLabels(tab: TabDef, language: Language): string[] {
  return tab.columns.map((def) => def.label[language]);
}
