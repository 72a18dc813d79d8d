import type { Reason } from '../i18n/reason';
import type { PartnerMatch } from '../match/matchPartner';
import type { Row } from '../register/register';
import type { DataTabKey } from '../schema/tabs';
import type { DuplicateDecision } from './importChoices';

/** A row an import will add. */
export interface PlannedRow {
  /** The file line it came from (header = line 1). */
  line: number;
  tab: DataTabKey;
  /** Canonical cells; `id` null until applyImport gives one; `partner_id` may name a planned partner by its `ref`. */
  row: Row;
  /**
   * For a planned partner that another planned row or update names: the placeholder put in its
   * `partner_id` (`#new:12`).
   */
  ref?: string;
  /** For a contact: the existing partner its organisation was matched to. */
  partnerMatch?: PartnerMatch;
}

/** What importing one CSV file into one tab would do; nothing is changed until applyImport. */
export interface ImportPlan {
  tab: DataTabKey;
  /** The file line of the headers (1 unless title rows sit above them). */
  headerLine: number;
  /** Each header of the file and the column it fills (null: not understood, ignored); `chosen` when the person said so. */
  mapping: { header: string; column: string | null; chosen?: boolean }[];
  /** Whether the columns can be chosen (a Google Contacts export is read by its own layout). */
  columnsChoosable: boolean;
  /** Each distinct text of a choice column that is no allowed value: the nearest one proposed, and what is used. */
  values: ValueQuestion[];
  /** Data lines read (blank lines not counted). */
  lineCount: number;
  /** Rows the file's lines bring in (a contact line with only an organisation brings a partner). */
  accepted: PlannedRow[];
  /** Rows added alongside: a partner for a contact's new organisation, a contact from a partner list's person columns. */
  related: PlannedRow[];
  /** Lines that are already in the register: the existing row's id, how it was recognised, and what is done. */
  matched: MatchedLine[];
  /** Existing records a line updates (its filled cells replace theirs). */
  updates: PlannedUpdate[];
  /** Lines that repeat an earlier line of the same file, reported once each. */
  duplicates: { line: number; first: number; reason: Reason }[];
  /** Lines refused, each with one reason that lists every problem of the line. */
  rejected: { line: number; reason: Reason }[];
  /** The whole file is refused (broken, empty, too big, no known header): nothing is imported. */
  fatal?: Reason;
}

/** A line found in the register already, and what the import does with it. */
export interface MatchedLine {
  line: number;
  id: string;
  reason: Reason;
  /** How it was recognised: `email`, `domain`, `name`, `phone`, `content`. */
  by: string;
  /** A phone alone is a question for the person (a switchboard is shared), never applied silently. */
  question: boolean;
  decision: DuplicateDecision;
  /** The decisions that make sense here (`update` only for partners and contacts). */
  options: DuplicateDecision[];
}

/** An existing record a line of the file updates. */
export interface PlannedUpdate {
  line: number;
  tab: DataTabKey;
  id: string;
  /** The line's filled cells, canonical; they replace the record's. */
  row: Row;
}

/** A text of a choice column that is no allowed value, as the value-mapping step shows it. */
export interface ValueQuestion {
  column: string;
  text: string;
  /** The nearest allowed key, if any is near. */
  proposal: string | null;
  /** What the import uses: the person's choice, else the proposal; null leaves the cell empty, undefined refuses the lines. */
  chosen: string | null | undefined;
  /** Lines that carry it. */
  count: number;
}
