import { MAX_FIELD_LENGTH } from '../../../shared/capture/limits';
import { CAPTURE_MESSAGES } from '../../../shared/capture/messages';
import type { Capture, CaptureResult } from '../../../shared/capture/protocol';
import type { Language } from '../../../shared/i18n/language';
import { fillTemplate, type Reason, reason } from '../../../shared/i18n/reason';
import { formatId } from '../../../shared/ids/ids';
import { matchPartner, type PartnerCandidate } from '../../../shared/match/matchPartner';
import {
  buildPartnerIndex,
  buildPartnerIndexEntries,
  type PartnerIndex,
  storedEmail,
} from '../../../shared/match/partnerIndex';
import { normaliseRow } from '../../../shared/normalise/row';
import { cellText, listItems, type Row } from '../../../shared/register/register';
import { type DataTabKey, tabDef } from '../../../shared/schema/tabs';
import { appendRecords, columnsOf, sheetValue } from '../appendRecords';
import type { FormulaLayer } from '../formulaLayer';
import { isBlank } from '../sheetCells';
import { findDataSheet } from '../sheetLocator';
import { gridToRows } from '../tableRows';
import type { Grid, Workbook } from '../workbook';
import { appendCaptureLog, type CaptureLogEntry, readCaptureLog } from './captureLog';
import { fillBlank, type RowPatches, setPatch, writeRowPatches } from './partnerPatches';

/**
 * How sure a match must be before a captured partner is attached to an existing one instead of
 * added: email, own domain and equal names qualify; a phone alone (switchboards, personal
 * mobiles) or a domain several partners share does not — those are added and warned about in
 * the extension before saving.
 */
export const AUTO_MATCH_MIN_SCORE = 0.85;

/** Columns a capture never sets: the register gives ids and stamps times. */
const REGISTER_OWNED = new Set(['id', 'created_at', 'updated_at']);

/** What applying a batch needs besides the captures. */
export interface ApplyOptions {
  layer: FormulaLayer;
  /** Now, ISO. */
  now: string;
  language: Language;
}

/** Where a contact, activity or note's partner is: an existing row, or a partner captured in this batch. */
type PartnerRef = { id: string } | { pending: number } | { reason: Reason };

interface PendingPartner {
  /** The capture's position in the batch. */
  slot: number;
  raw: Record<string, unknown>;
}

/**
 * Applies a batch of valid captures (the caller holds the document lock): partners first, so
 * contacts, activities and notes in the same batch can name them by capture id; then one append
 * per tab, one block write for changes to existing partners, and one append to the capture log.
 * Returns one result per capture, in order.
 */
