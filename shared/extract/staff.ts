import type { CountryCode } from 'libphonenumber-js/max';
import { cleanFieldText } from './cleanText';
import type { LinkFacts } from './pageLinks';
import type { PageBlock, PageScan } from './pageScan';
import { findTableNames, type TableNameCell } from './staffTable';
import { findEmails, findLineIds, findPhones, type TextMatch } from './textFacts';

/** A person found on the page with a title and/or a way to reach them, and the text range of their row or card. */
export interface StaffMember {
  name: string;
  role?: string;
  emails: TextMatch[];
  phones: TextMatch[];
  lineIds: TextMatch[];
  /** 'table' for a table row, 'text' for a list item, paragraph or card. */
  source: string;
  start: number;
  end: number;
}

/** A row or card longer than this is a section of the page, not one person's entry. */
export const MAX_CARD_CHARS = 400;
/** At most this many people are proposed from one page. */
export const MAX_STAFF = 50;
/** Rows of at most this many people are set apart from the organisation's own lines (a directory page may list thousands). */
export const MAX_PEOPLE_ROWS = 5_000;

const T = '\\u0E01-\\u0E4E';
// An honorific (นาย, นาง, นางสาว, น.ส., ดร. …, optionally after academic or military ranks), a
// given name and a surname. `นายก…` is a title (นายกองค์การบริหารส่วนตำบล, นายกเทศมนตรี), not นาย + a name.
const THAI_PERSON = new RegExp(
  `(?<![${T}])(?:(?:ว่าที่\\s*(?:ร\\.ต\\.|ร้อยตรี)(?:หญิง)?|ผศ\\.|รศ\\.|ศ\\.|พระครู)\\s*)*(?:นางสาว|นาย(?!ก(?:องค์|เทศ|อบ|รัฐ|\\.|\\s))|นาง|น\\.ส\\.|ดร\\.|ว่าที่\\s*(?:ร\\.ต\\.|ร้อยตรี)(?:หญิง)?)\\s*[${T}]{2,}\\s+[${T}]{2,}`,
  'g',
);
const ENGLISH_PERSON =
  /(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Assoc\. Prof|Asst\. Prof)\.?\s+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2}/g;
const THAI_ROLE = new RegExp(
  `(?<![${T}])(?:รอง|ผู้ช่วย)?(?:ผู้อำนวยการ|ผอ\\.|นายก|ปลัด|ครู|หัวหน้า|ศึกษานิเทศก์|เลขานุการ|ประธาน|คณบดี|อธิการบดี|ผู้จัดการ|เจ้าหน้าที่|นักวิชาการ|นักจัดการ|ผู้ประสานงาน|กำนัน|ผู้ใหญ่บ้าน|เจ้าอาวาส|ผู้บริหาร|กรรมการ|เจ้าของ|ผู้ดูแล)[${T}.]*(?:\\s(?:ฝ่าย|กลุ่ม|งาน|กอง|สำนัก|โรงเรียน|ประจำ)[${T}]+)*`,
  'g',
);
const ENGLISH_ROLE =
  /\b(?:(?:deputy|vice|assistant)\s+)?(?:director|principal|head|manager|coordinator|chair(?:man|person)?|president|dean|teacher|officer|secretary|mayor)\b(?:\s+(?:of|for)(?:\s+(?:the\s+)?[A-Za-z&]+){1,4})?/gi;
// Blocks a card may grow into; a list or table holds several people, not one.
const CARD_TAGS = new Set([
  'tr',
  'li',
  'td',
  'th',
  'div',
  'article',
  'section',
  'p',
  'dd',
  'dt',
  'figure',
  'address',
  'header',
  'footer',
  'aside',
]);

/** Person names with their text ranges, in page order. */
export function findPersonNames(text: string): TextMatch[] {
  const names: TextMatch[] = [];
  for (const pattern of [THAI_PERSON, ENGLISH_PERSON]) {
    for (const match of text.matchAll(pattern)) {
      names.push({ value: cleanFieldText(match[0]), start: match.index, end: match.index + match[0].length });
    }
  }
  return names.sort((a, b) => a.start - b.start);
}

/**
 * People in staff tables, lists and cards: each person name, the largest row or card around
 * it that holds no other name, the title in it (ผู้อำนวยการ, ปลัด, นายก, ครู …) and the phones,
 * emails and LINE IDs in it (text and links). A name with neither a title nor a way to reach
 * them is a mention, not a contact. `rows` are the ranges of every person's row or card, proposed or not.
 */
