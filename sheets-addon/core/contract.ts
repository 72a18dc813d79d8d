import type { ImportChoices } from '../../shared/csv/importChoices';
import type { MatchedLine, ValueQuestion } from '../../shared/csv/importPlanTypes';
import type { Bilingual, Language } from '../../shared/i18n/language';
import type { Reason } from '../../shared/i18n/reason';
import type { Row } from '../../shared/register/register';
import type { DataTabKey } from '../../shared/schema/tabs';
import type { Settings } from '../../shared/settings/settings';

/**
 * The one contract between the sidebar and the add-on's server functions. The Apps Script
 * entry and the local host both satisfy it; the sidebar calls it through a typed wrapper
 * (`google.script.run` in Sheets, `fetch('/api/<name>')` on the local host).
 * Every argument and result is JSON-safe.
 */
export interface SidebarApi {
  /** Language, headline figures and what needs attention, for the home view. */
  getHome(): HomeView;
  /** Partners whose name, id, email, phone or domain contains the query (Thai-aware). */
  searchPartners(query: string): PartnerSummary[];
  /** Contacts whose name, id, email, phone or LINE ID contains the query, with their partner's name. */
  searchContacts(query: string): ContactSummary[];
  /** The existing partner a new record most likely is, before saving. */
  checkDuplicate(fields: Row): DuplicateWarning | null;
  /** Validates, normalises and appends one record; problems come back per field. */
  addRecord(kind: RecordKind, fields: Row): AddRecordResult;
  /** Tabs of this spreadsheet that are not the register's: lists the import wizard can adopt. */
  listAdoptableSheets(): AdoptableSheet[];
  /** Reads a CSV (decoded by the browser) or adopts a tab, with the wizard's choices, and shows what would happen. */
  previewImport(request: ImportRequest): ImportPreview;
  /** Applies an import previewed with the same request; keeps an undo snapshot; an adopted tab is only read. */
  confirmImport(request: ImportRequest): ImportOutcome;
  /** A CSV of one tab (UTF-8 with BOM, headers in the language). */
  exportCsv(tab: DataTabKey, language: Language): { filename: string; text: string };
  getSettings(): Settings;
  saveSettings(settings: Settings): Settings;
  /** Setup if the spreadsheet is not a register yet, repair otherwise. */
  setupOrRepair(language: Language): RepairReport;
  /** The pairing code the browser extension needs (endpoint URL + token). */
  getPairing(): Pairing;
  /** A new token; the old one stops working. */
  rotatePairingToken(): Pairing;
  /**
   * Keeps the web app URL the school pasted (its `/exec` URL); a `/dev` or other URL is refused
   * with a reason (thrown, worded "ไทย / English").
   */
  setWebAppUrl(url: string): Pairing;
  /** Partners and contacts in one list, best first: names (Thai abbreviations either way), ids, emails, phones in any format. */
  searchRecords(query: string): SearchResult[];
  /** One record as its tab holds it (choices as keys), for the edit form. */
  getRecord(tab: DataTabKey, id: string): Row;
  /** Changes a record: the fields given replace its values, validated as when adding; undoable. */
  updateRecord(tab: DataTabKey, id: string, fields: Row): AddRecordResult;
  /** The record and everything that refers to it, for the delete confirmation. */
  recordReferences(tab: DataTabKey, id: string): RecordReferences;
  /** Deletes a record and settles what refers to it as the plan says; undoable. */
  deleteRecord(tab: DataTabKey, id: string, plan: DeletePlan): RepairReport;
  listSnapshots(): SnapshotInfo[];
  /**
   * Undoes exactly what a restore point's operation changed, keeping later work. When rows it
   * added were edited since and `removeEdited` is not given, nothing changes and they come back
   * in `editedSince` so the person can be asked.
   */
  restoreSnapshot(id: string, removeEdited?: boolean): UndoReport;
  /** PDPA: erases one contact everywhere (Contacts, capture log, restore points); cannot be undone. */
  removePerson(contactId: string): RepairReport;
}

export type RecordKind = 'partner' | 'contact' | 'activity';

