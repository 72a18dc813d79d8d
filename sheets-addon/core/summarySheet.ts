import type { FormulaLayer } from './formulaLayer';
import { readRegister } from './readRegister';
import { readRegisterProperties } from './registerProperties';
import { findGeneratedSheet, generatedSheetName } from './sheetLocator';
import type { Workbook } from './workbook';

/**
 * Rebuilds the Summary sheet from the register: one read per tab, one clear and one write,
 * whatever the number of rows.
 */
export function buildSummary(workbook: Workbook, layer: FormulaLayer, now: string): string {
  const register = readRegister(workbook);
  const layout = readRegisterProperties(workbook.getProperties()).layout;
  const language = register.language;
  const name =
    findGeneratedSheet(workbook.listSheets(), 'summary', language) ?? generatedSheetName('summary', language);
  if (!workbook.listSheets().some((sheet) => sheet.name === name)) workbook.createSheet(name);
  const grid = layer.summaryGrid(
    register,
    layout ?? emptyLayout(language),
    register.settings.as_of ?? now.slice(0, 10),
  );
  workbook.clearSheet(name);
  workbook.writeValues(name, 1, 1, grid);
  return name;
}

function emptyLayout(language: 'th' | 'en') {
  return {
    language,
    sheets: {} as never,
    columns: {} as never,
    settingsSheet: generatedSheetName('settings', language),
    listsSheet: generatedSheetName('lists', language),
  };
}
