import { MAX_FIELD_LENGTH } from '../../../shared/capture/limits';
import type { Capture } from '../../../shared/capture/protocol';
import { appliesAt, type BatchAnswers } from './batchAnswers';
import { withMark } from './captureMarks';
import { captureReason, rejected, textOf } from './captureRows';
import { type PartnerPlan, resolvePartnerRef, touch } from './partnerDrafts';
import { setPatch } from './partnerPatches';
import type { RegisterForCaptures } from './registerForCaptures';

/** A note added to an existing partner row: the row and the note's capture id, for its mark. */
export interface NoteOnRow {
  row: number;
  captureId: string;
}

/**
 * Notes: a dated line appended to the partner's notes (a note has no tab of its own) — to an
 * existing partner as a patch of its row, to a partner drafted in this batch in its fields.
 * Answers each note; returns the existing rows it patched.
 */
export function planNotes(
  captures: readonly Capture[],
  answers: BatchAnswers,
  register: RegisterForCaptures,
  plan: PartnerPlan,
  now: string,
): NoteOnRow[] {
  const onRows: NoteOnRow[] = [];
  captures.forEach((capture, slot) => {
    if (capture.kind !== 'note' || !appliesAt(answers, capture, slot)) return;
    const text = (textOf(capture.fields.notes) || textOf(capture.fields.text)).trim();
    if (text === '') {
      answers.results[slot] = rejected(capture, captureReason('capture.note_empty'));
      return;
    }
    const ref = resolvePartnerRef(capture, captures, answers, register, plan);
    if (!ref) {
      answers.results[slot] = rejected(capture, captureReason('capture.partner_required'));
      return;
    }
    if ('refused' in ref) {
      answers.results[slot] = rejected(capture, ref.refused);
      return;
    }
    const line = noteLine(capture, text);
    if ('draft' in ref) {
      ref.draft.raw.notes = joinNote(textOf(ref.draft.raw.notes as string), line);
      ref.draft.captures.push({ slot, outcome: 'added' });
      return;
    }
    const { columns, rowOf } = register.partners;
    const row = rowOf.get(ref.existing)!;
    setPatch(plan.patches, row, columns.notes, (current) =>
      joinNote(current === null ? '' : String(current), line),
    );
    touch(plan.patches, row, columns, now);
    onRows.push({ row, captureId: capture.id });
    answers.results[slot] = { id: capture.id, outcome: 'added', row_id: ref.existing };
  });
  return onRows;
}

/** Each note's capture id joins the marks of the row it extended, in the same block write as the note. */
export function markNotes(
  plan: PartnerPlan,
  notes: readonly NoteOnRow[],
  markColumn: number | undefined,
): void {
  if (markColumn === undefined) return;
  for (const { row, captureId } of notes)
    setPatch(plan.patches, row, markColumn, (current) => withMark(current, captureId));
}

function noteLine(capture: Capture, text: string): string {
  const source = capture.source_url.startsWith('http') ? ` (${capture.source_url})` : '';
  return `${capture.captured_at.slice(0, 10)}: ${text}${source}`;
}

/** Notes accumulate one line per note; the cell stays within the longest text a cell may hold. */
function joinNote(before: string, line: string): string {
  const joined = before.trim() === '' ? line : `${before}\n${line}`;
  return joined.length > MAX_FIELD_LENGTH ? joined.slice(joined.length - MAX_FIELD_LENGTH) : joined;
}
