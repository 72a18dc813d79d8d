import type { Reason } from '../../shared/i18n/reason';
import { emptyTables, type Register } from '../../shared/register/register';
import { DATA_TABS } from '../../shared/schema/tabs';
import type { FormulaLayer } from './formulaLayer';
import { writeHelperSheets } from './helperSheets';
import { countersProperty, readRegisterProperties } from './registerProperties';
import { findDataSheet } from './sheetLocator';
import { gridToRows } from './tableRows';
import { TabWork } from './tabWork';
import type { Workbook } from './workbook';

/** The rows a person just edited. */
export interface EditedRange {
  sheet: string;
  fromRow: number;
  toRow: number;
}

/**
 * What a simple `onEdit` trigger does for rows typed by hand: an id where there is none, a
 * Buddhist Era year moved back, choices as labels and the formula cells — only for the edited
 * rows of a data tab, in one read and one write. Columns are not added here (repair does that).
 */
export function onEditRows(workbook: Workbook, layer: FormulaLayer, edited: EditedRange): Reason[] {
  if (edited.toRow < 2) return [];
  const properties = readRegisterProperties(workbook.getProperties());
  if (!properties.isRegister || !properties.layout) return [];
  const language = properties.language ?? properties.settings.language;
  const sheets = workbook.listSheets();
  const tab = DATA_TABS.find((def) => findDataSheet(sheets, def, language) === edited.sheet);
  if (!tab) return [];
  return workbook.withLock(() => {
    const work = new TabWork(
      tab,
      edited.sheet,
      workbook.readValues(edited.sheet),
      workbook.readFormulas(edited.sheet),
      layer.formulaColumns(tab.key),
    );
    work.findColumns();
    if (work.columns.id === undefined) return [];
    const rows = work.dataRows().filter((row) => row >= edited.fromRow && row <= edited.toRow);
    if (rows.length === 0) return [];
    const counter = properties.counters[tab.key];
    const next = work.giveIds(rows, counter);
    work.repairDates(rows);
    work.relabelEnums(rows, language);
    const layout = {
      ...properties.layout!,
      columns: { ...properties.layout!.columns, [tab.key]: work.columns },
    };
    work.writeFormulaCells(rows, (row) => layer.formulaCells(tab.key, layout, row));
    const write = work.pendingWrite();
    if (write) workbook.writeValues(edited.sheet, write.row, write.column, write.values);
    if (write && layer.helperSources.includes(tab.key)) {
      const register: Register = {
        language,
        tables: emptyTables(),
        counters: properties.counters,
        settings: properties.settings,
      };
      register.tables[tab.key] = gridToRows(tab, work.values);
      writeHelperSheets(workbook, layer, register, layout, sheets);
    }
    if (next !== counter)
      workbook.setProperties(countersProperty({ ...properties.counters, [tab.key]: next }));
    return work.changes.filter((change) => change.code !== 'enums.unknown');
  });
}
