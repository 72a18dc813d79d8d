import { SheetsWorkbook } from '../../../sheets-addon/appsscript/sheetsWorkbook';
import type { AppsScriptDouble } from '../../doubles/appsScriptDouble';

/**
 * The real adapter over the recording double, as the server entry builds it over the real
 * services. `sheetsApi: true` also hands it the Sheets API (advanced service), as a deployment
 * holding the `spreadsheets` scope would, so blocks on several sheets go in one request.
 */
export function adapterOver(double: AppsScriptDouble, options: { sheetsApi?: boolean } = {}): SheetsWorkbook {
  return new SheetsWorkbook({
    spreadsheet: double.spreadsheet as never,
    spreadsheetApp: double.SpreadsheetApp as never,
    properties: double.PropertiesService.getDocumentProperties() as never,
    lock: double.LockService.getDocumentLock() as never,
    utilities: double.Utilities as never,
    ...(options.sheetsApi ? { sheetsApi: double.Sheets } : {}),
  });
}
