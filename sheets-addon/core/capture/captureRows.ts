import { CAPTURE_MESSAGES } from '../../../shared/capture/messages';
import type { Capture, CaptureResult } from '../../../shared/capture/protocol';
import { joinBoth, type Reason, reason } from '../../../shared/i18n/reason';
import { type DataTabKey, tabDef } from '../../../shared/schema/tabs';
import { appendRecords } from '../appendRecords';
import type { FormulaLayer } from '../formulaLayer';
import { isBlank } from '../sheetCells';
import type { Workbook } from '../workbook';
import { markText } from './captureMarks';

/** Columns a capture never sets: the register gives ids and stamps times. */
export const REGISTER_OWNED = new Set(['id', 'created_at', 'updated_at']);

/** A row a batch appends: its raw fields and the ids of the captures it carries. */
export interface RowToAppend {
  raw: Record<string, unknown>;
  marks: readonly string[];
}

/** What became of one appended row: its new id, or why it was not added. */
export type AppendedRow = { id: string } | { reason: Reason | undefined };

/** The capture's fields as a raw row of the tab: lists joined as list cells, register-owned columns dropped. */
export function rawFields(tab: DataTabKey, capture: Capture): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const keys = new Set(tabDef(tab).columns.map((c) => c.key));
  for (const [key, value] of Object.entries(capture.fields)) {
    if (!keys.has(key) || REGISTER_OWNED.has(key)) continue;
    raw[key] = Array.isArray(value) ? value.filter((item) => item.trim() !== '').join(', ') : value;
  }
  if (keys.has('source_url') && isBlank(raw.source_url as never) && capture.source_url.startsWith('http'))
    raw.source_url = capture.source_url;
  return raw;
}

/** One append for the tab; one outcome per row, in order. */
export function appendRows(
  workbook: Workbook,
  tab: DataTabKey,
  rows: readonly RowToAppend[],
  options: { layer: FormulaLayer; now: string },
): AppendedRow[] {
  if (rows.length === 0) return [];
  const outcome = appendRecords(
    workbook,
    tab,
    rows.map((row) => row.raw),
    { ...options, marks: rows.map((row) => markText(row.marks)) },
  );
  if (!outcome.ok) return rows.map(() => ({ reason: outcome.reason }));
  const refusedAt = new Map(outcome.value.refused.map((r) => [r.line - 1, r]));
  let next = 0;
  return rows.map((_, k) => {
    const refused = refusedAt.get(k);
    return refused ? { reason: problemsReason(refused.problems) } : { id: outcome.value.added[next++] };
  });
}

/** A capture's answer once its row was appended (or refused). */
export function appendedResult(
  capture: Capture,
  row: AppendedRow,
  outcome: 'added' | 'matched',
  why?: Reason,
): CaptureResult {
  if (!('id' in row)) return rejected(capture, row.reason ?? busy());
  return { id: capture.id, outcome, row_id: row.id, ...(why ? { reason: why } : {}) };
}

export function textOf(value: string | string[] | undefined | null): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export function rejected(capture: Capture, why: Reason): CaptureResult {
  return { id: capture.id, outcome: 'rejected', reason: why };
}

function busy(): Reason {
  return reason('capture.busy', CAPTURE_MESSAGES['capture.busy']);
}

export function captureReason(
  code:
    | 'capture.partner_unknown'
    | 'capture.partner_required'
    | 'capture.note_empty'
    | 'capture.contact_matched',
  params: Record<string, string> = {},
): Reason {
  return reason(code, CAPTURE_MESSAGES[code], params);
}

/** A refused row's problems, joined in each language under one code. */
export function problemsReason(problems: readonly { reason: Reason }[]): Reason {
  return reason('capture.fields_refused', CAPTURE_MESSAGES['capture.fields_refused'], {
    problem: joinBoth(problems.map((p) => p.reason.message)),
  });
}
