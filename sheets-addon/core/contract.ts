import type { Language } from '../../shared/i18n/language';
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
  /** Parses a CSV (text already decoded by the browser) and shows what would happen. */
  previewImport(tab: DataTabKey, csvText: string): ImportPreview;
  /** Applies an import previewed with the same text; keeps an undo snapshot. */
  confirmImport(tab: DataTabKey, csvText: string): ImportOutcome;
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
  listSnapshots(): SnapshotInfo[];
  restoreSnapshot(id: string): RepairReport;
  /** PDPA: erases one contact everywhere (Contacts, capture log, restore points); cannot be undone. */
  removePerson(contactId: string): RepairReport;
}

export type RecordKind = 'partner' | 'contact' | 'activity';

export interface HomeView {
  language: Language;
  isRegister: boolean;
  headline: { key: string; label: string; value: string; explanation: string }[];
  attention: {
    key: string;
    text: string;
    ids: string[];
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
  | { ok: true; id: string; matched?: DuplicateWarning }
  | { ok: false; problems: { column: string; reason: Reason }[] };

export interface ImportPreview {
  /** Each header of the file and the column it was mapped to (or null: ignored). */
  mapping: { header: string; column: string | null }[];
  accepted: number;
  /** Rows found to be partners already in the register. */
  matched: { line: number; id: string; reason: Reason }[];
  rejected: { line: number; reason: Reason }[];
  /** Enforced limit on rows per import (named where it is checked). */
  rowLimit: number;
}

export interface ImportOutcome {
  added: string[];
  matched: string[];
  rejected: { line: number; reason: Reason }[];
  snapshotId: string | null;
}

export interface RepairReport {
  changes: Reason[];
  snapshotId: string | null;
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
