import * as v from 'valibot';
import { MAX_BODY_BYTES, MAX_CAPTURES_PER_REQUEST } from '../../shared/capture/limits';
import { CAPTURE_MESSAGES } from '../../shared/capture/messages';
import {
  ACKNOWLEDGED_OUTCOMES,
  type Capture,
  type CaptureReply,
  PROTOCOL_VERSION,
} from '../../shared/capture/protocol';
import { CaptureReplySchema } from '../../shared/capture/schemas';
import { type Reason, reason } from '../../shared/i18n/reason';
import { retryDelay } from './backoff';
import { OUTBOX_MESSAGES } from './messages';
import type { OutboxItem, OutboxStore } from './outboxItem';

/** How long one send may take before it counts as failed (Apps Script can take seconds to wake). */
export const SEND_TIMEOUT_MS = 30_000;

/** A POST as the platform performs it: the status and body text, or a thrown error when the network failed. */
export type SendPost = (
  endpoint: string,
  body: string,
  signal: AbortSignal,
) => Promise<{ status: number; text: string }>;

/** What the outbox needs from its surroundings; all injected, so tests can fail any of them. */
export interface OutboxDeps {
  store: OutboxStore;
  send: SendPost;
  /** Now, epoch ms. */
  clock: () => number;
  /** Where and with which token to send; null when the extension is not paired yet. */
  pairing: () => Promise<{ endpoint: string; token: string } | null>;
  /** @default SEND_TIMEOUT_MS */
  timeoutMs?: number;
  random?: () => number;
}

/** What one flush did. */
export interface FlushReport {
  acknowledged: string[];
  rejected: string[];
  /** Captures kept for a later attempt. */
  waiting: number;
  /** Epoch ms of the next attempt due, or null when nothing waits for a retry. */
  nextAttemptAt: number | null;
  error?: Reason;
}

/**
 * The outbox: every capture is written to storage before anything is sent; a capture is removed
 * only when the register acknowledges it (added, duplicate, matched); failures are retried with
 * backoff under the same capture id; rejected captures stay for the person to fix.
 */
export class Outbox {
  constructor(private readonly deps: OutboxDeps) {}

  /** Keeps a capture (a fixed one replaces its rejected self: same id, ready to send now). */
  async add(capture: Capture): Promise<void> {
    await this.deps.store.put({ capture, attempts: 0, nextAttemptAt: this.deps.clock() });
  }

  async list(): Promise<OutboxItem[]> {
    return (await this.deps.store.list()).sort((a, b) =>
      a.capture.captured_at.localeCompare(b.capture.captured_at),
    );
  }

  async discard(id: string): Promise<void> {
    await this.deps.store.remove([id]);
  }

  /**
   * Sends every capture that is due, in requests within the protocol's limits. `everything`
   * (when the person has just saved or asked) sends what waits for a retry too, without waiting out its backoff.
   */
  async flush({ everything = false }: { everything?: boolean } = {}): Promise<FlushReport> {
    const now = this.deps.clock();
    const items = await this.list();
    const due = items.filter((item) => !item.rejected && (everything || item.nextAttemptAt <= now));
    const report: FlushReport = { acknowledged: [], rejected: [], waiting: 0, nextAttemptAt: null };
    const pairing = due.length > 0 ? await this.deps.pairing() : null;
    if (due.length > 0 && !pairing)
      report.error = reason('outbox.not_paired', OUTBOX_MESSAGES['outbox.not_paired']);
    if (pairing) {
      for (const batch of batches(due, pairing.token)) {
        const outcome = await this.sendBatch(pairing.endpoint, pairing.token, batch);
        if (outcome.error) report.error = outcome.error;
        report.acknowledged.push(...outcome.acknowledged);
        report.rejected.push(...outcome.rejected);
      }
    }
    const left = await this.list();
    const retrying = left.filter((item) => !item.rejected);
    report.waiting = retrying.length;
    report.nextAttemptAt =
      retrying.length > 0 ? Math.min(...retrying.map((item) => item.nextAttemptAt)) : null;
    return report;
  }

