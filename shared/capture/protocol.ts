import type { Reason } from '../i18n/reason';
import type { PartnerIndexEntry } from '../match/partnerIndex';

/** The capture protocol version this code speaks. */
export const PROTOCOL_VERSION = 1;

/** What a capture becomes in the register. */
export type CaptureKind = 'partner' | 'contact' | 'activity' | 'note';

export const CAPTURE_KINDS: readonly CaptureKind[] = ['partner', 'contact', 'activity', 'note'];

/** A field's value as captured: one text, or several (emails, phones). */
export type CaptureFieldValue = string | string[];

/** One thing clipped from a page, as the extension sends it. */
export interface Capture {
  /** Client-generated UUID; the same on every retry, so the register can tell a retry from a new capture. */
  id: string;
  kind: CaptureKind;
  /** When the person saved it, ISO 8601. */
  captured_at: string;
  /** The page it came from. */
  source_url: string;
  /** Register column keys of the kind's tab → raw values; the register normalises them. */
  fields: Record<string, CaptureFieldValue>;
  /**
   * For contact/activity/note: the partner it belongs to, a partner id (`P-0012`) or the id of
   * an earlier partner capture (so a contact saved right after its new partner attaches to it).
   */
  partner_id?: string;
}

/** A POST body. */
export interface CaptureRequest {
  version: number;
  token: string;
  captures: Capture[];
}

/** What happened to one capture. */
export type CaptureOutcome = 'added' | 'duplicate' | 'matched' | 'rejected';

/** The outcomes after which the extension may forget a capture. */
export const ACKNOWLEDGED_OUTCOMES: readonly CaptureOutcome[] = ['added', 'duplicate', 'matched'];

export interface CaptureResult {
  id: string;
  outcome: CaptureOutcome;
  /** The row the capture became or was attached to (`P-0012`, `C-0040`). */
  row_id?: string;
  /** Why it was rejected (or, for matched, how it was matched). */
  reason?: Reason;
}

/** The POST reply; `ok: false` means the whole request was refused and nothing was written. */
export interface CaptureReply {
  version: number;
  ok: boolean;
  error?: Reason;
  results: CaptureResult[];
}

/** GET ?op=index: the compact partner index for duplicate warnings and pickers. */
export interface IndexReply {
  version: number;
  ok: boolean;
  error?: Reason;
  /** Changes whenever partners (or their contacts' emails/phones) change, so a cached copy can be kept. */
  index_version: string;
  partners: PartnerIndexEntry[];
}

/** GET ?op=ping: the options page's "test the connection". */
export interface PingReply {
  version: number;
  ok: boolean;
  error?: Reason;
  /** The register's name as its owner sees it (the spreadsheet or folder name), when known. */
  register?: string;
}
