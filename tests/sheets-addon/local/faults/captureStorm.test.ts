import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Capture, CaptureReply } from '../../../../shared/capture/protocol';
import { ACKNOWLEDGED_OUTCOMES } from '../../../../shared/capture/protocol';
import { type LocalServer, startLocalServer } from '../../../../sheets-addon/local/server/localServer';
import {
  captureRequest,
  checkRegister,
  duplicatedRows,
  letters,
  missingRows,
  newRegister,
  partnerCapture,
  SEED,
  seeded,
} from './faultRegister';

const CLIENTS = 4;
const PER_CLIENT = 250;
const BATCH = 20;

type Fault = 'none' | 'drop-request' | 'drop-reply' | 'gateway-5xx' | 'reply-5xx';

/** What goes wrong with one send, by a client's own seeded sequence (so the order of concurrent sends does not matter). */
function faultOf(random: () => number): Fault {
  const r = random();
  if (r < 0.1) return 'drop-request';
  if (r < 0.2) return 'drop-reply';
  if (r < 0.27) return 'gateway-5xx';
  if (r < 0.34) return 'reply-5xx';
  return 'none';
}

let dir = '';
let host: LocalServer;
let port = 0;

async function startHost(): Promise<void> {
  host = await startLocalServer({ dir, port, page: '<!doctype html><title>register</title>' });
  port = Number(new URL(host.url).port);
}

beforeAll(async () => {
  dir = await newRegister('netreg-fault-storm-');
  await startHost();
}, 300_000);
afterAll(() => host?.close());

/** One client (an extension's outbox): keeps each capture until a reply it received acknowledges it. */
class Client {
  readonly pending: Capture[];
  readonly acknowledged = new Set<string>();
  private readonly random: () => number;
  readonly faults: Record<Fault, number> = {
    none: 0,
    'drop-request': 0,
    'drop-reply': 0,
    'gateway-5xx': 0,
    'reply-5xx': 0,
  };

  constructor(readonly n: number) {
    this.pending = Array.from({ length: PER_CLIENT }, (_, i) =>
      partnerCapture(`s${letters(n)}q${letters(i)}`),
    );
    this.random = seeded(SEED + n);
  }

  /** Sends the next batch through a faulty network; returns whether a reply came back. */
  async sendBatch(): Promise<void> {
    const batch = this.pending.slice(0, BATCH);
    if (batch.length === 0) return;
    const fault = faultOf(this.random);
    this.faults[fault]++;
    if (fault === 'drop-request' || fault === 'gateway-5xx') return;
    let reply: CaptureReply;
    try {
      const response = await fetch(`${host.url}/exec`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: captureRequest(batch),
      });
      reply = (await response.json()) as CaptureReply;
    } catch {
      // A connection the restarted host closed: nothing received, the batch stays in the outbox.
      return;
    }
    // The host did the work; the answer is lost on the way back (a timeout, a reset, a 5xx proxy).
    if (fault === 'drop-reply' || fault === 'reply-5xx') return;
    if (!reply.ok) return;
    for (const result of reply.results)
      if (ACKNOWLEDGED_OUTCOMES.includes(result.outcome)) this.acknowledged.add(result.id);
    const done = new Set(this.acknowledged);
    this.pending.splice(0, this.pending.length, ...this.pending.filter((capture) => !done.has(capture.id)));
  }
}

describe('1,000 captures from four clients over a network that drops, fails and restarts the host', () => {
  it('acknowledges every capture once it is in the register, each exactly once, with unique ids', async () => {
    const clients = Array.from({ length: CLIENTS }, (_, n) => new Client(n));
    const restarts = seeded(SEED * 7 + 1);
    let rounds = 0;
    let hostRestarts = 0;
    while (clients.some((client) => client.pending.length > 0)) {
      rounds++;
      expect(rounds).toBeLessThan(400);
      // The host restarts between rounds, now and then (the extension then meets a new process).
      if (restarts() < 0.1) {
        await host.close();
        await startHost();
        hostRestarts++;
      }
      await Promise.all(clients.map((client) => client.sendBatch()));
    }
    const check = await checkRegister(dir);
    const names = clients.flatMap((client) =>
      Array.from({ length: PER_CLIENT }, (_, i) => `โรงเรียนทดสอบ s${letters(client.n)}q${letters(i)}`),
    );
    const acknowledged = clients.reduce((sum, client) => sum + client.acknowledged.size, 0);
    const figures = {
      acknowledged,
      duplicatedRows: duplicatedRows(check, names),
      duplicateIds: check.duplicateIds,
      lostAcknowledged: missingRows(check, names),
      torn: check.torn,
    };
    const faults = clients.reduce(
      (sum, client) => {
        for (const [fault, count] of Object.entries(client.faults)) sum[fault] = (sum[fault] ?? 0) + count;
        return sum;
      },
      {} as Record<string, number>,
    );
    console.log(
      `capture storm (seed ${SEED}): ${JSON.stringify(figures)}; sends by fault ${JSON.stringify(faults)}; host restarts ${hostRestarts}; rounds ${rounds}`,
    );
    expect(figures).toEqual({
      acknowledged: CLIENTS * PER_CLIENT,
      duplicatedRows: 0,
      duplicateIds: 0,
      lostAcknowledged: 0,
      torn: 0,
    });
    expect(faults['drop-reply'] + faults['reply-5xx']).toBeGreaterThan(0);
    expect(hostRestarts).toBeGreaterThan(0);
  });
});