export function applyCaptures(
  workbook: Workbook,
  captures: readonly Capture[],
  { layer, now, language }: ApplyOptions,
): CaptureResult[] {
  const results: (CaptureResult | undefined)[] = captures.map(() => undefined);
  const log = readCaptureLog(workbook, language);
  const firstOfId = new Map<string, number>();
  captures.forEach((capture, i) => {
    const logged = log.entries.get(capture.id);
    if (logged) results[i] = { id: capture.id, outcome: 'duplicate', row_id: logged.row_id || undefined };
    else if (!firstOfId.has(capture.id)) firstOfId.set(capture.id, i);
  });
  const isFirst = (capture: Capture, i: number) => !results[i] && firstOfId.get(capture.id) === i;

  const sheets = workbook.listSheets();
  const partnerSheet = findDataSheet(sheets, tabDef('partners'), language);
  const partnerValues = partnerSheet ? workbook.readValues(partnerSheet) : [];
  const partnerColumns = columnsOf('partners', headerOf(partnerValues), layer);
  const partnerRows = gridToRows(tabDef('partners'), partnerValues);
  const rowNumberOf = new Map<string, number>();
  partnerValues.forEach((line, r) => {
    const id = cellText((line[partnerColumns.id - 1] ?? null) as string | null);
    if (r > 0 && id !== '' && !rowNumberOf.has(id)) rowNumberOf.set(id, r + 1);
  });
  const contactSheet = findDataSheet(sheets, tabDef('contacts'), language);
  const contactRows = contactSheet ? gridToRows(tabDef('contacts'), workbook.readValues(contactSheet)) : [];
  const index = buildPartnerIndex(partnerRows, contactRows);
  const patches: RowPatches = new Map();

  // Partners: attach to an existing partner, to one captured earlier in this batch, or add.
  const pending: PendingPartner[] = [];
  const pendingOf = new Map<number, number>(); // slot → index in pending
  let pendingIndex = buildPartnerIndex([]);
  captures.forEach((capture, i) => {
    if (capture.kind !== 'partner' || !isFirst(capture, i)) return;
    const raw = rawFields('partners', capture);
    const { row, problems } = normaliseRow('partners', raw);
    if (problems.length > 0) {
      results[i] = rejected(capture, problemsReason(problems));
      return;
    }
    const candidate = candidateOf(row);
    const existing = matchPartner(index, candidate);
    if (existing && existing.score >= AUTO_MATCH_MIN_SCORE) {
      fillExisting(rowNumberOf.get(existing.id), row, partnerValues, partnerColumns, patches, language, now);
      results[i] = { id: capture.id, outcome: 'matched', row_id: existing.id, reason: existing.reason };
      return;
    }
    const earlier = matchPartner(pendingIndex, candidate);
    if (earlier && earlier.score >= AUTO_MATCH_MIN_SCORE) {
      const target = pending[Number(earlier.id.slice(1))];
      for (const [key, value] of Object.entries(raw))
        if (isBlank(target.raw[key] as never)) target.raw[key] = value;
      pendingOf.set(i, Number(earlier.id.slice(1)));
      results[i] = { id: capture.id, outcome: 'matched', reason: earlier.reason };
      return;
    }
    pendingOf.set(i, pending.length);
    pending.push({ slot: i, raw });
    pendingIndex = buildPartnerIndex(
      buildPartnerIndexEntries(
        pending.map((p, k) => ({ ...normaliseRow('partners', p.raw).row, id: `#${k}` })),
      ),
    );
  });

  const resolve = (capture: Capture): PartnerRef | undefined => {
    const ref = (capture.partner_id ?? textOf(capture.fields.partner_id)).trim();
    if (ref === '') return undefined;
    const unknown = {
      reason: reason('capture.partner_unknown', CAPTURE_MESSAGES['capture.partner_unknown'], {
        partner: ref,
      }),
    };
    const idForm = /^p\s*-?\s*(\d{1,9})$/i.exec(ref);
    if (idForm) {
      const id = formatId('partners', Number(idForm[1]));
      return index.get(id) ? { id } : unknown;
    }
    const first = firstOfId.get(ref);
    const slot = first !== undefined && captures[first].kind === 'partner' ? first : -1;
    if (slot >= 0 && pendingOf.has(slot)) return { pending: pendingOf.get(slot)! };
    const known = slot >= 0 ? results[slot] : undefined;
    if (known?.row_id) return { id: known.row_id };
    const logged = log.entries.get(ref);
    if (logged?.row_id && index.get(logged.row_id)) return { id: logged.row_id };
    return unknown;
  };

  // Notes: a dated line appended to the partner's notes (a note has no tab of its own).
  captures.forEach((capture, i) => {
    if (capture.kind !== 'note' || !isFirst(capture, i)) return;
    const text = (textOf(capture.fields.notes) || textOf(capture.fields.text)).trim();
    if (text === '') {
      results[i] = rejected(capture, reason('capture.note_empty', CAPTURE_MESSAGES['capture.note_empty']));
      return;
    }
    const ref = resolve(capture);
    if (!ref) {
      results[i] = rejected(
        capture,
        reason('capture.partner_required', CAPTURE_MESSAGES['capture.partner_required']),
      );
      return;
    }
    if ('reason' in ref) {
      results[i] = rejected(capture, ref.reason);
      return;
    }
    const line = noteLine(capture, text);
    if ('pending' in ref) {
      const target = pending[ref.pending];
      target.raw.notes = joinNote(textOf(target.raw.notes as string), line);
      pendingOf.set(i, ref.pending);
      return;
    }
    const rowNumber = rowNumberOf.get(ref.id)!;
    const column = partnerColumns.notes;
    setPatch(patches, rowNumber, column, (current) =>
      joinNote(current === null ? '' : String(current), line),
    );
    touch(patches, rowNumber, partnerColumns, now);
    results[i] = { id: capture.id, outcome: 'added', row_id: ref.id };
  });

  if (partnerSheet) writeRowPatches(workbook, partnerSheet, patches);

  const partnerIds = appendTab(
    workbook,
    'partners',
    pending.map((p) => p.raw),
    { layer, now },
  );
  pending.forEach((p, k) => {
    const added = partnerIds.ids[k];
    results[p.slot] = added
      ? { id: captures[p.slot].id, outcome: 'added', row_id: added }
      : rejected(captures[p.slot], partnerIds.reasons[k] ?? busy());
  });
  // Captures attached to a partner added in this batch follow its fate.
  for (const [slot, k] of pendingOf) {
    if (pending[k].slot === slot) continue;
    const added = partnerIds.ids[k];
    const capture = captures[slot];
    const outcome = capture.kind === 'note' ? 'added' : 'matched';
    results[slot] = added
      ? { ...results[slot], id: capture.id, outcome, row_id: added }
      : rejected(capture, partnerIds.reasons[k] ?? busy());
  }
  const finalId = (ref: PartnerRef): string | undefined =>
    'id' in ref ? ref.id : 'pending' in ref ? partnerIds.ids[ref.pending] : undefined;

  // Contacts and activities: one append per tab.
  for (const [kind, tab] of [
    ['contact', 'contacts'],
    ['activity', 'activities'],
  ] as const) {
    const slots: number[] = [];
    const raws: Record<string, unknown>[] = [];
    captures.forEach((capture, i) => {
      if (capture.kind !== kind || !isFirst(capture, i)) return;
      const raw = rawFields(tab, capture);
      delete raw.partner_id;
      const ref = resolve(capture);
      if (ref && 'reason' in ref) {
        results[i] = rejected(capture, ref.reason);
        return;
      }
      const partnerId = ref ? finalId(ref) : kind === 'contact' ? partnerOfContact(index, raw) : undefined;
      if (ref && !partnerId) {
        results[i] = rejected(
          capture,
          reason('capture.partner_unknown', CAPTURE_MESSAGES['capture.partner_unknown'], {
            partner: capture.partner_id ?? '',
          }),
        );
        return;
      }
      if (kind === 'contact') {
        if (partnerId) raw.partner_id = partnerId;
        const same = sameContact(contactRows, raw);
        if (same) {
          results[i] = {
            id: capture.id,
            outcome: 'matched',
            row_id: same,
            reason: reason('capture.contact_matched', CAPTURE_MESSAGES['capture.contact_matched'], {
              id: same,
            }),
          };
          return;
        }
      } else if (partnerId) {
        raw.partner_ids = [partnerId, ...listItems(textOf(capture.fields.partner_ids))]
          .filter((id, k, all) => all.indexOf(id) === k)
          .join(', ');
      }
      slots.push(i);
      raws.push(raw);
    });
    const appended = appendTab(workbook, tab, raws, { layer, now });
    slots.forEach((slot, k) => {
      const added = appended.ids[k];
      results[slot] = added
        ? { id: captures[slot].id, outcome: 'added', row_id: added }
        : rejected(captures[slot], appended.reasons[k] ?? busy());
    });
  }

  // A capture sent twice in one batch is answered like a retry.
  captures.forEach((capture, i) => {
    if (results[i]) return;
    const first = results[firstOfId.get(capture.id)!];
    results[i] =
      first && first.outcome !== 'rejected'
        ? { id: capture.id, outcome: 'duplicate', row_id: first.row_id }
        : { ...first!, id: capture.id };
  });

  const entries: CaptureLogEntry[] = [];
  captures.forEach((capture, i) => {
    const result = results[i]!;
    // Rejected captures are not remembered: the person fixes them and sends the same id again.
    if (result.outcome !== 'added' && result.outcome !== 'matched') return;
    if (firstOfId.get(capture.id) !== i) return;
    entries.push({
      capture_id: capture.id,
      received_at: now,
      kind: capture.kind,
      outcome: result.outcome,
      row_id: result.row_id ?? '',
    });
  });
  appendCaptureLog(workbook, log, language, entries);
  return results as CaptureResult[];
}

