import type { Capture, CaptureResult } from '../../../shared/capture/protocol';
import type { Language } from '../../../shared/i18n/language';
import type { FormulaLayer } from '../formulaLayer';
import type { Workbook } from '../workbook';
import { type BatchAnswers, sortBatch } from './batchAnswers';
import { appendCaptureLog, type CaptureLogEntry } from './captureLog';
import { ensureMarkColumns } from './captureMarks';
import { markNotes, planNotes } from './captureNotes';
import { appendedResult, appendRows } from './captureRows';
import { planContactsAndActivities } from './contactsAndActivities';
import { planPartners } from './partnerDrafts';
import { writeRowPatches } from './partnerPatches';
import { readRegisterForCaptures } from './registerForCaptures';

/** What applying a batch needs besides the captures. */
export interface ApplyOptions {
  layer: FormulaLayer;
  /** Now, ISO. */
  now: string;
  language: Language;
}

/**
 * Applies a batch of valid captures (the caller holds the document lock), in steps over explicit
 * data: the register as read (with the capture log and the rows' capture marks); which captures
 * are already in it; partners (attached to existing ones, merged with one another, or drafted as
 * new rows), then notes; one block write for changes to existing partners; one append per tab
 * (each row carrying its capture ids where the host needs marks); one append to the capture log.
 * Returns one result per capture, in order.
 */
export function applyCaptures(
  workbook: Workbook,
  captures: readonly Capture[],
  { layer, now, language }: ApplyOptions,
): CaptureResult[] {
  const register = readRegisterForCaptures(workbook, layer, language);
  const answers = sortBatch(captures, register);
  const markColumns = ensureMarkColumns(workbook, register.marking, language);

  const partners = planPartners(captures, answers, register, now, language);
  const notes = planNotes(captures, answers, register, partners, now);
  markNotes(partners, notes, markColumns.get(register.partners.sheet ?? ''));
  if (register.partners.sheet) writeRowPatches(workbook, register.partners.sheet, partners.patches);

  const drafts = partners.drafts;
  const appended = appendRows(
    workbook,
    'partners',
    drafts.map((draft) => ({ raw: draft.raw, marks: draft.captures.map((c) => captures[c.slot].id) })),
    { layer, now },
  );
  const partnerIdOf = new Map(drafts.map((draft, k) => [draft, appended[k]]));
  for (const [draft, row] of partnerIdOf) {
    for (const { slot, outcome, reason } of draft.captures)
      answers.results[slot] = appendedResult(captures[slot], row, outcome, reason);
  }

  for (const [kind, tab] of [
    ['contact', 'contacts'],
    ['activity', 'activities'],
  ] as const) {
    const planned = planContactsAndActivities(kind, captures, answers, register, partners, partnerIdOf);
    const added = appendRows(workbook, tab, planned, { layer, now });
    planned.forEach(({ slot }, k) => {
      answers.results[slot] = appendedResult(captures[slot], added[k], 'added');
    });
  }

  const results = answerRepeats(captures, answers);
  appendCaptureLog(workbook, register.log, language, logEntries(captures, answers, results, now));
  return results;
}

/** A capture sent twice in one batch is answered like a retry of its first sending. */
function answerRepeats(captures: readonly Capture[], answers: BatchAnswers): CaptureResult[] {
  return captures.map((capture, i) => {
    const own = answers.results[i];
    if (own) return own;
    const first = answers.results[answers.firstSlotOf.get(capture.id)!]!;
    return first.outcome !== 'rejected'
      ? { id: capture.id, outcome: 'duplicate', row_id: first.row_id }
      : { ...first, id: capture.id };
  });
}

/**
 * What the log remembers: each capture added or matched now, and each found already written
 * by its marks (an earlier attempt failed before its log line). Rejected captures are not
 * remembered: the person fixes them and sends the same id again.
 */
function logEntries(
  captures: readonly Capture[],
  answers: BatchAnswers,
  results: readonly CaptureResult[],
  now: string,
): CaptureLogEntry[] {
  const entries: CaptureLogEntry[] = [];
  captures.forEach((capture, i) => {
    const result = results[i];
    const marked = answers.foundByMark.has(i);
    if (!marked && result.outcome !== 'added' && result.outcome !== 'matched') return;
    if (!marked && answers.firstSlotOf.get(capture.id) !== i) return;
    entries.push({
      capture_id: capture.id,
      received_at: now,
      kind: capture.kind,
      outcome: marked ? 'added' : (result.outcome as 'added' | 'matched'),
      row_id: result.row_id ?? '',
    });
  });
  return entries;
}
