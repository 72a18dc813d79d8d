import type { CaptureKind, CaptureOutcome } from '../../../shared/capture/protocol';
import type { Language } from '../../../shared/i18n/language';
import { findGeneratedSheet, generatedSheetName } from '../sheetLocator';
import type { Grid, Workbook } from '../workbook';

/**
 * One received capture as the hidden log keeps it. PDPA: only ids, times, outcomes and row ids —
 * never a name, email or phone — so erasing a person from the register leaves nothing here but
 * the lines that point at their row, which `forgetCaptureRows` turns into tombstones.
 */
export interface CaptureLogEntry {
  capture_id: string;
  received_at: string;
  kind: CaptureKind | '';
  /** `erased`: a tombstone — the row was removed under PDPA; only the capture id is kept. */
  outcome: CaptureOutcome | typeof ERASED;
  /** The row the capture became or was attached to; empty when rejected. */
  row_id: string;
}

/** The outcome of a tombstone: what was captured is erased, its id stays so a retry is not added again. */
export const ERASED = 'erased';

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
      kind: String(line[at.kind] ?? '') as CaptureKind | '',
      outcome: String(line[at.outcome] ?? '') as CaptureLogEntry['outcome'],
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
 * PDPA erasure: every log line that points at one of these rows (a removed contact's C-id)
 * becomes a tombstone holding the capture id alone (no time, kind or row), rewriting the log in
 * one write. The extension may still hold that capture and retry it: the tombstone answers it
 * "duplicate", so an erased person never comes back as a new row. Returns how many lines changed.
 */
export function forgetCaptureRows(workbook: Workbook, language: Language, rowIds: readonly string[]): number {
  const sheet = findGeneratedSheet(workbook.listSheets(), 'captureLog', language);
  if (!sheet || rowIds.length === 0) return 0;
  const [header = [], ...lines] = workbook.readValues(sheet);
  const at = columnsOf(header);
  const forget = new Set(rowIds);
  let changed = 0;
  const width = Math.max(header.length, CAPTURE_LOG_COLUMNS.length);
  const rewritten = lines.map((line) => {
    if (!forget.has(String(line[at.row_id] ?? ''))) return line;
    changed++;
    const tombstone: Grid[number] = Array.from({ length: width }, () => '');
    tombstone[at.capture_id] = line[at.capture_id];
    tombstone[at.outcome] = ERASED;
    return tombstone;
  });
  if (changed === 0) return 0;
  workbook.clearSheet(sheet);
  workbook.writeValues(sheet, 1, 1, [header, ...rewritten]);
  return changed;
}

/**
 * Tombstones for captures the log never recorded (an Apps Script batch failed before its log
 * line, leaving only the row's capture marks) whose row is now erased: the id alone, so a retry
 * of them is answered "duplicate" too. Ids the log already holds are left to `forgetCaptureRows`.
 */
export function tombstoneCaptures(
  workbook: Workbook,
  language: Language,
  captureIds: readonly string[],
): void {
  const log = readCaptureLog(workbook, language);
  const unknown = [...new Set(captureIds)].filter((id) => !log.entries.has(id));
  appendCaptureLog(
    workbook,
    log,
    language,
    unknown.map((capture_id) => ({ capture_id, received_at: '', kind: '', outcome: ERASED, row_id: '' })),
  );
}

function columnsOf(header: readonly unknown[]): Record<(typeof CAPTURE_LOG_COLUMNS)[number], number> {
  const at = {} as Record<(typeof CAPTURE_LOG_COLUMNS)[number], number>;
  CAPTURE_LOG_COLUMNS.forEach((key, i) => {
    const found = header.findIndex((cell) => String(cell ?? '').trim() === key);
    at[key] = found >= 0 ? found : i;
  });
  return at;
}
