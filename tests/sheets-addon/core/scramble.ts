import type { MemorySheet } from '../../../sheets-addon/core/memoryWorkbook';

/** Ways a person can rearrange a register by hand; each test applies them to a workbook in memory. */
export function reorderColumns(sheet: MemorySheet, order: (width: number) => number[]): void {
  const width = Math.max(...sheet.cells.map((line) => line.length));
  const permutation = order(width);
  sheet.cells = sheet.cells.map((line) => permutation.map((from) => line[from] ?? { value: null }));
}

export function renameHeader(sheet: MemorySheet, from: string, to: string): void {
  const cell = sheet.cells[0].find((candidate) => candidate.value === from);
  if (!cell) throw new Error(`no header ${from}`);
  cell.value = to;
}

export function deleteColumn(sheet: MemorySheet, header: string): void {
  const index = sheet.cells[0].findIndex((candidate) => candidate.value === header);
  if (index < 0) throw new Error(`no header ${header}`);
  for (const line of sheet.cells) line.splice(index, 1);
}
