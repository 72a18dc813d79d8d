import type { CaptureKind, CaptureOutcome } from '../../../shared/capture/protocol';
import type { Language } from '../../../shared/i18n/language';
import { findGeneratedSheet, generatedSheetName } from '../sheetLocator';
import type { Grid, Workbook } from '../workbook';

/**
 * One received capture as the hidden log keeps it. PDPA: only ids, times, outcomes and row ids —
 * never a name, email or phone — so erasing a person from the register leaves nothing here but
 * the lines that point at their row, which `forgetCaptureRows` removes.
 */
export interface CaptureLogEntry {
  capture_id: string;
  received_at: string;
  kind: CaptureKind;
  outcome: CaptureOutcome;
  /** The row the capture became or was attached to; empty when rejected. */
  row_id: string;
}

/** The log's header row; columns are found by these keys, so a reordered log still reads. */
export const CAPTURE_LOG_COLUMNS = ['capture_id', 'received_at', 'kind', 'outcome', 'row_id'] as const;

/** The capture log as read once per request: capture id → its first entry. */
export interface CaptureLog {
  sheet: string | undefined;
  /** Whether the sheet has its header row yet (setup creates it empty). */
  hasHeader: boolean;
  entries: Map<string, CaptureLogEntry>;
}

export function readCaptureLog(workbook: Workbook, language: Language): CaptureLog {
  const sheet = findGeneratedSheet(workbook.listSheets(), 'captureLog', language);
  const entries = new Map<string, CaptureLogEntry>();
  if (!sheet) return { sheet, hasHeader: false, entries };
  const [header = [], ...lines] = workbook.readValues(sheet);
  const at = columnsOf(header);
  for (const line of lines) {
    const capture_id = String(line[at.capture_id] ?? '');
    if (capture_id === '' || entries.has(capture_id)) continue;
    entries.set(capture_id, {
      capture_id,
      received_at: String(line[at.received_at] ?? ''),
      kind: String(line[at.kind] ?? '') as CaptureKind,
      outcome: String(line[at.outcome] ?? '') as CaptureOutcome,
      row_id: String(line[at.row_id] ?? ''),
    });
  }
  return { sheet, hasHeader: header.length > 0, entries };
}

/** Appends entries in one write, creating the hidden log sheet the first time. */
export function appendCaptureLog(
  workbook: Workbook,
  log: CaptureLog,
  language: Language,
  added: readonly CaptureLogEntry[],
): void {
  if (added.length === 0) return;
  let sheet = log.sheet;
  const rows: Grid = added.map((entry) => CAPTURE_LOG_COLUMNS.map((key) => entry[key]));
  if (!sheet) {
    sheet = generatedSheetName('captureLog', language);
    workbook.createSheet(sheet, { hidden: true });
    log.sheet = sheet;
  }
  if (!log.hasHeader) {
    rows.unshift([...CAPTURE_LOG_COLUMNS]);
    log.hasHeader = true;
  }
  workbook.appendRows(sheet, rows);
}

/**
 * PDPA erasure: removes every log line that points at one of these rows (a removed contact's
 * C-id), rewriting the log in one write. Returns how many lines were removed.
 */
export function forgetCaptureRows(workbook: Workbook, language: Language, rowIds: readonly string[]): number {
  const sheet = findGeneratedSheet(workbook.listSheets(), 'captureLog', language);
  if (!sheet || rowIds.length === 0) return 0;
  const [header = [], ...lines] = workbook.readValues(sheet);
  const at = columnsOf(header);
  const forget = new Set(rowIds);
  const kept = lines.filter((line) => !forget.has(String(line[at.row_id] ?? '')));
  if (kept.length === lines.length) return 0;
  workbook.clearSheet(sheet);
  workbook.writeValues(sheet, 1, 1, [header, ...kept]);
  return lines.length - kept.length;
}

function columnsOf(header: readonly unknown[]): Record<(typeof CAPTURE_LOG_COLUMNS)[number], number> {
  const at = {} as Record<(typeof CAPTURE_LOG_COLUMNS)[number], number>;
  CAPTURE_LOG_COLUMNS.forEach((key, i) => {
    const found = header.findIndex((cell) => String(cell ?? '').trim() === key);
    at[key] = found >= 0 ? found : i;
  });
  return at;
}
