import type { Reason } from '../i18n/reason';
import type { PartnerMatch } from '../match/matchPartner';
import { normaliseRow } from '../normalise/row';
import { cellText, listItems, type Row } from '../register/register';
import type { TabRecord } from '../table/readTab';
import { ORGANISATION_WEBSITE_HEADER } from './googleContacts';
import { csvReason, matchedLine, rowReason, withColumn } from './importReasons';
import { contactKey, contentKey, decide, earlierLine, type ImportState, keepIdIfFree } from './importState';
import type { LineOutcome } from './lineOutcome';
import { UPDATABLE } from './planPartnerLine';
import { resolvePartner } from './resolvePartner';

function organisationOf(record: TabRecord): string {
  const cell = record.raw.partner_id;
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** The line's problems; a line with only an organisation (Google keeps companies as contacts) may lack a name. */
function contactProblems(
  record: TabRecord,
  row: Row,
  problems: readonly { column: string; reason: Reason }[],
): Reason[] {
  const organisation = organisationOf(record);
  const reasons: Reason[] = [];
  for (const problem of problems) {
    if (problem.reason.code === 'value.required' && problem.column === 'name' && organisation !== '')
      continue;
    reasons.push(problem.reason);
  }
  if (cellText(row.name) === '' && organisation === '')
    reasons.push(csvReason('import.contact_without_name'));
  return reasons;
}

/** A contact already in the register by email, or by its partner and name. */
function existingContact(state: ImportState, row: Row): { id: string; by: 'email' | 'name' } | undefined {
  for (const email of listItems(row.email)) {
    const id = state.register.contactByEmail.get(email.toLowerCase());
    if (id) return { id, by: 'email' };
  }
  const id = state.register.contactByPartnerName.get(
    contactKey(cellText(row.partner_id), cellText(row.name)),
  );
  return id ? { id, by: 'name' } : undefined;
}

/**
 * A line of a contacts file: refused, a repeat, a contact already in the register (skipped,
 * updated or added as the person decides), or a new contact. Its organisation is resolved to a
 * partner, planned as a new one when unknown; a line with only an organisation brings that
 * partner alone.
 */
export function planContactLine(state: ImportState, record: TabRecord): LineOutcome {
  const { line } = record;
  const organisation = organisationOf(record);
  const { row, problems } = normaliseRow('contacts', { ...record.raw, partner_id: null }, state.memo);
  const reasons = contactProblems(record, row, problems);
  if (reasons.length > 0) return { line, rejected: rowReason(reasons) };
  const repeats = earlierLine(state, line, `${contentKey('contacts', row)}|${organisation}`);
  if (repeats !== undefined) return { line, repeats };
  const hasName = cellText(row.name) !== '';
  const outcome: LineOutcome = { line };
  let partnerMatch: PartnerMatch | undefined;
  if (organisation !== '') {
    const resolved = resolvePartner(state, {
      text: organisation,
      createAs: line,
      emails: listItems(row.email),
      website: record.extra[ORGANISATION_WEBSITE_HEADER],
    });
    if ('problem' in resolved)
      return { line, rejected: rowReason([withColumn('contacts', 'partner_id', resolved.problem)]) };
    row.partner_id = resolved.id;
    partnerMatch = resolved.match;
    if (!hasName) {
      // A line with only an organisation brings the partner in as its own row.
      if (resolved.created) return { line, accepted: resolved.created };
      if (resolved.planned) return { line, repeats: resolved.planned.line };
      const why = resolved.match?.reason ?? csvReason('import.same_row', { id: resolved.id });
      return {
        line,
        matched: matchedLine(line, resolved.id, why, resolved.match?.by ?? 'id', 'skip', ['skip']),
      };
    }
    outcome.related = resolved.created;
  }
  const existing = existingContact(state, row);
  if (existing) {
    const decision = decide(state, line, 'skip', UPDATABLE);
    const why = csvReason('import.contact_exists', { id: existing.id });
    outcome.matched = matchedLine(line, existing.id, why, existing.by, decision, UPDATABLE);
    if (decision === 'update') outcome.update = { line, tab: 'contacts', id: existing.id, row };
    if (decision !== 'add') return outcome;
  }
  keepIdIfFree(state, row);
  outcome.accepted = { line, tab: 'contacts', row, partnerMatch };
  return outcome;
}
