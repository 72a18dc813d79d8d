import type { RawGrid } from '../../../../shared/rollup/schoolRegister';
import type { SheetsApi } from '../../../../sheets-addon/appsscript/sheetsRegisterReader';
import { CallLog } from '../../../doubles/appsScriptDouble';

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
export function createSheetsApiDouble(files: (id: string) => ServedSpreadsheet | undefined) {
  const log = new CallLog();
  const open = (id: string, method: string) => {
    log.call(method, id);
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
          const { ranges } = args as { ranges: string[] };
          return {
            valueRanges: ranges.map((range) => {
              const title = range.replace(/^'|'$/g, '').replace(/''/g, "'");
              const grid = file.tabs[title];
              if (!grid) throw new Error(`Unable to parse range: ${range}`);
              // The API trims trailing empty cells of each row, and empty rows at the end.
              return { range, values: grid.map((row) => trimEnd(row)) };
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