  private async sendBatch(
    endpoint: string,
    token: string,
    batch: OutboxItem[],
  ): Promise<{ acknowledged: string[]; rejected: string[]; error?: Reason }> {
    const body = requestBody(
      token,
      batch.map((item) => item.capture),
    );
    let reply: CaptureReply;
    try {
      reply = await this.post(endpoint, body);
    } catch (error) {
      const why = failureReason(error);
      await this.later(batch, why);
      return { acknowledged: [], rejected: [], error: why };
    }
    if (!reply.ok) {
      const why =
        reply.error ?? reason('outbox.bad_reply', OUTBOX_MESSAGES['outbox.bad_reply'], { detail: '' });
      await this.later(batch, why);
      return { acknowledged: [], rejected: [], error: why };
    }
    const byId = new Map(reply.results.map((result) => [result.id, result]));
    const acknowledged: string[] = [];
    const rejected: string[] = [];
    const unanswered: OutboxItem[] = [];
    for (const item of batch) {
      const result = byId.get(item.capture.id);
      if (result && ACKNOWLEDGED_OUTCOMES.includes(result.outcome)) acknowledged.push(item.capture.id);
      else if (result?.outcome === 'rejected') {
        rejected.push(item.capture.id);
        await this.deps.store.put({ ...item, rejected: result.reason ?? rejectedWithoutReason() });
      } else unanswered.push(item);
    }
    // PDPA: nothing is kept once the register has it.
    await this.deps.store.remove(acknowledged);
    await this.later(
      unanswered,
      reason('outbox.bad_reply', OUTBOX_MESSAGES['outbox.bad_reply'], { detail: 'no result' }),
    );
    return { acknowledged, rejected };
  }

  private async post(endpoint: string, body: string): Promise<CaptureReply> {
    const controller = new AbortController();
    const timeoutMs = this.deps.timeoutMs ?? SEND_TIMEOUT_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(
          new SendFailure(
            reason('outbox.timeout', OUTBOX_MESSAGES['outbox.timeout'], {
              seconds: Math.round(timeoutMs / 1000),
            }),
          ),
        );
      }, timeoutMs);
    });
    try {
      const response = await Promise.race([this.deps.send(endpoint, body, controller.signal), timeout]);
      if (response.status >= 500 || response.status === 429)
        throw new SendFailure(
          reason('outbox.server', OUTBOX_MESSAGES['outbox.server'], { status: response.status }),
        );
      let json: unknown;
      try {
        json = JSON.parse(response.text);
      } catch {
        throw new SendFailure(
          reason('outbox.bad_reply', OUTBOX_MESSAGES['outbox.bad_reply'], {
            detail: `HTTP ${response.status}`,
          }),
        );
      }
      const parsed = v.safeParse(CaptureReplySchema, json);
      if (!parsed.success)
        throw new SendFailure(
          reason('outbox.bad_reply', OUTBOX_MESSAGES['outbox.bad_reply'], {
            detail: `HTTP ${response.status}`,
          }),
        );
      return parsed.output as CaptureReply;
    } finally {
      clearTimeout(timer);
    }
  }

  private async later(items: readonly OutboxItem[], why: Reason): Promise<void> {
    const now = this.deps.clock();
    for (const item of items) {
      const attempts = item.attempts + 1;
      await this.deps.store.put({
        ...item,
        attempts,
        nextAttemptAt: now + retryDelay(attempts, this.deps.random),
        lastError: why,
      });
    }
  }
}

class SendFailure extends Error {
  constructor(readonly reason: Reason) {
    super(reason.message.en);
  }
}

function failureReason(error: unknown): Reason {
  if (error instanceof SendFailure) return error.reason;
  return reason('outbox.offline', OUTBOX_MESSAGES['outbox.offline'], {
    detail: String((error as Error)?.message ?? error),
  });
}

function rejectedWithoutReason(): Reason {
  return reason('capture.invalid', CAPTURE_MESSAGES['capture.invalid'], { problem: '?' });
}

function requestBody(token: string, captures: Capture[]): string {
  return JSON.stringify({ version: PROTOCOL_VERSION, token, captures });
}

/** Splits due items into requests of at most MAX_CAPTURES_PER_REQUEST captures and MAX_BODY_BYTES. */
export function batches(items: readonly OutboxItem[], token: string): OutboxItem[][] {
  const out: OutboxItem[][] = [];
  let current: OutboxItem[] = [];
  let size = requestBody(token, []).length;
  for (const item of items) {
    const itemSize = new TextEncoder().encode(JSON.stringify(item.capture)).length + 1;
    if (
      current.length > 0 &&
      (current.length >= MAX_CAPTURES_PER_REQUEST || size + itemSize > MAX_BODY_BYTES)
    ) {
      out.push(current);
      current = [];
      size = requestBody(token, []).length;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length > 0) out.push(current);
  return out;
}
