import { isLanguage } from '../../../shared/i18n/language';
import { tabDef } from '../../../shared/schema/tabs';
import { readRegister } from '../../core/readRegister';
import { readRegisterProperties } from '../../core/registerProperties';
import { findDataSheet } from '../../core/sheetLocator';
import type { RegisterSheets } from '../../sidebar/local/registerSheets';
import type { FileWorkbook } from '../fileWorkbook';
import { readFileWorkbook } from '../fileWorkbook';
import { fillPartnerFigures } from './partnerFigures';

/** Every visible sheet of the register folder as rows of text, for the read-only table view. Reads only. */
export function readRegisterSheets(dir: string, today: string): Promise<RegisterSheets> {
  return readFileWorkbook(dir, (workbook) => sheetsOf(workbook, today));
}

function sheetsOf(workbook: FileWorkbook, today: string): RegisterSheets {
  const properties = readRegisterProperties(workbook.getProperties());
  const language = isLanguage(properties.language) ? properties.language : 'th';
  const sheets = workbook.listSheets();
  const partnersSheet = properties.isRegister
    ? findDataSheet(sheets, tabDef('partners'), language)
    : undefined;
  return {
    language,
    sheets: sheets
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => {
        const rows = workbook
          .readValues(sheet.name)
          .map((line) => line.map((cell) => (cell === null ? '' : String(cell))));
        return {
          name: sheet.name,
          // Formula cells have no value here: the Partners figures come from compute(), other formula cells show empty.
          rows:
            sheet.name === partnersSheet
              ? fillPartnerFigures(rows, workbook.readFormulas(sheet.name), readRegister(workbook), today)
              : rows,
        };
      }),
  };
}
