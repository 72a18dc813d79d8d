import { emptyTables, type Register } from '../../shared/register/register';
import { DATA_TABS, type DataTabKey } from '../../shared/schema/tabs';
import { readRegisterProperties } from './registerProperties';
import { findDataSheet } from './sheetLocator';
import { gridToRows } from './tableRows';
import type { Workbook } from './workbook';

/**
 * The register as plain data, read from the workbook in one read per tab asked for (every
 * tab by default). Rows are canonical by column key; enum labels come back as keys.
 */
export function readRegister(
  workbook: Workbook,
  tabs: readonly DataTabKey[] = DATA_TABS.map((t) => t.key),
): Register {
  const properties = readRegisterProperties(workbook.getProperties());
  const language = properties.language ?? properties.settings.language;
  const sheets = workbook.listSheets();
  const tables = emptyTables();
  for (const tab of DATA_TABS) {
    if (!tabs.includes(tab.key)) continue;
    const name = findDataSheet(sheets, tab, language);
    if (name) tables[tab.key] = gridToRows(tab, workbook.readValues(name));
  }
  return { language, tables, counters: properties.counters, settings: { ...properties.settings, language } };
}
