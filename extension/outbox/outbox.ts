import * as v from 'valibot';
import { MAX_BODY_BYTES, MAX_CAPTURES_PER_REQUEST, MAX_TOKEN_LENGTH } from '../../shared/capture/limits';
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

  /**
   * Keeps a capture (a fixed one replaces its rejected self: same id, ready to send now) for the
   * register paired now. One too large for any request is kept as rejected, never sent.
   */
  async add(capture: Capture): Promise<void> {
    const register = (await this.deps.pairing())?.endpoint;
    const item: OutboxItem = { capture, attempts: 0, nextAttemptAt: this.deps.clock() };
    if (register) item.register = register;
    const tooLarge = tooLargeToSend(capture);
    if (tooLarge) item.rejected = tooLarge;
    await this.deps.store.put(item);
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
    const waiting = items.filter(
      (item) => !item.rejected && (everything || item.held || item.nextAttemptAt <= now),
    );
    const report: FlushReport = { acknowledged: [], rejected: [], waiting: 0, nextAttemptAt: null };
    const pairing = waiting.length > 0 ? await this.deps.pairing() : null;
    if (waiting.length > 0 && !pairing)
      report.error = reason('outbox.not_paired', OUTBOX_MESSAGES['outbox.not_paired']);
    if (pairing) {
      const due = await this.sortForRegister(waiting, pairing.endpoint, report);
      for (const batch of batches(due, pairing.token)) {
        const outcome = await this.sendBatch(pairing.endpoint, pairing.token, batch);
        if (outcome.error) report.error = outcome.error;
        report.acknowledged.push(...outcome.acknowledged);
        report.rejected.push(...outcome.rejected);
      }
    }
    const left = await this.list();
    const retrying = left.filter((item) => !item.rejected && !item.held);
    report.waiting = retrying.length;
    report.nextAttemptAt =
      retrying.length > 0 ? Math.min(...retrying.map((item) => item.nextAttemptAt)) : null;
    return report;
  }

  /**
   * The items to send to the register paired now: those made for it, and those made for no
   * register yet (now bound to it). Items made for another register are held, not sent, and a
   * capture too large for any request is rejected for good (the register would refuse it on every retry).
   */
  private async sortForRegister(
    items: readonly OutboxItem[],
    endpoint: string,
    report: FlushReport,
  ): Promise<OutboxItem[]> {
    const due: OutboxItem[] = [];
    for (const item of items) {
      const tooLarge = tooLargeToSend(item.capture);
      if (tooLarge) {
        await this.deps.store.put({ ...item, rejected: tooLarge });
        report.rejected.push(item.capture.id);
      } else if (item.register && item.register !== endpoint) {
        if (!item.held)
          await this.deps.store.put({
            ...item,
            held: reason('outbox.other_register', OUTBOX_MESSAGES['outbox.other_register'], {
              register: item.register,
            }),
          });
      } else {
        const bound: OutboxItem = { ...item, register: endpoint };
        delete bound.held;
        if (item.register !== endpoint || item.held) await this.deps.store.put(bound);
        due.push(bound);
      }
    }
    return due;
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

/** Why a capture can never be sent: its request alone (with the longest token) exceeds MAX_BODY_BYTES. */
function tooLargeToSend(capture: Capture): Reason | null {
  const size = new TextEncoder().encode(requestBody('x'.repeat(MAX_TOKEN_LENGTH), [capture])).length;
  if (size <= MAX_BODY_BYTES) return null;
  return reason('outbox.too_large', OUTBOX_MESSAGES['outbox.too_large'], { size, max: MAX_BODY_BYTES });
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
