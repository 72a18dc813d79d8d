import type { Capture } from '../../shared/capture/protocol';
import type { Reason } from '../../shared/i18n/reason';

/** A capture waiting for the register's acknowledgement, as the outbox keeps it in extension storage. */
export interface OutboxItem {
  capture: Capture;
  /** Failed sends so far (network errors, timeouts, 5xx, refused requests). */
  attempts: number;
  /** Epoch ms before which the capture is not sent again. */
  nextAttemptAt: number;
  /** Why the last send failed, for the person to read (the register's reason, or a network error). */
  lastError?: Reason;
  /** Set when the register rejected the capture: it waits for the person to fix it, and is not retried. */
  rejected?: Reason;
  /**
   * The endpoint of the register the capture was made for (the pairing at capture time, or the
   * first register it was sent to). It is never sent to another register.
   */
  register?: string;
  /** Set while the extension is paired with another register: not sent, kept for the person to discard. */
  held?: Reason;
}

/** Where the outbox keeps its items: one storage key per capture, so two writers never overwrite each other. */
export interface OutboxStore {
  put(item: OutboxItem): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  list(): Promise<OutboxItem[]>;
}
