import { cleanFieldText } from './cleanText';
import type { PageScan } from './pageScan';
import type { TextMatch } from './textFacts';

/** A person named in a staff table's name column, with the role column's text when there is one. */
export interface TableNameCell {
  name: TextMatch;
  role?: string;
}

// Header cells that say which column holds the name and which the title.
const NAME_HEADER =
  /^(?:ชื่อ|ชื่อ\s*[-–]?\s*(?:นาม)?สกุล|ชื่อ\s*[-–]?\s*นามสกุล|ชื่อผู้ติดต่อ|ผู้ติดต่อ|ผู้ประสานงาน|(?:full\s+)?name|contact(?:\s+person)?)$/i;
const ROLE_HEADER = /^(?:ตำแหน่ง|หน้าที่|ตำแหน่ง\s*\/\s*หน้าที่|position|role|(?:job\s+)?title)$/i;
// A name cell holds letters, spaces and dots only (no numbers, addresses or emails), and is short.
const NAME_CELL = /^[\p{L}\p{M}][\p{L}\p{M} .'-]{1,60}$/u;
const MAX_ROLE_LENGTH = 80;

/**
 * Names from staff tables whose header row labels a name column (ชื่อ-สกุล, Name …), so names
 * written without an honorific are found too; the role column (ตำแหน่ง, Position …) gives the title.
 */
export function findTableNames(scan: PageScan): TableNameCell[] {
  const cellsOfRow = new Map<number, number[]>();
  const rowsOfTable = new Map<number, number[]>();
  scan.blocks.forEach((block, index) => {
    if (
      (block.tag === 'td' || block.tag === 'th') &&
      block.parent >= 0 &&
      scan.blocks[block.parent].tag === 'tr'
    ) {
      const cells = cellsOfRow.get(block.parent) ?? [];
      cells.push(index);
      cellsOfRow.set(block.parent, cells);
    } else if (block.tag === 'tr') {
      let table = block.parent;
      while (table >= 0 && scan.blocks[table].tag !== 'table') table = scan.blocks[table].parent;
      if (table < 0) return;
      const rows = rowsOfTable.get(table) ?? [];
      rows.push(index);
      rowsOfTable.set(table, rows);
    }
  });
  const cellText = (cell: number) => scan.text.slice(scan.blocks[cell].start, scan.blocks[cell].end).trim();
  const found: TableNameCell[] = [];
  for (const rows of rowsOfTable.values()) {
    const headerAt = rows.findIndex((row) =>
      (cellsOfRow.get(row) ?? []).some((cell) => NAME_HEADER.test(cellText(cell))),
    );
    if (headerAt < 0) continue;
    const headers = (cellsOfRow.get(rows[headerAt]) ?? []).map(cellText);
    const nameColumn = headers.findIndex((header) => NAME_HEADER.test(header));
    const roleColumn = headers.findIndex((header) => ROLE_HEADER.test(header));
    for (const row of rows.slice(headerAt + 1)) {
      const cells = cellsOfRow.get(row) ?? [];
      const nameCell = cells[nameColumn];
      if (nameCell === undefined) continue;
      const block = scan.blocks[nameCell];
      const raw = scan.text.slice(block.start, block.end);
      const name = cleanFieldText(raw);
      if (!NAME_CELL.test(name)) continue;
      const start = block.start + (raw.length - raw.trimStart().length);
      const role =
        roleColumn >= 0 && cells[roleColumn] !== undefined ? cleanFieldText(cellText(cells[roleColumn])) : '';
      found.push({
        name: { value: name, start, end: start + raw.trim().length },
        role: role && role.length <= MAX_ROLE_LENGTH ? role : undefined,
      });
    }
  }
  return found;
}
