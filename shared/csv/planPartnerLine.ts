import type { Reason } from '../i18n/reason';
import { matchPartner } from '../match/matchPartner';
import { foldOrganisationName } from '../match/organisationName';
import { normaliseRow } from '../normalise/row';
import { cellText, listItems, type Row } from '../register/register';
import type { TabRecord } from '../table/readTab';
import type { DuplicateDecision } from './importChoices';
import type { PlannedRow } from './importPlanTypes';
import { matchedLine, rowReason, withColumn } from './importReasons';
import {
  contactKey,
  decide,
  type ImportState,
  keepIdIfFree,
  type PartnerLine,
  partnerLineId,
} from './importState';
import type { LineOutcome } from './lineOutcome';

/** Partners and contacts found again may be updated from the file. */
export const UPDATABLE: DuplicateDecision[] = ['update', 'add', 'skip'];

/** The person a partner list's line names in its person columns (contact key → header), normalised. */
function personOf(
  state: ImportState,
  record: TabRecord,
  persons: Readonly<Record<string, string>>,
  partner: Row,
): { row: Row; problems: Reason[] } | undefined {
  // Most partner lists have no person columns: then no contact is read at all.
  let raw: Record<string, unknown> | undefined;
  for (const key in persons) {
    raw ??= {};
    raw[key] = record.extra[persons[key]] ?? null;
  }
  if (!raw?.name) return undefined;
  const person = normaliseRow('contacts', { ...raw, email: partner.email, phone: partner.phone }, state.memo);
  return {
    row: person.row,
    problems: person.problems.map((problem) => withColumn('contacts', problem.column, problem.reason)),
  };
}

/** A contact from a partner list's person columns, unless the partner has it already. */
function contactOf(
  state: ImportState,
  line: number,
  contact: Row | undefined,
  partner: PartnerLine,
): PlannedRow | undefined {
  if (!contact) return undefined;
  const partnerId = partnerLineId(state, partner);
  const key = contactKey(partnerId, cellText(contact.name));
  if (state.register.contactByPartnerName.has(key) || state.file.contacts.has(key)) return undefined;
  state.file.contacts.add(key);
  return { line, tab: 'contacts', row: { ...contact, id: null, partner_id: partnerId } };
}

/**
 * A line of a partner list: refused with its problems, a repeat of an earlier line of the
 * same organisation, a partner already in the register (skipped, updated or added as the
 * person decides), or a new partner; a person named in its person columns becomes a contact.
 */
export function planPartnerLine(
  state: ImportState,
  record: TabRecord,
  persons: Readonly<Record<string, string>>,
): LineOutcome {
  const { line } = record;
  const { row, problems } = normaliseRow('partners', record.raw, state.memo);
  const person = personOf(state, record, persons, row);
  if (problems.length > 0 || (person && person.problems.length > 0)) {
    const reasons = problems.map((problem) => problem.reason);
    if (person) reasons.push(...person.problems);
    return { line, rejected: rowReason(reasons) };
  }
  const contact = person?.row;
  // The folded name is the partner's identity within one file: a line whose name folds like an
  // earlier line's is that line again (reported once), whatever else it says.
  const fold = foldOrganisationName(cellText(row.name));
  const first = state.file.partnerLines.get(fold);
  if (first !== undefined) {
    // Another person of the same organisation still becomes its contact.
    return { line, repeats: first.line, related: contactOf(state, line, contact, first) };
  }
  const match = matchPartner(state.register.partners, {
    name: cellText(row.name),
    nameFold: fold,
    emails: listItems(row.email),
    emailsStored: true,
    phones: listItems(row.phone),
    website: cellText(row.website) || undefined,
  });
  if (match) {
    // A phone alone is shared by a switchboard, a temple and the co-operative next door: asked,
    // and added as a new organisation unless the person says it is the same one.
    const decision = decide(state, line, match.by === 'phone' ? 'add' : 'skip', UPDATABLE);
    const matched = matchedLine(line, match.id, match.reason, match.by, decision, UPDATABLE);
    if (decision !== 'add') {
      state.file.partnerLines.set(fold, matched);
      return {
        line,
        matched,
        update: decision === 'update' ? { line, tab: 'partners', id: match.id, row } : undefined,
        related: contactOf(state, line, contact, matched),
      };
    }
    return { ...newPartner(state, line, row, fold, contact), matched };
  }
  return newPartner(state, line, row, fold, contact);
}

function newPartner(
  state: ImportState,
  line: number,
  row: Row,
  fold: string,
  contact: Row | undefined,
): LineOutcome {
  keepIdIfFree(state, row);
  // No placeholder yet: one is given only if a contact names this partner (see partnerLineId).
  const partner: PlannedRow = { line, tab: 'partners', row };
  // Only partnerLines: newPartners serves other tabs' lines, and a map of every new partner of
  // a 50,000-line list would only be grown and collected.
  state.file.partnerLines.set(fold, partner);
  return { line, accepted: partner, related: contactOf(state, line, contact, partner) };
}
