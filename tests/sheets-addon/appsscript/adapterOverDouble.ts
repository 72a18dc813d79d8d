import { SheetsWorkbook } from '../../../sheets-addon/appsscript/sheetsWorkbook';
import type { AppsScriptDouble } from '../../doubles/appsScriptDouble';

/** The real adapter over the recording double, as the server entry builds it over the real services. */
export function adapterOver(double: AppsScriptDouble): SheetsWorkbook {
  return new SheetsWorkbook({
    spreadsheet: double.spreadsheet as never,
    spreadsheetApp: double.SpreadsheetApp as never,
    properties: double.PropertiesService.getDocumentProperties() as never,
    lock: double.LockService.getDocumentLock() as never,
    utilities: double.Utilities as never,
  });
}