export function findStaff(
  scan: PageScan,
  links: LinkFacts,
  region?: CountryCode,
): { staff: StaffMember[]; rows: { start: number; end: number }[] } {
  const tableNames = findTableNames(scan);
  const tableRoles = new Map(tableNames.map((cell) => [cell.name.start, cell.role]));
  const names = withTableNames(findPersonNames(scan.text), tableNames).slice(0, MAX_PEOPLE_ROWS);
  const starts = names.map((name) => name.start);
  const countIn = (start: number, end: number) => lowerBound(starts, end) - lowerBound(starts, start);
  const blockStarts = scan.blocks.map((block) => block.start);
  const staff: StaffMember[] = [];
  const rows: { start: number; end: number }[] = [];
  names.forEach((name, index) => {
    const range = cardAround(scan, blockStarts, name, names[index + 1], countIn);
    // Beyond the people proposed, a row is only set apart from the organisation's lines.
    if (staff.length >= MAX_STAFF) {
      rows.push(range);
      return;
    }
    const card = scan.text.slice(range.start, range.end);
    const masked = maskNames(
      card,
      names.slice(lowerBound(starts, range.start), lowerBound(starts, range.end)),
      range.start,
    );
    const role = tableRoles.get(name.start) ?? roleNear(masked, name.start - range.start);
    const inCard = (match: TextMatch) => match.start >= range.start && match.start < range.end;
    const shift = (match: TextMatch) => ({
      ...match,
      start: match.start + range.start,
      end: match.end + range.start,
    });
    const emails = [...findEmails(card).map(shift), ...links.emails.filter(inCard)];
    const phones = [...findPhones(card, undefined, region).map(shift), ...links.phones.filter(inCard)];
    const lineIds = [...findLineIds(card).map(shift), ...links.lineIds.filter(inCard)];
    if (!role && emails.length === 0 && phones.length === 0) return;
    rows.push(range);
    staff.push({
      name: name.value,
      role,
      emails,
      phones,
      lineIds,
      source: range.source,
      start: range.start,
      end: range.end,
    });
  });
  return { staff, rows };
}

/** Names found by pattern, plus table name cells no pattern match overlaps, in page order. */
function withTableNames(names: TextMatch[], cells: TableNameCell[]): TextMatch[] {
  const starts = names.map((name) => name.start);
  const extra = cells
    .map((cell) => cell.name)
    .filter((cell) => {
      // Names are disjoint and sorted: only the last one starting before the cell ends can overlap it.
      const before = lowerBound(starts, cell.end) - 1;
      return before < 0 || names[before].end <= cell.start;
    });
  if (extra.length === 0) return names;
  return [...names, ...extra].sort((a, b) => a.start - b.start);
}

function cardAround(
  scan: PageScan,
  blockStarts: number[],
  name: TextMatch,
  nextName: TextMatch | undefined,
  countIn: (start: number, end: number) => number,
): { start: number; end: number; source: string } {
  let index = lowerBound(blockStarts, name.start + 1) - 1;
  while (index >= 0 && scan.blocks[index].end <= name.start) index = scan.blocks[index].parent;
  if (index < 0) return lineAround(scan.text, name, nextName);
  let block: PageBlock = scan.blocks[index];
  if (countIn(block.start, block.end) > 1) return lineAround(scan.text, name, nextName, block);
  while (block.parent >= 0) {
    const parent = scan.blocks[block.parent];
    if (!CARD_TAGS.has(parent.tag) || parent.end - parent.start > MAX_CARD_CHARS) break;
    if (countIn(parent.start, parent.end) > 1) break;
    block = parent;
  }
  const row = block.tag === 'tr' || block.tag === 'td' || block.tag === 'th';
  return { start: block.start, end: block.end, source: row ? 'table' : 'text' };
}

// Several people in one block (`<p>นาย… ผอ. โทร …<br>นาง… รอง ผอ. โทร …</p>`): the name's own line, up to the next name.
function lineAround(
  text: string,
  name: TextMatch,
  nextName: TextMatch | undefined,
  block?: PageBlock,
): { start: number; end: number; source: string } {
  const floor = block?.start ?? 0;
  const ceiling = block?.end ?? text.length;
  const lineStart = Math.max(floor, text.lastIndexOf('\n', name.start) + 1);
  const newline = text.indexOf('\n', name.end);
  let end = Math.min(ceiling, newline < 0 ? text.length : newline, name.start + MAX_CARD_CHARS);
  if (nextName && nextName.start < end) end = nextName.start;
  const previousBreak = text.slice(lineStart, name.start);
  return { start: previousBreak.length > MAX_CARD_CHARS ? name.start : lineStart, end, source: 'text' };
}

function maskNames(card: string, names: TextMatch[], offset: number): string {
  let masked = card;
  for (const name of names) {
    const start = name.start - offset;
    const end = name.end - offset;
    if (end <= 0 || start >= card.length) continue;
    masked =
      masked.slice(0, Math.max(0, start)) +
      ' '.repeat(Math.min(end, card.length) - Math.max(0, start)) +
      masked.slice(end);
  }
  return masked;
}

function roleNear(masked: string, namePosition: number): string | undefined {
  let best: { text: string; distance: number } | undefined;
  for (const pattern of [THAI_ROLE, ENGLISH_ROLE]) {
    for (const match of masked.matchAll(pattern)) {
      const text = cleanFieldText(match[0]);
      if (text.length < 2) continue;
      const distance = Math.abs(match.index - namePosition);
      if (!best || distance < best.distance) best = { text, distance };
    }
  }
  return best?.text;
}

/** The first index whose value is at least `value` (the array is sorted). */
function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
