/// <reference types="google-apps-script" />
import { reason } from '../../shared/i18n/reason';
import { ROLLUP_MESSAGES } from '../../shared/rollup/messages';
import type { RawCell, RawGrid } from '../../shared/rollup/schoolRegister';
import { columnsToRead, type RollupTabKey, titlesToRead } from '../../shared/rollup/schoolTabs';
import { columnLetter } from '../../shared/table/columnLetter';
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

/**
 * Sheets API read requests a minute the reader allows itself: the API allows 60 per minute per
 * user (https://developers.google.com/sheets/api/limits, "Read requests … Per minute per user
 * per project: 60"); a tenth is kept for the officer's other tabs and clock drift.
 */
export const READS_PER_MINUTE = 54;
const MINUTE_MS = 60_000;

/** The clock and the wait the reader paces its requests with (Apps Script: `Date.now`, `Utilities.sleep`). */
export interface ReadPace {
  now(): number;
  sleep(ms: number): void;
  /** @default READS_PER_MINUTE */
  readsPerMinute?: number;
}

/** How much of a platform error message a status quotes. */
const ERROR_DETAIL_LIMIT = 120;

/** A sheet title quoted for an A1 range (`'ภาคี''s'`). */
function quotedTitle(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/**
 * Failures that say "not now" rather than "never": the per-minute quota (HTTP 429: "If you
 * exceed a quota, you'll get a 429: Too many requests … use a truncated exponential backoff",
 * https://developers.google.com/sheets/api/limits) and the server's own errors (5xx).
 */
const TRY_LATER =
  /\b429\b|too many requests|quota exceeded|rate limit|\b50[0234]\b|backend error|internal error|service unavailable|timed out/i;

/** A Sheets API failure as the status a district officer reads. */
function failure(error: unknown): RegisterRead {
  const text = String((error as Error)?.message ?? error);
  if (TRY_LATER.test(text)) {
    return {
      ok: false,
      later: true,
      reason: reason('school.read_error', ROLLUP_MESSAGES['school.read_error'], {
        detail: text.slice(0, ERROR_DETAIL_LIMIT),
      }),
    };
  }
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
 * Reads school registers with the Sheets API advanced service in three service calls a register,
 * whatever its size: the sheet titles (`spreadsheets.get`, titles only); the header row of each
 * tab the figures need (one `values.batchGet`); then only the columns the figures need, found by
 * key, label or alias in those headers (one more `values.batchGet`, unformatted, dates as serial
 * days). Contacts and reflections are never requested, and neither are partner names, emails or
 * phones: personal data never leaves the school's file (PDPA data minimisation), and a 5,000-row
 * register sends about half the cells. Needs the `spreadsheets.readonly` scope.
 *
 * When a register last changed is not asked: Drive would tell (`DriveApp.getFileById(id)
 * .getLastUpdated()`), but only with a Drive scope that reaches every file of the officer, so
 * every run reads every register again.
 */
export class SheetsRegisterReader implements RegisterReader {
  readonly acceptsPaths = false;
  private readonly sent: number[] = [];

  constructor(
    private readonly sheets: SheetsApi,
    private readonly pace?: ReadPace,
  ) {}

  /** Waits, if need be, so no more than `readsPerMinute` requests go in any 60 s. */
  private beforeRequest(): void {
    if (!this.pace) return;
    const limit = this.pace.readsPerMinute ?? READS_PER_MINUTE;
    let now = this.pace.now();
    while (this.sent.length > 0 && this.sent[0] <= now - MINUTE_MS) this.sent.shift();
    if (this.sent.length >= limit) {
      this.pace.sleep(this.sent[0] + MINUTE_MS - now);
      now = this.pace.now();
      while (this.sent.length > 0 && this.sent[0] <= now - MINUTE_MS) this.sent.shift();
    }
    this.sent.push(now);
  }

  read(key: string): RegisterRead {
    try {
      this.beforeRequest();
      const spreadsheet = this.sheets.Spreadsheets.get(key, { fields: 'sheets.properties.title' });
      const titles = (spreadsheet.sheets ?? []).map((sheet) => sheet.properties?.title ?? '');
      const chosen = Object.entries(titlesToRead(titles)) as [RollupTabKey, string][];
      if (chosen.length === 0) return { ok: true, grids: { tabs: {} } };
      this.beforeRequest();
      const headerRanges = this.sheets.Spreadsheets.Values.batchGet(key, {
        ranges: chosen.map(([, title]) => `${quotedTitle(title)}!1:1`),
        valueRenderOption: 'UNFORMATTED_VALUE',
        majorDimension: 'ROWS',
      }).valueRanges;
      const wanted = chosen.map(([tab, title], i) => {
        const headers = (headerRanges?.[i]?.values?.[0] ?? []).map((cell) => String(cell ?? ''));
        return { title, headers, columns: columnsToRead(tab, headers) };
      });
      const columnRanges = wanted.flatMap(({ title, columns }) =>
        columns.map(
          (column) => `${quotedTitle(title)}!${columnLetter(column + 1)}:${columnLetter(column + 1)}`,
        ),
      );
      let columnValues: GoogleAppsScript.Sheets.Schema.ValueRange[] = [];
      if (columnRanges.length > 0) {
        this.beforeRequest();
        columnValues =
          this.sheets.Spreadsheets.Values.batchGet(key, {
            ranges: columnRanges,
            valueRenderOption: 'UNFORMATTED_VALUE',
            dateTimeRenderOption: 'SERIAL_NUMBER',
            majorDimension: 'COLUMNS',
          }).valueRanges ?? [];
      }
      const tabs: Record<string, RawGrid> = {};
      let next = 0;
      for (const { title, headers, columns } of wanted) {
        const values = columns.map(() => (columnValues[next++]?.values?.[0] ?? []) as RawCell[]);
        const height = Math.max(1, ...values.map((column) => column.length));
        // Only the kept columns travel; the header cells come with them, so columns are found again by key.
        tabs[title] =
          columns.length === 0
            ? [headers]
            : Array.from({ length: height }, (_, r) => values.map((column) => column[r] ?? null));
      }
      return { ok: true, grids: { tabs } };
    } catch (error) {
      return failure(error);
    }
  }

  modifiedAt(_key: string): string | null {
    return null;
  }
}
