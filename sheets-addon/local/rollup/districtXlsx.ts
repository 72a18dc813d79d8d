import ExcelJS from 'exceljs';
import type { Cell } from '../../../shared/register/register';
import { DISTRICT_HIGHLIGHT, districtNumberFormat } from '../../../shared/rollup/districtLook';
import { DISTRICT_LAYOUT, type DistrictTable } from '../../../shared/rollup/districtTable';
import { unreadableFormula, weakestFormula } from '../../../shared/rollup/highlightFormula';
import { GENERATED_TABS } from '../../../shared/schema/tabs';
import { displayWidth } from '../../../shared/text/displayWidth';

/** An opaque ARGB colour, as exceljs writes it, from a `#rrggbb` one. */
function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

const WEAK_FILL = argb(DISTRICT_HIGHLIGHT.weakBackground);
const WEAK_FONT = argb(DISTRICT_HIGHLIGHT.weakFont);
const UNREADABLE_FILL = argb(DISTRICT_HIGHLIGHT.unreadableBackground);
const HEADER_FILL = 'FFD9EAD3';

function xlsxCell(cell: Cell, format: string): ExcelJS.CellValue {
  if (format === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell))
    return new Date(`${cell}T00:00:00Z`);
  // A string cell of an .xlsx is text in every program: a "this is text" apostrophe would show.
  return cell;
}

/**
 * The District table as an .xlsx workbook: the same columns, total row, highlights (as
 * conditional formats with the same COUNTIF rule as Sheets) and ranking block. Charts stay in
 * Sheets: an .xlsx need not carry them.
 */
export function districtWorkbook(table: DistrictTable): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(GENERATED_TABS.district[table.language], {
    views: [{ state: 'frozen', ySplit: DISTRICT_LAYOUT.totalRow, xSplit: 1 }],
    // An officer prints it for a meeting: one page wide, landscape.
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const header = sheet.getRow(DISTRICT_LAYOUT.headerRow);
  table.columns.forEach((column, c) => {
    const cell = header.getCell(c + 1);
    cell.value = column.label;
    cell.note = column.note;
  });
  table.ranking.header.forEach((label, c) => {
    header.getCell(table.ranking.column + c).value = label;
  });
  header.font = { bold: true };
  // Thai labels are long: four wrapped lines show them whole (the role labels need four).
  header.height = 64;
  header.alignment = { wrapText: true, vertical: 'top' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });

  const rows = [table.totalRow, ...table.schoolRows];
  rows.forEach((cells, r) => {
    const row = sheet.getRow(DISTRICT_LAYOUT.totalRow + r);
    cells.forEach((cell, c) => {
      row.getCell(c + 1).value = xlsxCell(cell, table.columns[c].format);
    });
  });
  sheet.getRow(DISTRICT_LAYOUT.totalRow).font = { bold: true };
  table.ranking.rows.forEach((cells, r) => {
    const row = sheet.getRow(DISTRICT_LAYOUT.firstSchoolRow + r);
    cells.forEach((cell, c) => {
      row.getCell(table.ranking.column + c).value = xlsxCell(cell, 'text');
    });
  });

  table.columns.forEach((column, c) => {
    const excelColumn = sheet.getColumn(c + 1);
    const format = districtNumberFormat(column.format, 'xlsx', table.language);
    if (format) excelColumn.numFmt = format;
    excelColumn.width =
      column.format === 'text' ? (column.id === 'status' ? 28 : 22) : column.format === 'date' ? 15 : 13;
  });
  sheet.getColumn(table.ranking.column + 1).width = 22;
  // A school's weak points are a list of figure names: as wide as the longest, so no neighbour cuts it.
  const weakest = table.columns.findIndex((column) => column.id === 'weakest');
  const longest = Math.max(
    ...[...table.schoolRows.map((row) => row[weakest]), ...table.ranking.rows.map((row) => row[3])].map(
      (cell) => displayWidth(String(cell ?? '')),
    ),
  );
  for (const column of [sheet.getColumn(weakest + 1), sheet.getColumn(table.ranking.column + 3)])
    column.width = Math.min(100, Math.max(30, longest + 2));

  const first = DISTRICT_LAYOUT.firstSchoolRow;
  const last = Math.max(first, first + table.schoolRows.length - 1);
  table.columns.forEach((column, c) => {
    if (!column.better) return;
    const letter = sheet.getColumn(c + 1).letter;
    sheet.addConditionalFormatting({
      ref: `${letter}${first}:${letter}${last}`,
      rules: [
        {
          type: 'expression',
          priority: c + 1,
          formulae: [weakestFormula(c + 1, first, last, column.better)],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: WEAK_FILL } },
            font: { color: { argb: WEAK_FONT }, bold: true },
          },
        },
      ],
    });
  });
  const status = table.columns.findIndex((column) => column.id === 'status') + 1;
  const partners = table.columns.findIndex((column) => column.id === 'partners') + 1;
  const statusLetter = sheet.getColumn(status).letter;
  sheet.addConditionalFormatting({
    ref: `${statusLetter}${first}:${statusLetter}${last}`,
    rules: [
      {
        type: 'expression',
        priority: 100,
        formulae: [unreadableFormula(status, partners, first)],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: UNREADABLE_FILL } } },
      },
    ],
  });
  return workbook;
}
