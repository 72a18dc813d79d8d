import type { Capture } from '../../../shared/capture/protocol';
import { matchPartner } from '../../../shared/match/matchPartner';
import { type PartnerIndex, storedEmail } from '../../../shared/match/partnerIndex';
import { cellText, listItems, type Row } from '../../../shared/register/register';
import { appliesAt, type BatchAnswers } from './batchAnswers';
import {
  type AppendedRow,
  captureReason,
  type RowToAppend,
  rawFields,
  rejected,
  textOf,
} from './captureRows';
import {
  AUTO_MATCH_MIN_SCORE,
  type PartnerDraft,
  type PartnerPlan,
  resolvePartnerRef,
} from './partnerDrafts';
import type { RegisterForCaptures } from './registerForCaptures';

/** A contact or activity row to append, and the slot of the capture it answers. */
export interface PlannedRow extends RowToAppend {
  slot: number;
}

/**
 * Contacts or activities (after the partners are appended, so they can name a partner added in
 * this batch): each attached to its partner, a contact already at that partner matched rather
 * than doubled. Answers the rejected and matched; returns the rows to append.
 */
export function planContactsAndActivities(
  kind: 'contact' | 'activity',
  captures: readonly Capture[],
  answers: BatchAnswers,
  register: RegisterForCaptures,
  plan: PartnerPlan,
  partnerIdOf: ReadonlyMap<PartnerDraft, AppendedRow>,
): PlannedRow[] {
  const rows: PlannedRow[] = [];
  captures.forEach((capture, slot) => {
    if (capture.kind !== kind || !appliesAt(answers, capture, slot)) return;
    const raw = rawFields(kind === 'contact' ? 'contacts' : 'activities', capture);
    delete raw.partner_id;
    const ref = resolvePartnerRef(capture, captures, answers, register, plan);
    if (ref && 'refused' in ref) {
      answers.results[slot] = rejected(capture, ref.refused);
      return;
    }
    let partnerId: string | undefined;
    if (ref && 'existing' in ref) partnerId = ref.existing;
    else if (ref) {
      const added = partnerIdOf.get(ref.draft);
      partnerId = added && 'id' in added ? added.id : undefined;
    } else if (kind === 'contact') partnerId = partnerOfContact(register.index, raw);
    if (ref && !partnerId) {
      answers.results[slot] = rejected(
        capture,
        captureReason('capture.partner_unknown', { partner: capture.partner_id ?? '' }),
      );
      return;
    }
    if (kind === 'contact') {
      if (partnerId) raw.partner_id = partnerId;
      const same = sameContact(register.contacts, raw);
      if (same) {
        answers.results[slot] = {
          id: capture.id,
          outcome: 'matched',
          row_id: same,
          reason: captureReason('capture.contact_matched', { id: same }),
        };
        return;
      }
    } else if (partnerId) {
      raw.partner_ids = [partnerId, ...listItems(textOf(capture.fields.partner_ids))]
        .filter((id, k, all) => all.indexOf(id) === k)
        .join(', ');
    }
    rows.push({ slot, raw, marks: [capture.id] });
  });
  return rows;
}

/** A contact without a partner belongs to the partner its email's own domain names, if any. */
function partnerOfContact(index: PartnerIndex, raw: Record<string, unknown>): string | undefined {
  const emails = listItems(textOf(raw.email as string));
  if (emails.length === 0) return undefined;
  const found = matchPartner(index, { emails });
  return found && found.score >= AUTO_MATCH_MIN_SCORE ? found.id : undefined;
}

/** The existing contact with one of these email addresses (or this LINE ID) at the same partner. */
function sameContact(contacts: readonly Row[], raw: Record<string, unknown>): string | undefined {
  const emails = new Set(
    listItems(textOf(raw.email as string))
      .map((e) => storedEmail(e))
      .filter(Boolean),
  );
  const line = textOf(raw.line_id as string)
    .trim()
    .toLowerCase();
  const partner = textOf(raw.partner_id as string);
  for (const contact of contacts) {
    if (partner !== '' && cellText(contact.partner_id) !== partner) continue;
    const sameEmail = listItems(contact.email).some((e) => emails.has(storedEmail(e)));
    const sameLine = line !== '' && cellText(contact.line_id).toLowerCase() === line;
    if ((sameEmail || sameLine) && cellText(contact.id) !== '') return cellText(contact.id);
  }
  return undefined;
}
