import { isLanguage } from '../../../shared/i18n/language';
import { readRegisterProperties } from '../../core/registerProperties';
import type { RegisterSheets } from '../../sidebar/local/registerSheets';
import { FileWorkbook } from '../fileWorkbook';

/** Every visible sheet of the register folder as rows of text, for the read-only table view. Reads only. */
export async function readRegisterSheets(dir: string): Promise<RegisterSheets> {
  const workbook = await FileWorkbook.open(dir);
  const { language } = readRegisterProperties(workbook.getProperties());
  return {
    language: isLanguage(language) ? language : 'th',
    sheets: workbook
      .listSheets()
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => ({
        name: sheet.name,
        // Formula cells have no value here (nothing evaluates them on the local host): shown empty.
        rows: workbook
          .readValues(sheet.name)
          .map((line) => line.map((cell) => (cell === null ? '' : String(cell)))),
      })),
  };
}
