import type { Cell } from '../../../shared/register/register';
import { DISTRICT_CHART_TITLES, districtCharts } from '../../../shared/rollup/charts';
import { DISTRICT_HIGHLIGHT, districtNumberFormat } from '../../../shared/rollup/districtLook';
import type { DistrictModel } from '../../../shared/rollup/districtModel';
import { DISTRICT_LAYOUT, type DistrictTable } from '../../../shared/rollup/districtTable';
import { unreadableFormula, weakestFormula } from '../../../shared/rollup/highlightFormula';
import { GENERATED_TABS } from '../../../shared/schema/tabs';
import { neutraliseFormulaText } from '../../../shared/text/formulaText';
import type { ChartCanvas } from '../charts/chartCanvas';
import type { ColumnFormat, ConditionalRule, SheetCell, Workbook } from '../workbook';

/** The District tab's name in the workbook: either language's, or `null` when there is none. */
export function findDistrictSheet(workbook: Workbook): string | null {
  const names: string[] = [GENERATED_TABS.district.th, GENERATED_TABS.district.en];
  return workbook.listSheets().find((sheet) => names.includes(sheet.name))?.name ?? null;
}

/** Creates the District tab with its header, ready for the officer to list schools. */
export function createDistrictSheet(workbook: Workbook, table: DistrictTable): string {
  const name = GENERATED_TABS.district[table.language];
  workbook.createSheet(name);
  // The total row is labelled from the start, so the officer sees the list begins on row 3.
  workbook.writeValues(name, DISTRICT_LAYOUT.headerRow, 1, [
    table.columns.map((column) => column.label),
    table.columns.map((_, c) => (c === 0 ? (table.totalRow[0] as string) : null)),
  ]);
  workbook.writeNotes(name, DISTRICT_LAYOUT.headerRow, 1, [table.columns.map((column) => column.note)]);
  workbook.freezeRows(name, DISTRICT_LAYOUT.totalRow);
  return name;
}

function safe(cell: Cell): SheetCell {
  return typeof cell === 'string' ? neutraliseFormulaText(cell) : cell;
}

/**
 * Writes the roll-up onto the District tab in a fixed number of calls: header and total rows,
 * one block for every school row and the ranking beside it, header notes, number formats,
 * highlight rules, and the charts. The officer's names and links (columns A–B) are never
 * rewritten; what an earlier, longer roll-up left below is cleared.
 */
export function writeDistrictSheet(
  workbook: Workbook,
  charts: ChartCanvas | null,
  name: string,
  model: DistrictModel,
  table: DistrictTable,
): void {
  const info = workbook.listSheets().find((sheet) => sheet.name === name);
  const rankingEnd = table.ranking.column + table.ranking.header.length - 1;
  const width = Math.max(rankingEnd, info?.lastColumn ?? 0);
  const lastListRow = Math.max(
    DISTRICT_LAYOUT.firstSchoolRow - 1,
    ...model.rows.map((row) => DISTRICT_LAYOUT.firstSchoolRow + row.result.index),
  );
  const rankingEndRow = DISTRICT_LAYOUT.firstSchoolRow + table.ranking.rows.length - 1;
  const height = Math.max(lastListRow, rankingEndRow, info?.lastRow ?? 0);
  const first = DISTRICT_LAYOUT.firstGeneratedColumn;

  const top: SheetCell[][] = [Array(width).fill(null), Array(width).fill(null)];
  table.columns.forEach((column, c) => {
    top[0][c] = column.label;
    top[1][c] = safe(table.totalRow[c]);
  });
  table.ranking.header.forEach((label, c) => {
    top[0][table.ranking.column - 1 + c] = label;
  });
  workbook.writeValues(name, DISTRICT_LAYOUT.headerRow, 1, top);

  const rows = height - DISTRICT_LAYOUT.firstSchoolRow + 1;
  if (rows > 0) {
    const block: SheetCell[][] = Array.from({ length: rows }, () => Array(width - first + 1).fill(null));
    model.rows.forEach((row, position) => {
      const cells = table.schoolRows[position];
      for (let c = first - 1; c < cells.length; c++) block[row.result.index][c - first + 1] = safe(cells[c]);
    });
    table.ranking.rows.forEach((cells, place) => {
      cells.forEach((cell, c) => {
        block[place][table.ranking.column - first + c] = safe(cell);
      });
    });
    workbook.writeValues(name, DISTRICT_LAYOUT.firstSchoolRow, first, block);
  }

  const notes: string[] = Array(width).fill('');
  table.columns.forEach((column, c) => {
    notes[c] = column.note;
  });
  workbook.writeNotes(name, DISTRICT_LAYOUT.headerRow, 1, [notes]);

  const formats: ColumnFormat[] = [];
  table.columns.forEach((column, c) => {
    const format = districtNumberFormat(column.format, 'sheets', table.language);
    if (format) formats.push({ span: { column: c + 1, fromRow: DISTRICT_LAYOUT.totalRow }, format });
  });
  workbook.setFormats(name, formats);

  const lastRow = Math.max(lastListRow, DISTRICT_LAYOUT.firstSchoolRow);
  const rules: ConditionalRule[] = [];
  table.columns.forEach((column, c) => {
    if (!column.better) return;
    rules.push({
      span: { column: c + 1, fromRow: DISTRICT_LAYOUT.firstSchoolRow },
      formula: `=${weakestFormula(c + 1, DISTRICT_LAYOUT.firstSchoolRow, lastRow, column.better)}`,
      background: DISTRICT_HIGHLIGHT.weakBackground,
      fontColor: DISTRICT_HIGHLIGHT.weakFont,
    });
  });
  const status = table.columns.findIndex((column) => column.id === 'status') + 1;
  const partners = table.columns.findIndex((column) => column.id === 'partners') + 1;
  rules.push({
    span: { column: status, fromRow: DISTRICT_LAYOUT.firstSchoolRow },
    formula: `=${unreadableFormula(status, partners, DISTRICT_LAYOUT.firstSchoolRow)}`,
    background: DISTRICT_HIGHLIGHT.unreadableBackground,
  });
  workbook.setConditionalRules(name, rules);
  workbook.freezeRows(name, DISTRICT_LAYOUT.totalRow);

  if (charts) charts.replaceCharts(name, DISTRICT_CHART_TITLES, districtCharts(table));
}
