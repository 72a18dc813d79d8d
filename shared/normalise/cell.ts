import type { Cell } from '../register/register';
import { ok, type Result } from '../result';
import type { ColumnDef } from '../schema/columns';
import type { CellMemo } from './cellMemo';
import { normaliseDate } from './date';
import { normaliseEmail } from './email';
import { normaliseEnum } from './enumValue';
import { isBlankText } from './invisible';
import { normaliseLineId } from './lineId';
import { normaliseNumber } from './number';
import { normalisePhoneCell } from './phone';
import { normaliseReference } from './reference';
import { refuse } from './refusal';
import { normaliseText } from './text';
import { normaliseUrl } from './url';

/** Digits an id keeps at least (`P-0001`), as the register issues them. */
const ID_DIGITS = 4;

// Items of a list cell: commas (also Thai/full-width), semicolons, line breaks.
const LIST_SEPARATOR = /[,;\n\r\uFF0C\uFF1B\u3001]+/;

// An older register's phone extension (`+6621234567;ext=12`) holds a semicolon that separates nothing.
const PHONE_LIST_SEPARATOR = /(?:[,\n\r\uFF0C\uFF1B\u3001]|;(?!\s*ext=))+/i;
const EMAIL_LIST_SEPARATOR = /[,;\s\uFF0C\uFF1B\u3001]+/;

const ISO_DATETIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/;

function normaliseId(raw: string): Result<string> {
  const match = /^([A-Za-z])\s*-\s*(\d{1,9})$/.exec(raw.trim());
  if (!match || Number(match[2]) === 0) return refuse('id.invalid', raw, { example: 'P-0001' });
  return ok(`${match[1].toUpperCase()}-${String(Number(match[2])).padStart(ID_DIGITS, '0')}`);
}

/** An ISO date-time as written (a space before the time becomes `T`), or a date alone. */
function normaliseDateTime(raw: string): Result<string> {
  const text = raw.trim().replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T');
  const datetime = ISO_DATETIME.exec(text);
  if (!datetime)
    return /^\d{4}-\d{1,2}-\d{1,2}t/i.test(text) ? refuse('datetime.invalid', raw) : normaliseDate(text);
  // The date part is read like any date, so a Buddhist Era year Sheets kept (2568-…) is repaired.
  const date = normaliseDate(datetime[1]);
  if (!date.ok) return refuse('datetime.invalid', raw);
  return ok(date.value + text.slice(datetime[1].length));
}

/** One value of a column, as text, normalised by the column's type. */
function normaliseValue(column: ColumnDef, text: string): Result<Cell> {
  switch (column.type) {
    case 'id':
      return normaliseId(text);
    case 'text':
      return normaliseText(text);
    case 'longtext':
      return normaliseText(text, undefined, { multiline: true });
    case 'date':
      return normaliseDate(text);
    case 'datetime':
      return normaliseDateTime(text);
    case 'integer':
      return normaliseNumber(text, { integer: true, min: 0 });
    case 'number':
      return normaliseNumber(text);
    case 'money':
      return normaliseNumber(text, { min: 0 });
    case 'enum':
      return column.enum ? normaliseEnum(column.enum, text) : normaliseText(text);
    case 'email':
      return normaliseEmail(text);
    case 'phone':
      return normalisePhoneCell(text);
    case 'url':
      return normaliseUrl(text);
    case 'line_id':
      return normaliseLineId(text);
    case 'partner_ref':
    case 'partner_refs':
      return normaliseReference('partners', text);
    case 'activity_ref':
      return normaliseReference('activities', text);
  }
}

function isNumberColumn(column: ColumnDef): boolean {
  return column.type === 'integer' || column.type === 'number' || column.type === 'money';
}

/** A spreadsheet Date (Apps Script, exceljs) as the text the normalisers read. */
function dateText(date: Date, column: ColumnDef): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  if (column.type === 'datetime') return date.toISOString();
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  // A date typed as 15/06/2568 comes back as the year 2568; the date normaliser reads it as BE.
  return `${y}-${m}-${d}`;
}

