import type { RawGrid } from '../../../../shared/rollup/schoolRegister';
import type { SheetsApi } from '../../../../sheets-addon/appsscript/sheetsRegisterReader';
import { CallLog } from '../../../doubles/appsScriptDouble';

/** The Sheets API's read quota over a clock, and failures a test injects by request number (1-based). */
export interface SheetsQuota {
  clock?: () => number;
  /** @default 60 */
  readsPerMinute?: number;
  failOn?: (request: number) => string | undefined;
}

/** A spreadsheet the double serves: its tabs, and whether the caller may read it. */
export interface ServedSpreadsheet {
  tabs: Record<string, RawGrid>;
  shared: boolean;
}

/**
 * A recording stand-in for the Sheets API advanced service: `spreadsheets.get` and
 * `values.batchGet`, with the errors Apps Script throws for a file not shared or not found.
 * Every request is one service call in the log.
 */
export function createSheetsApiDouble(
  files: (id: string) => ServedSpreadsheet | undefined,
  quota: SheetsQuota = {},
) {
  const log = Object.assign(new CallLog(), { ranges: [] as string[], cells: 0, refused: 0 });
  const sent: number[] = [];
  const open = (id: string, method: string) => {
    log.call(method, id);
    const request = log.calls.length;
    const injected = quota.failOn?.(request);
    if (injected) {
      log.refused++;
      throw new Error(`API call to sheets.spreadsheets.${method} failed with error: ${injected}`);
    }
    if (quota.clock) {
      // "Read requests … Per minute per user per project: 60"; beyond it the API answers 429
      // (https://developers.google.com/sheets/api/limits).
      const now = quota.clock();
      while (sent.length > 0 && sent[0] <= now - 60_000) sent.shift();
      if (sent.length >= (quota.readsPerMinute ?? 60)) {
        log.refused++;
        throw new Error(
          `API call to sheets.spreadsheets.${method} failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' (429 Too Many Requests)`,
        );
      }
      sent.push(now);
    }
    const file = files(id);
    if (!file)
      throw new Error(
        `API call to sheets.spreadsheets.${method} failed with error: Requested entity was not found.`,
      );
    if (!file.shared) {
      throw new Error(
        `API call to sheets.spreadsheets.${method} failed with error: The caller does not have permission`,
      );
    }
    return file;
  };
  const api: SheetsApi = {
    Spreadsheets: {
      get(id: string, args: object) {
        const file = open(id, 'get');
        if ((args as { fields?: string }).fields !== 'sheets.properties.title')
          throw new Error('asked for more than titles');
        return { sheets: Object.keys(file.tabs).map((title) => ({ properties: { title } })) };
      },
      Values: {
        batchGet(id: string, args: object) {
          const file = open(id, 'values.batchGet');
          const { ranges, majorDimension } = args as { ranges: string[]; majorDimension: 'ROWS' | 'COLUMNS' };
          log.ranges.push(...ranges);
          return {
            valueRanges: ranges.map((range) => {
              const match = /^'((?:[^']|'')*)'(?:!(?:(\d+):\2|([A-Z]+):\3))?$/.exec(range);
              if (!match) throw new Error(`Unable to parse range: ${range}`);
              const grid = file.tabs[match[1].replace(/''/g, "'")];
              if (!grid) throw new Error(`Unable to parse range: ${range}`);
              let rows: unknown[][] = grid.map((row) => [...row]);
              if (match[2]) rows = rows.slice(Number(match[2]) - 1, Number(match[2]));
              if (match[3]) {
                const column = [...match[3]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
                rows = rows.map((row) => [row[column]]);
              }
              // The API gives columns when asked, and trims trailing empty cells and lines.
              const values = majorDimension === 'COLUMNS' ? columnsOf(rows) : rows;
              const trimmed = trimLines(values.map((line) => trimEnd(line)));
              for (const line of trimmed) log.cells += line.length;
              return { range, values: trimmed };
            }),
          };
        },
      },
    },
  };
  return { api, log };
}

function trimEnd(row: readonly unknown[]): unknown[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined || row[end - 1] === '')) end--;
  return row.slice(0, end);
}

function columnsOf(rows: unknown[][]): unknown[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? null));
}

function trimLines(lines: unknown[][]): unknown[][] {
  let end = lines.length;
  while (end > 0 && lines[end - 1].length === 0) end--;
  return lines.slice(0, end);
}
