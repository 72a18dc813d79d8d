import { buildPartnerIndex, type PartnerIndex } from '../match/partnerIndex';
import { foldPersonName } from '../match/personName';
import { CellMemo } from '../normalise/cellMemo';
import { cellText, listItems, type Register, type Row } from '../register/register';
import { type DataTabKey, tabDef } from '../schema/tabs';
import type { DuplicateDecision, ImportChoices } from './importChoices';
import type { MatchedLine, PlannedRow } from './importPlanTypes';

/** What the register already holds, looked up while a file's lines are planned (never changed). */
export interface RegisterKeys {
  partners: PartnerIndex;
  /** Every id in use, per tab. */
  ids: Record<DataTabKey, ReadonlySet<string>>;
  /** Records of the tab by their content (tabs other than partners and contacts, which are matched). */
  content: ReadonlyMap<string, string>;
  /** Contacts by email (lower case). */
  contactByEmail: ReadonlyMap<string, string>;
  /** Contacts by partner id + folded name (see contactKey). */
  contactByPartnerName: ReadonlyMap<string, string>;
}

/** What the lines read so far plan: grows line by line. */
export interface FilePlanned {
  /**
   * Partners this file creates for other tabs' lines (a contact's organisation not in the
   * register), by folded name; a partner list's own lines are in partnerLines.
   */
  newPartners: Map<string, PlannedRow>;
  /** Partner lines by folded name: the first line's new partner, or its match in the register. */
  partnerLines: Map<string, PartnerLine>;
  /** Contacts this file adds to a partner (see contactKey). */
  contacts: Set<string>;
  /** Each line's content key → the first line with it. */
  seen: Map<string, number>;
  /** Ids the file gives that are kept. */
  ids: Set<string>;
  /** The last placeholder number given to a planned partner (`#new:12`). */
  lastRef: number;
}

/** Everything a line is planned against: the tab, the person's choices, the register and the file so far. */
export interface ImportState {
  tab: DataTabKey;
  choices: ImportChoices;
  register: RegisterKeys;
  file: FilePlanned;
  /** The file's repeated phones, emails, enum labels… normalised once for the whole file. */
  memo: CellMemo;
}

/** A row's content without its id, to recognise the same record twice. */
export function contentKey(tab: DataTabKey, row: Row): string {
  return JSON.stringify(
    tabDef(tab).columns.map((column) => (column.key === 'id' ? null : (row[column.key] ?? null))),
  );
}

/** A contact's identity within its partner. */
export function contactKey(partnerId: string, name: string): string {
  return `${partnerId}|${foldPersonName(name)}`;
}

function registerKeys(tab: DataTabKey, register: Register): RegisterKeys {
  const ids = {} as Record<DataTabKey, Set<string>>;
  for (const [key, rows] of Object.entries(register.tables))
    ids[key as DataTabKey] = new Set(rows.map((row) => cellText(row.id)));
  const content = new Map<string, string>();
  // Partners and contacts are recognised by matching, other records by their content.
  if (tab !== 'partners' && tab !== 'contacts') {
    for (const row of register.tables[tab]) content.set(contentKey(tab, row), cellText(row.id));
  }
  const contactByEmail = new Map<string, string>();
  const contactByPartnerName = new Map<string, string>();
  for (const contact of register.tables.contacts) {
    const id = cellText(contact.id);
    for (const email of listItems(contact.email)) contactByEmail.set(email.toLowerCase(), id);
    contactByPartnerName.set(contactKey(cellText(contact.partner_id), cellText(contact.name)), id);
  }
  return {
    partners: buildPartnerIndex(register.tables.partners, register.tables.contacts),
    ids,
    content,
    contactByEmail,
    contactByPartnerName,
  };
}

export function importState(tab: DataTabKey, register: Register, choices: ImportChoices): ImportState {
  return {
    tab,
    choices,
    register: registerKeys(tab, register),
    file: {
      newPartners: new Map(),
      partnerLines: new Map(),
      contacts: new Set(),
      seen: new Map(),
      ids: new Set(),
      lastRef: 0,
    },
    memo: new CellMemo(),
  };
}

/** What to do with a line matched to an existing record: the person's decision, else the default. */
export function decide(
  state: ImportState,
  line: number,
  fallback: DuplicateDecision,
  options: readonly DuplicateDecision[],
): DuplicateDecision {
  const given = state.choices.duplicates?.[String(line)];
  return given !== undefined && options.includes(given) ? given : fallback;
}

/** A new placeholder for a planned partner. */
export function nextRef(state: ImportState): string {
  state.file.lastRef++;
  return `#new:${state.file.lastRef}`;
}

/**
 * The first line of a partner in a partner list: the new partner it plans, or the line matched
 * to a register partner. Kept as the plan's own object, not a copy: 40,000 more small objects
 * alive to the end of an import are a cost the garbage collector pays on every pass.
 */
export type PartnerLine = PlannedRow | MatchedLine;

/**
 * The id a row puts in `partner_id` to name a partner line's partner: the register's id, or the
 * planned partner's placeholder, given the first time a row names it (most partner lists name
 * none, and 40,000 placeholders nobody reads would only be garbage to collect).
 */
export function partnerLineId(state: ImportState, partner: PartnerLine): string {
  if ('id' in partner) return partner.id;
  partner.ref ??= nextRef(state);
  return partner.ref;
}

/** The first line with this content, or undefined (and the line noted) when it is the first. */
export function earlierLine(state: ImportState, line: number, key: string): number | undefined {
  const first = state.file.seen.get(key);
  if (first === undefined) state.file.seen.set(key, line);
  return first;
}

/** Keeps an id given in the file when it is free; otherwise the row gets a new one. */
export function keepIdIfFree(state: ImportState, row: Row): void {
  const id = cellText(row.id);
  if (id === '') return;
  if (state.register.ids[state.tab].has(id) || state.file.ids.has(id)) row.id = null;
  else state.file.ids.add(id);
}
