import type { Capture } from '../../../shared/capture/protocol';
import type { Language } from '../../../shared/i18n/language';
import type { Reason } from '../../../shared/i18n/reason';
import { formatId } from '../../../shared/ids/ids';
import { matchPartner, type PartnerCandidate } from '../../../shared/match/matchPartner';
import {
  buildPartnerIndex,
  buildPartnerIndexEntries,
  type PartnerIndex,
} from '../../../shared/match/partnerIndex';
import { normaliseRow } from '../../../shared/normalise/row';
import { cellText, listItems, type Row } from '../../../shared/register/register';
import { tabDef } from '../../../shared/schema/tabs';
import { sheetValue } from '../appendRecords';
import { isBlank } from '../sheetCells';
import { appliesAt, type BatchAnswers } from './batchAnswers';
import { captureReason, problemsReason, REGISTER_OWNED, rawFields, rejected, textOf } from './captureRows';
import { fillBlank, type RowPatches, setPatch } from './partnerPatches';
import type { PartnersAsRead, RegisterForCaptures } from './registerForCaptures';

/**
 * How sure a match must be before a captured partner is attached to an existing one instead of
 * added: email, own domain and equal names qualify; a phone alone (switchboards, personal
 * mobiles) or a domain several partners share does not — those are added and warned about in
 * the extension before saving.
 */
export const AUTO_MATCH_MIN_SCORE = 0.85;

/** A partner row this batch will add, and the captures that become it. */
export interface PartnerDraft {
  raw: Record<string, unknown>;
  /** In batch order; the first added the row, later partner captures matched it, notes extended it. */
  captures: { slot: number; outcome: 'added' | 'matched'; reason?: Reason }[];
}

/** The partners step's result: rows to add, and changes to existing partner rows. */
export interface PartnerPlan {
  drafts: PartnerDraft[];
  /** A partner capture's id → the draft it became or joined. */
  draftOf: Map<string, PartnerDraft>;
  patches: RowPatches;
}

/** Where a contact, activity or note's partner is. */
export type PartnerRef = { existing: string } | { draft: PartnerDraft } | { refused: Reason };

/**
 * Partners: each is attached to an existing partner (filling its empty cells), merged into one
 * captured earlier in this batch, or drafted as a new row. Answers the rejected and the matched.
 */
export function planPartners(
  captures: readonly Capture[],
  answers: BatchAnswers,
  register: RegisterForCaptures,
  now: string,
  language: Language,
): PartnerPlan {
  const plan: PartnerPlan = { drafts: [], draftOf: new Map(), patches: new Map() };
  // Drafts are matched by the capture id that started them: a real id, looked up, never parsed.
  let draftIndex: PartnerIndex = buildPartnerIndex([]);
  const draftStartedBy = new Map<string, PartnerDraft>();
  captures.forEach((capture, slot) => {
    if (capture.kind !== 'partner' || !appliesAt(answers, capture, slot)) return;
    const raw = rawFields('partners', capture);
    const { row, problems } = normaliseRow('partners', raw);
    if (problems.length > 0) {
      answers.results[slot] = rejected(capture, problemsReason(problems));
      return;
    }
    const candidate = candidateOf(row);
    const existing = matchPartner(register.index, candidate);
    if (existing && existing.score >= AUTO_MATCH_MIN_SCORE) {
      fillExisting(register.partners, existing.id, row, plan.patches, language, now);
      answers.results[slot] = {
        id: capture.id,
        outcome: 'matched',
        row_id: existing.id,
        reason: existing.reason,
      };
      return;
    }
    const earlier = matchPartner(draftIndex, candidate);
    const joined =
      earlier && earlier.score >= AUTO_MATCH_MIN_SCORE ? draftStartedBy.get(earlier.id) : undefined;
    if (joined && earlier) {
      for (const [key, value] of Object.entries(raw))
        if (isBlank(joined.raw[key] as never)) joined.raw[key] = value;
      joined.captures.push({ slot, outcome: 'matched', reason: earlier.reason });
      plan.draftOf.set(capture.id, joined);
      return;
    }
    const draft: PartnerDraft = { raw, captures: [{ slot, outcome: 'added' }] };
    plan.drafts.push(draft);
    plan.draftOf.set(capture.id, draft);
    draftStartedBy.set(capture.id, draft);
    draftIndex = buildPartnerIndex(
      buildPartnerIndexEntries(
        [...draftStartedBy].map(([id, d]) => ({ ...normaliseRow('partners', d.raw).row, id })),
      ),
    );
  });
  return plan;
}

