import type { Reason } from '../i18n/reason';
import type { PartnerMatch } from '../match/matchPartner';
import type { Row } from '../register/register';
import type { DataTabKey } from '../schema/tabs';

/** A row an import will add. */
export interface PlannedRow {
  /** The file line it came from (header = line 1). */
  line: number;
  tab: DataTabKey;
  /** Canonical cells; `id` null until applyImport gives one; `partner_id` may name a planned partner by its `ref`. */
  row: Row;
  /** For a planned partner: the placeholder other planned rows put in `partner_id` (`#new:12`). */
  ref?: string;
  /** For a contact: the existing partner its organisation was matched to. */
  partnerMatch?: PartnerMatch;
}

/** What importing one CSV file into one tab would do; nothing is changed until applyImport. */
export interface ImportPlan {
  tab: DataTabKey;
  /** Each header of the file and the column it fills (null: not understood, ignored). */
  mapping: { header: string; column: string | null }[];
  /** Data lines read (blank lines not counted). */
  lineCount: number;
  /** Rows the file's lines bring in (a contact line with only an organisation brings a partner). */
  accepted: PlannedRow[];
  /** Rows added alongside: a partner for a contact's new organisation, a contact from a partner list's person columns. */
  related: PlannedRow[];
  /** Lines that are already in the register: the existing row's id and how it was recognised. */
  matched: { line: number; id: string; reason: Reason }[];
  /** Lines that repeat an earlier line of the same file, reported once each. */
  duplicates: { line: number; first: number; reason: Reason }[];
  /** Lines refused, each with one reason that lists every problem of the line. */
  rejected: { line: number; reason: Reason }[];
  /** The whole file is refused (broken, empty, too big, no known header): nothing is imported. */
  fatal?: Reason;
}
