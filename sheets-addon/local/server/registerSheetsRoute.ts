import { isLanguage, type Language } from '../../../shared/i18n/language';
import { mapHeaders } from '../../../shared/schema/columnLookup';
import { DATA_TABS, type TabDef, tabDef } from '../../../shared/schema/tabs';
import { cellDisplay } from '../../../shared/table/cellDisplay';
import { readRegister } from '../../core/readRegister';
import { readRegisterProperties } from '../../core/registerProperties';
import { findDataSheet, findGeneratedSheet } from '../../core/sheetLocator';
import type { RegisterSheets } from '../../sidebar/local/registerSheets';
import type { FileWorkbook } from '../fileWorkbook';
import { readFileWorkbook } from '../fileWorkbook';
import { fillFigures, fillPartnerFigures, formulaFigureTexts } from './formulaFigures';

/**
 * Every visible sheet of the register folder as rows of text, for the read-only table view, with
 * each formula cell showing its figure as Sheets would. Reads only.
 */
export function readRegisterSheets(dir: string, today: string): Promise<RegisterSheets> {
  return readFileWorkbook(dir, (workbook) => sheetsOf(workbook, today));
}

function sheetsOf(workbook: FileWorkbook, today: string): RegisterSheets {
  const properties = readRegisterProperties(workbook.getProperties());
  const language = isLanguage(properties.language) ? properties.language : 'th';
  const sheets = workbook.listSheets();
  const register = properties.isRegister ? readRegister(workbook) : null;
  const asOf = register?.settings.as_of ?? today;
  const partnersSheet = register ? findDataSheet(sheets, tabDef('partners'), language) : undefined;
  const texts =
    register && properties.layout
      ? formulaFigureTexts(
          register,
          properties.layout,
          {
            summary: findGeneratedSheet(sheets, 'summary', language),
            settings: findGeneratedSheet(sheets, 'settings', language),
          },
          asOf,
        )
      : new Map<string, Map<string, string>>();
  return {
    language,
    sheets: sheets
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => {
        const rows = workbook
          .readValues(sheet.name)
          .map((line) => line.map((cell) => (cell === null ? '' : String(cell))));
        const formulas = workbook.readFormulas(sheet.name);
        const tab = properties.isRegister
          ? DATA_TABS.find((def) => findDataSheet(sheets, def, language) === sheet.name)
          : undefined;
        const indexOf = tab ? mapHeaders(tab.key, rows[0] ?? []).indexOf : {};
        const idColumn = indexOf.id;
        const shown = tab ? shownAsRead(tab, indexOf, rows, language) : rows;
        return {
          name: sheet.name,
          ...(tab && idColumn !== undefined ? { record: { tab: tab.key, idColumn } } : {}),
          rows:
            register && sheet.name === partnersSheet
              ? fillPartnerFigures(shown, formulas, register, asOf)
              : fillFigures(shown, formulas, texts.get(sheet.name)),
        };
      }),
  };
}

/** A data tab's cells below the header as people read them (dates, numbers); see cellDisplay. */
function shownAsRead(
  tab: TabDef,
  indexOf: Record<string, number>,
  rows: string[][],
  language: Language,
): string[][] {
  const columns = tab.columns.filter((column) => indexOf[column.key] !== undefined);
  return rows.map((line, r) => {
    if (r === 0) return line;
    const shown = [...line];
    for (const column of columns) {
      const c = indexOf[column.key];
      if (shown[c] !== undefined) shown[c] = cellDisplay(column, shown[c], language);
    }
    return shown;
  });
}