export interface HomeView {
  language: Language;
  isRegister: boolean;
  /** Figures with their label and explanation in both languages: the sidebar shows its own. */
  headline: { key: string; label: Bilingual; value: string; explanation: Bilingual }[];
  attention: {
    key: string;
    text: Bilingual;
    ids: string[];
    /** What a person reads for each id: a partner's or indicator's name, a strategy's label. */
    names: Bilingual[];
    /** Items explained one by one (roles not played, each with what the role does). */
    details?: { label: string; line: string }[];
  }[];
}

export interface PartnerSummary {
  id: string;
  name: string;
  sector: string;
  status: string;
}

/** A contact as search shows it: enough to recognise the person, no email or phone. */
export interface ContactSummary {
  id: string;
  name: string;
  role: string;
  partnerId: string;
  partnerName: string;
}

export interface DuplicateWarning {
  id: string;
  name: string;
  /** How it matched: `email`, `domain`, `phone` or `name`. */
  by: string;
  score: number;
  reason: Reason;
}

export type AddRecordResult =
  | {
      ok: true;
      id: string;
      matched?: DuplicateWarning /** The restore point an edit kept. */;
      snapshotId?: string | null;
    }
  | { ok: false; problems: { column: string; reason: Reason }[] };

/** A tab the import wizard may adopt ("use this tab as Partners"), with its data rows. */
export interface AdoptableSheet {
  name: string;
  rows: number;
}

/** Where an import reads from, into which tab, and what the person chose in the wizard. */
export interface ImportRequest {
  tab: DataTabKey;
  source: { csv: string } | { sheet: string };
  choices: ImportChoices;
}

export interface ImportPreview {
  /** The file line of the headers (title rows above it are left out). */
  headerLine: number;
  /** Each header of the file and the column it fills (null: ignored); `chosen` when the person said so. */
  mapping: { header: string; column: string | null; chosen?: boolean }[];
  columnsChoosable: boolean;
  /** Choice texts that are no allowed value, with the nearest one proposed. */
  values: ValueQuestion[];
  /** Rows that would be added. */
  accepted: number;
  /** Existing records that would be updated. */
  updated: number;
  /** Lines found in the register already, each with what would be done (a phone-only match is a question). */
  matched: MatchedLine[];
  rejected: { line: number; reason: Reason }[];
  /** Why nothing can be imported at all (broken file, no known header, too many rows). */
  fatal: Reason | null;
  /** Enforced limit on rows per import (named where it is checked). */
  rowLimit: number;
}

export interface ImportOutcome {
  added: string[];
  updated: string[];
  matched: string[];
  rejected: { line: number; reason: Reason }[];
  /** Why nothing was imported, when the whole import was refused. */
  refusal: Reason | null;
  snapshotId: string | null;
}

export interface RepairReport {
  changes: Reason[];
  snapshotId: string | null;
}

/** A record named for a person: its tab, id and name (or title). */
export interface RecordRef {
  tab: DataTabKey;
  id: string;
  name: string;
}

/** One search hit: a partner, or a contact with the partner they work for. */
export interface SearchResult extends RecordRef {
  /** A second line in each language: the partner's sector, or the contact's role and partner. */
  detail: Bilingual;
}

/** A record and the rows pointing at it (through `column`); `shared`: another record is listed too. */
export interface RecordReferences {
  record: RecordRef;
  referrers: (RecordRef & { column: string; shared: boolean })[];
}

/** What to do with the rows that refer to a deleted record: delete them too, or move them to another record. */
export interface DeletePlan {
  dependents: 'delete' | 'reassign';
  /** The record they move to, when reassigning. */
  reassignTo?: string;
}

/** What an undo did; `asked` when it changed nothing because rows edited since need an answer. */
export interface UndoReport extends RepairReport {
  editedSince: RecordRef[];
  asked: boolean;
}

export interface Pairing {
  /** Where the extension posts; `''` until the school has pasted its web app URL. */
  endpoint: string;
  token: string;
  /** One string to paste into the extension: carries endpoint and token (`''` without an endpoint). */
  code: string;
  /** True on Google Sheets until the web app's `/exec` URL has been pasted (`setWebAppUrl`). */
  needsWebAppUrl?: boolean;
}

export interface SnapshotInfo {
  id: string;
  createdAt: string;
  action: string;
}