/** The capture's fields as a raw row of the tab: lists joined as list cells, register-owned columns dropped. */
function rawFields(tab: DataTabKey, capture: Capture): Record<string, unknown> {
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

function appendTab(
  workbook: Workbook,
  tab: DataTabKey,
  raws: Record<string, unknown>[],
  options: { layer: FormulaLayer; now: string },
): { ids: (string | undefined)[]; reasons: (Reason | undefined)[] } {
  const ids: (string | undefined)[] = raws.map(() => undefined);
  const reasons: (Reason | undefined)[] = raws.map(() => undefined);
  if (raws.length === 0) return { ids, reasons };
  const outcome = appendRecords(workbook, tab, raws, options);
  if (!outcome.ok) return { ids, reasons: raws.map(() => outcome.reason) };
  const refusedAt = new Map(outcome.value.refused.map((r) => [r.line - 1, r]));
  let next = 0;
  raws.forEach((_, k) => {
    const refused = refusedAt.get(k);
    if (refused) reasons[k] = problemsReason(refused.problems);
    else ids[k] = outcome.value.added[next++];
  });
  return { ids, reasons };
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
  rowNumber: number | undefined,
  row: Row,
  values: Grid,
  columns: Record<string, number>,
  patches: RowPatches,
  language: Language,
  now: string,
): void {
  if (rowNumber === undefined) return;
  let changed = false;
  for (const def of tabDef('partners').columns) {
    const column = columns[def.key];
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
    const before = values[rowNumber - 1]?.[column - 1] ?? null;
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
  if (changed) touch(patches, rowNumber, columns, now);
}

function touch(patches: RowPatches, rowNumber: number, columns: Record<string, number>, now: string): void {
  if (columns.updated_at !== undefined)
    setPatch(patches, rowNumber, columns.updated_at, () => now.slice(0, 19));
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

function noteLine(capture: Capture, text: string): string {
  const source = capture.source_url.startsWith('http') ? ` (${capture.source_url})` : '';
  return `${capture.captured_at.slice(0, 10)}: ${text}${source}`;
}

/** Notes accumulate one line per note; the cell stays within the longest text a cell may hold. */
function joinNote(before: string, line: string): string {
  const joined = before.trim() === '' ? line : `${before}\n${line}`;
  return joined.length > MAX_FIELD_LENGTH ? joined.slice(joined.length - MAX_FIELD_LENGTH) : joined;
}

function textOf(value: string | string[] | undefined | null): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function headerOf(values: Grid): string[] {
  return (values[0] ?? []).map((cell) => (cell === null ? '' : String(cell)));
}

function rejected(capture: Capture, why: Reason): CaptureResult {
  return { id: capture.id, outcome: 'rejected', reason: why };
}

function busy(): Reason {
  return reason('capture.busy', CAPTURE_MESSAGES['capture.busy']);
}

/** A refused row's problems, joined in each language under one code. */
function problemsReason(problems: readonly { reason: Reason }[]): Reason {
  const template = CAPTURE_MESSAGES['capture.fields_refused'];
  const joined = (language: Language) => problems.map((p) => p.reason.message[language]).join('; ');
  return {
    code: 'capture.fields_refused',
    message: {
      th: fillTemplate(template.th, { problem: joined('th') }),
      en: fillTemplate(template.en, { problem: joined('en') }),
    },
  };
}
