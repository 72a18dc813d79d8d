import ExcelJS from 'exceljs';

const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

/** A formula cell of an .xlsx and the result the file carries for it. */
export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  /** Numbers (dates as serials), text, booleans, an error's text (`#NAME?`), or '' for none. */
  result: number | string | boolean;
}

/** A result as a spreadsheet holds it: exceljs hands back dates of date-formatted cells as Dates. */
function plainResult(result: unknown): FormulaCell['result'] {
  if (result === undefined || result === null) return '';
  if (result instanceof Date) return result.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  if (typeof result === 'object' && 'error' in result) return String((result as { error: unknown }).error);
  return result as FormulaCell['result'];
}

/**
 * Every formula cell of an .xlsx, hidden sheets included, with its cached result. exceljs reads
 * an empty text result (`<v></v>`) back as none, so '' stands for both.
 */
export async function xlsxFormulaCells(path: string): Promise<FormulaCell[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cells: FormulaCell[] = [];
  workbook.eachSheet((worksheet) => {
    worksheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        cells.push({
          sheet: worksheet.name,
          address: cell.address,
          formula: cell.formula,
          result: plainResult(cell.model.result),
        });
      });
    });
  });
  return cells;
}