/**
 * The result for a missing or blank cell, shared (and frozen): most columns of an imported
 * line are absent or empty, and a fresh object for each would only feed the garbage collector.
 */
const EMPTY_CELL: Result<Cell> = Object.freeze({ ok: true, value: null });

/**
 * A cell as the register stores it, normalised by its column's type. Empty or blank is
 * `null`; a list column (`multiple`) is split on commas, semicolons and line breaks, each item
 * normalised, duplicates dropped, and joined with `,`; an array (as captures send emails and
 * phones) is read as a list. One bad item refuses the whole cell. With a `memo`, a text the
 * column saw before is not normalised again.
 */
export function normaliseCell(column: ColumnDef, raw: unknown, memo?: CellMemo): Result<Cell> {
  if (raw === null || raw === undefined) return EMPTY_CELL;
  if (typeof raw === 'number') {
    if (isNumberColumn(column)) return normaliseNumberCell(column, raw);
    if (column.type === 'date') return normaliseDate(raw);
  }
  let text: string;
  if (raw instanceof Date) {
    const written = dateText(raw, column);
    if (written === undefined) return ok(null);
    text = written;
  } else if (Array.isArray(raw)) {
    // Captures carry emails and phones as arrays; a line break separates list items.
    if (!raw.every((item) => ['string', 'number'].includes(typeof item) || item === null)) {
      return refuse('value.unreadable', '');
    }
    text = raw.filter((item) => item !== null).join(column.multiple ? '\n' : ' ');
  } else if (typeof raw === 'object' || typeof raw === 'function' || typeof raw === 'symbol') {
    return refuse('value.unreadable', '');
  } else {
    text = String(raw);
  }
  // Most cells of an imported line are empty text: answered before any memo or normaliser.
  if (text === '') return EMPTY_CELL;
  if (memo) return memo.cell(column, text, normaliseCellText);
  return normaliseCellText(column, text);
}

/** A cell given as text, normalised by its column. */
function normaliseCellText(column: ColumnDef, text: string): Result<Cell> {
  if (isBlankText(text)) return EMPTY_CELL;
  const multiple = column.multiple || column.type === 'partner_refs';
  if (!multiple) return emptyAsNull(normaliseValue(column, text));
  const listed = listCellItems(column, text);
  if (listed.length === 1) {
    // One item (nearly every cell): its own result is the cell's, with no list to build and join.
    const value = normaliseValue(column, listed[0]);
    if (!value.ok || (typeof value.value === 'string' && value.value !== '')) return value;
  }
  const items: string[] = [];
  for (const item of listed) {
    const value = normaliseValue(column, item);
    if (!value.ok) return value;
    if (value.value === '' || value.value === null) continue;
    const stored = String(value.value);
    if (!items.includes(stored)) items.push(stored);
  }
  return ok(items.length === 0 ? null : items.join(','));
}

/** Text that normalises to nothing (only control characters, say) is an empty cell. */
function emptyAsNull(result: Result<Cell>): Result<Cell> {
  return result.ok && result.value === '' ? ok(null) : result;
}

/**
 * The items of a list cell as typed, split the way its column type allows: commas, semicolons
 * and line breaks, also spaces between emails, but not the `;ext=` of a stored phone.
 */
export function listCellItems(column: Pick<ColumnDef, 'type'>, text: string): string[] {
  // Emails never hold spaces, so a space also separates them.
  const separator =
    column.type === 'email'
      ? EMAIL_LIST_SEPARATOR
      : column.type === 'phone'
        ? PHONE_LIST_SEPARATOR
        : LIST_SEPARATOR;
  // Most cells hold one item: then there is nothing to split.
  if (!separator.test(text)) return isBlankText(text) ? [] : [text];
  return text.split(separator).filter((item) => !isBlankText(item));
}

function normaliseNumberCell(column: ColumnDef, raw: number): Result<Cell> {
  if (column.type === 'integer') return normaliseNumber(raw, { integer: true, min: 0 });
  if (column.type === 'money') return normaliseNumber(raw, { min: 0 });
  return normaliseNumber(raw);
}
