/// <reference types="google-apps-script" />
import { reason } from '../../shared/i18n/reason';
import { ROLLUP_MESSAGES } from '../../shared/rollup/messages';
import type { RawGrid } from '../../shared/rollup/schoolRegister';
import { titlesToRead } from '../../shared/rollup/schoolTabs';
import type { RegisterRead, RegisterReader } from '../core/district/registerReader';

/** The two Sheets API (advanced service) methods the reader calls, so a recording double can stand in. */
export interface SheetsApi {
  Spreadsheets: {
    get(spreadsheetId: string, optionalArgs: object): GoogleAppsScript.Sheets.Schema.Spreadsheet;
    Values: {
      batchGet(
        spreadsheetId: string,
        optionalArgs: object,
      ): GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
    };
  };
}

/** How much of a platform error message a status quotes. */
const ERROR_DETAIL_LIMIT = 120;

/** A sheet title as an A1 range naming the whole sheet (`'ภาคี''s'`). */
function wholeSheet(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** A Sheets API failure as the status a district officer reads. */
function failure(error: unknown): RegisterRead {
  const text = String((error as Error)?.message ?? error);
  if (/permission|403|forbidden/i.test(text)) {
    return { ok: false, reason: reason('school.no_access', ROLLUP_MESSAGES['school.no_access']) };
  }
  if (/not found|404|entity was not found/i.test(text)) {
    return { ok: false, reason: reason('school.not_found', ROLLUP_MESSAGES['school.not_found']) };
  }
  const detail = text.length > ERROR_DETAIL_LIMIT ? `${text.slice(0, ERROR_DETAIL_LIMIT - 1)}…` : text;
  return { ok: false, reason: reason('school.read_error', ROLLUP_MESSAGES['school.read_error'], { detail }) };
}

/**
 * Reads school registers with the Sheets API advanced service: two service calls a register,
 * whatever its size — the sheet titles (`spreadsheets.get`, titles only), then every needed tab
 * in one `values.batchGet` (unformatted values, dates as serial days). Contacts and reflections
 * are never requested. Needs the `spreadsheets.readonly` scope and the Sheets advanced service.
 *
 * When a register last changed is not asked: Drive would tell (`DriveApp.getFileById(id)
 * .getLastUpdated()`), but only with a Drive scope that reaches every file of the officer, so
 * every run reads every register again.
 */
export class SheetsRegisterReader implements RegisterReader {
  readonly acceptsPaths = false;

  constructor(private readonly sheets: SheetsApi) {}

  read(key: string): RegisterRead {
    let titles: string[];
    try {
      const spreadsheet = this.sheets.Spreadsheets.get(key, { fields: 'sheets.properties.title' });
      titles = (spreadsheet.sheets ?? []).map((sheet) => sheet.properties?.title ?? '');
    } catch (error) {
      return failure(error);
    }
    const chosen = Object.values(titlesToRead(titles));
    if (chosen.length === 0) return { ok: true, grids: { tabs: {} } };
    let response: GoogleAppsScript.Sheets.Schema.BatchGetValuesResponse;
    try {
      response = this.sheets.Spreadsheets.Values.batchGet(key, {
        ranges: chosen.map(wholeSheet),
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
        majorDimension: 'ROWS',
      });
    } catch (error) {
      return failure(error);
    }
    const tabs: Record<string, RawGrid> = {};
    (response.valueRanges ?? []).forEach((range, i) => {
      tabs[chosen[i]] = (range.values ?? []) as RawGrid;
    });
    return { ok: true, grids: { tabs } };
  }

  modifiedAt(_key: string): string | null {
    return null;
  }
}
