import type { Reason } from '../i18n/reason';
import { matchPartner, type PartnerMatch } from '../match/matchPartner';
import { foldOrganisationName } from '../match/organisationName';
import { normaliseReference } from '../normalise/reference';
import { quoted } from '../normalise/refusal';
import { normaliseRow } from '../normalise/row';
import type { PlannedRow } from './importPlanTypes';
import { csvReason } from './importReasons';
import { type ImportState, nextRef } from './importState';

/** A partner reference resolved: the partner's id or a planned partner's placeholder, or why not. */
export type ResolvedPartner =
  | {
      id: string;
      /** How an existing partner was recognised by its name or details. */
      match?: PartnerMatch;
      /** The new partner this reference plans (the caller places it as the line's row or alongside). */
      created?: PlannedRow;
      /** The new partner an earlier line of the file planned under this name. */
      planned?: PlannedRow;
    }
  | { problem: Reason };

/** How a reference may be resolved: `createAs` a line number to plan a new partner for an unknown name. */
export interface PartnerReference {
  text: string;
  createAs?: number;
  emails?: string[];
  website?: string;
}

/**
 * A partner given as an id or a name: the id, a partner this file already plans, or why not.
 * With `createAs`, an organisation not found becomes a new planned partner (also remembered
 * for later lines), returned as `created`; the emails and website then help find it.
 */
export function resolvePartner(state: ImportState, reference: PartnerReference): ResolvedPartner {
  const { text, createAs } = reference;
  const asId = normaliseReference('partners', text);
  if (asId.ok) {
    if (state.register.ids.partners.has(asId.value)) return { id: asId.value };
    return { problem: csvReason('import.partner_unknown', { value: quoted(text) }) };
  }
  const match = matchPartner(
    state.register.partners,
    createAs === undefined
      ? { name: text }
      : { name: text, emails: reference.emails, website: reference.website },
  );
  if (match && (createAs !== undefined || match.by === 'name')) return { id: match.id, match };
  const fold = foldOrganisationName(text);
  const planned = state.file.newPartners.get(fold);
  if (planned) return { id: planned.ref!, planned };
  if (createAs === undefined)
    return { problem: csvReason('import.partner_unknown', { value: quoted(text) }) };
  const { row, problems } = normaliseRow('partners', { name: text, website: reference.website || null });
  if (problems.some((problem) => problem.column === 'name')) return { problem: problems[0].reason };
  if (problems.length > 0) row.website = null;
  const created: PlannedRow = { line: createAs, tab: 'partners', row, ref: nextRef(state) };
  state.file.newPartners.set(fold, created);
  return { id: created.ref!, created };
}
