import { isLanguage } from '../../../shared/i18n/language';
import { mapHeaders } from '../../../shared/schema/columnLookup';
import { DATA_TABS, tabDef } from '../../../shared/schema/tabs';
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
        const idColumn = tab ? mapHeaders(tab.key, rows[0] ?? []).indexOf.id : undefined;
        return {
          name: sheet.name,
          ...(tab && idColumn !== undefined ? { record: { tab: tab.key, idColumn } } : {}),
          rows:
            register && sheet.name === partnersSheet
              ? fillPartnerFigures(rows, formulas, register, asOf)
              : fillFigures(rows, formulas, texts.get(sheet.name)),
        };
      }),
  };
}
