import type { Reason } from '../i18n/reason';
import { formatId } from '../ids/ids';
import { nullRecord } from '../register/nullRecord';
import type { Row } from '../register/register';
import { DATA_TAB_KEYS, type DataTabKey, tabDef } from '../schema/tabs';
import { normaliseCell } from './cell';
import type { CellMemo } from './cellMemo';
import { refuse } from './refusal';

/** A cell that could not be stored, and why. */
export interface CellProblem {
  /** The column key. */
  column: string;
  reason: Reason;
}

/** Each tab's row with every column null (see nullRecord), built once as this module loads. */
const EMPTY_ROWS = Object.fromEntries(
  DATA_TAB_KEYS.map((tab) => [tab, nullRecord(tabDef(tab).columns)]),
) as Record<DataTabKey, Readonly<Row>>;

/**
 * Every known column of a tab, normalised by its type; unknown keys are ignored. A refused
 * cell is left empty in `row` and reported in `problems` (its message led by the column's
 * label), as is an empty required column (`value.required`), so the caller can refuse the
 * whole row and show why. A `memo` kept across the rows of one batch reads each repeated value once.
 */
export function normaliseRow(
  tab: DataTabKey,
  raw: Record<string, unknown>,
  memo?: CellMemo,
): { row: Row; problems: CellProblem[] } {
  const row: Row = { ...EMPTY_ROWS[tab] };
  const problems: CellProblem[] = [];
  const { idPrefix, columns } = tabDef(tab);
  for (const column of columns) {
    // An own key or nothing: no column key is a name every object inherits (a test keeps it so).
    const value = raw[column.key];
    // Most cells of an imported line are empty, and the copy already holds their null.
    if ((value === undefined || value === null || value === '') && !column.required) continue;
    const result = normaliseCell(column, value, memo);
    if (!result.ok) {
      row[column.key] = null;
      // Said with the column's name, since a row's problems are read together.
      const { th, en } = result.reason.message;
      const message = { th: `${column.label.th}: ${th}`, en: `${column.label.en}: ${en}` };
      problems.push({ column: column.key, reason: { code: result.reason.code, message } });
      continue;
    }
    // An id of another tab (A-0001 among partners) would point references at the wrong row.
    if (
      column.type === 'id' &&
      typeof result.value === 'string' &&
      !result.value.startsWith(`${idPrefix}-`)
    ) {
      row[column.key] = null;
      const wrong = refuse('id.invalid', value, { example: formatId(tab, 1) });
      if (!wrong.ok) problems.push({ column: column.key, reason: wrong.reason });
      continue;
    }
    if (result.value !== null) row[column.key] = result.value;
    if (column.required && result.value === null) {
      const required = refuse('value.required', '', { column: column.label });
      if (!required.ok) problems.push({ column: column.key, reason: required.reason });
    }
  }
  return { row, problems };
}