/**
 * The partner a contact, activity or note names (`partner_id`): an existing partner by its id,
 * a partner captured in this batch or earlier by its capture id; undefined when none is named.
 */
export function resolvePartnerRef(
  capture: Capture,
  captures: readonly Capture[],
  answers: BatchAnswers,
  register: RegisterForCaptures,
  plan: PartnerPlan,
): PartnerRef | undefined {
  const ref = (capture.partner_id ?? textOf(capture.fields.partner_id)).trim();
  if (ref === '') return undefined;
  const unknown = { refused: captureReason('capture.partner_unknown', { partner: ref }) };
  const idForm = /^p\s*-?\s*(\d{1,9})$/i.exec(ref);
  if (idForm) {
    const id = formatId('partners', Number(idForm[1]));
    return register.index.get(id) ? { existing: id } : unknown;
  }
  const slot = answers.firstSlotOf.get(ref);
  if (slot !== undefined && captures[slot].kind === 'partner') {
    const draft = plan.draftOf.get(ref);
    if (draft) return { draft };
    const known = answers.results[slot]?.row_id;
    if (known) return { existing: known };
  }
  const earlier = register.log.entries.get(ref)?.row_id || register.marked.get(ref);
  if (earlier && register.index.get(earlier)) return { existing: earlier };
  return unknown;
}

function candidateOf(row: Row): PartnerCandidate {
  return {
    name: cellText(row.name) || undefined,
    emails: listItems(row.email),
    phones: listItems(row.phone),
    website: cellText(row.website) || undefined,
  };
}

/** Fills an existing partner's empty cells (and adds new emails/phones to its lists); never overwrites. */
function fillExisting(
  partners: PartnersAsRead,
  id: string,
  row: Row,
  patches: RowPatches,
  language: Language,
  now: string,
): void {
  const rowNumber = partners.rowOf.get(id);
  if (rowNumber === undefined) return;
  let changed = false;
  for (const def of tabDef('partners').columns) {
    const column = partners.columns[def.key];
    const value = row[def.key];
    if (
      REGISTER_OWNED.has(def.key) ||
      def.key === 'name' ||
      column === undefined ||
      value === null ||
      value === undefined
    )
      continue;
    // Decided on what was read at the start, written on what the cell holds at the write.
    const before = partners.values[rowNumber - 1]?.[column - 1] ?? null;
    if (isBlank(before)) {
      setPatch(patches, rowNumber, column, fillBlank(sheetValue(value, def.enum, language)));
      changed = true;
    } else if (def.multiple) {
      const wanted = listItems(value);
      if (wanted.some((item) => !listItems(String(before)).includes(item))) {
        setPatch(patches, rowNumber, column, (current) => {
          const items = listItems(current === null ? '' : String(current));
          const added = wanted.filter((item) => !items.includes(item));
          if (added.length === 0) return undefined;
          return [...items, ...added].join(', ');
        });
        changed = true;
      }
    }
  }
  if (changed) touch(patches, rowNumber, partners.columns, now);
}

/** Stamps a changed partner row's `updated_at`. */
export function touch(
  patches: RowPatches,
  rowNumber: number,
  columns: Record<string, number>,
  now: string,
): void {
  if (columns.updated_at !== undefined)
    setPatch(patches, rowNumber, columns.updated_at, () => now.slice(0, 19));
}
