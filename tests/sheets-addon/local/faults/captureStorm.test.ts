import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox, type SendPost } from '../../../../extension/outbox/outbox';
import type { OutboxItem, OutboxStore } from '../../../../extension/outbox/outboxItem';
import type { Capture } from '../../../../shared/capture/protocol';
import { type LocalServer, startLocalServer } from '../../../../sheets-addon/local/server/localServer';
import {
  checkRegister,
  duplicatedRows,
  letters,
  missingRows,
  newRegister,
  partnerCapture,
  SEED,
  seeded,
  TOKEN,
} from './faultRegister';

const CLIENTS = 4;
const PER_CLIENT = 250;
/** Captures a person saves into each extension's outbox per round. */
const SAVED_PER_ROUND = 10;
/** The virtual clock moves past the outbox's longest backoff each round, so every waiting capture is due. */
const ROUND_MS = 2 * 60 * 60_000;

type Fault = 'none' | 'drop-request' | 'drop-reply' | 'gateway-5xx' | 'reply-5xx' | 'timeout';

/** What goes wrong with one send, from a client's own seeded sequence (concurrent sends do not reorder it). */
function faultOf(random: () => number): Fault {
  const r = random();
  if (r < 0.08) return 'drop-request';
  if (r < 0.16) return 'drop-reply';
  if (r < 0.24) return 'gateway-5xx';
  if (r < 0.32) return 'reply-5xx';
  if (r < 0.4) return 'timeout';
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

/**
 * `storage.local` of one browser profile: it outlives the extension's service worker. Values are
 * kept as JSON, as extension storage keeps them, so a restarted worker reads copies.
 */
class ProfileStorage {
  readonly items = new Map<string, string>();
  /** Capture ids the outbox removed: acknowledged by the register. */
  readonly acknowledged = new Set<string>();
}

/**
 * One life of the extension's service worker: the real Outbox over the profile's storage. When
 * it is stopped (Chrome ends an idle or busy worker at any await), the step it was about to take
 * never happens and nothing after it: its pending promises simply never settle.
 */
class ServiceWorker {
  readonly outbox: Outbox;
  readonly stopped: Promise<void>;
  private stop!: () => void;
  private steps = 0;
  private stopAt = Number.POSITIVE_INFINITY;

  constructor(storage: ProfileStorage, send: SendPost, clock: () => number, random: () => number) {
    this.stopped = new Promise((done) => {
      this.stop = done;
    });
    const store: OutboxStore = {
      put: (item) => this.step(() => void storage.items.set(item.capture.id, JSON.stringify(item))),
      remove: (ids) =>
        this.step(() => {
          for (const id of ids) {
            storage.items.delete(id);
            storage.acknowledged.add(id);
          }
        }),
      list: () => this.step(() => [...storage.items.values()].map((text) => JSON.parse(text) as OutboxItem)),
    };
    this.outbox = new Outbox({
      store,
      // The request reaches the host; a worker stopped meanwhile never reads the reply.
      send: async (endpoint, body, signal) => {
        const reply = await send(endpoint, body, signal);
        return this.step(() => reply);
      },
      clock,
      pairing: async () => ({ endpoint: `${host.url}/exec`, token: TOKEN }),
      random,
    });
  }

  /** Stops the worker at its `n`-th step (a storage call or a reply) from now. */
  stopAtStep(n: number): void {
    this.stopAt = this.steps + n;
  }

  private step<T>(work: () => T): Promise<T> {
    this.steps++;
    if (this.steps >= this.stopAt) {
      this.stop();
      return new Promise<T>(() => undefined);
    }
    return Promise.resolve(work());
  }
}

/** One person's browser: captures saved over time, an outbox whose service worker restarts now and then. */
class Client {
  readonly storage = new ProfileStorage();
  readonly captures: Capture[];
  private saved = 0;
  private now = Date.UTC(2026, 10, 29, 8);
  private worker: ServiceWorker;
  private readonly random: () => number;
  workerRestarts = 0;
  readonly faults: Record<Fault, number> = {
    none: 0,
    'drop-request': 0,
    'drop-reply': 0,
    'gateway-5xx': 0,
    'reply-5xx': 0,
    timeout: 0,
  };

  constructor(readonly n: number) {
    this.captures = Array.from({ length: PER_CLIENT }, (_, i) =>
      partnerCapture(`s${letters(n)}q${letters(i)}`),
    );
    this.random = seeded(SEED + n);
    this.worker = this.startWorker();
  }

  get done(): boolean {
    return this.saved === this.captures.length && this.storage.items.size === 0;
  }

  private startWorker(): ServiceWorker {
    return new ServiceWorker(this.storage, this.faultySend, () => this.now, this.random);
  }

  /** The network between this browser and the host: drops, 5xx, timeouts, by the client's seed. */
  private readonly faultySend: SendPost = async (endpoint, body) => {
    const fault = faultOf(this.random);
    this.faults[fault]++;
    if (fault === 'drop-request') throw new TypeError('fetch failed');
    if (fault === 'gateway-5xx') return { status: 502, text: 'Bad Gateway' };
    let response: Response;
    try {
      response = await fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
    } catch {
      // A connection the restarted host closed: nothing received.
      throw new TypeError('fetch failed');
    }
    const text = await response.text();
    // The host did the work; the answer is lost on the way back.
    if (fault === 'drop-reply') throw new TypeError('network connection was lost');
    if (fault === 'reply-5xx') return { status: 502, text: 'Bad Gateway' };
    // The outbox's timer fired first: fetch rejects as an aborted request does.
    if (fault === 'timeout') throw new DOMException('The operation was aborted.', 'AbortError');
    return { status: response.status, text };
  };

  /** A round: the person saves a few captures, then the worker flushes (and may be stopped part-way, then restarted). */
  async round(): Promise<void> {
    this.now += ROUND_MS;
    for (const capture of this.captures.slice(this.saved, this.saved + SAVED_PER_ROUND))
      await this.worker.outbox.add(capture);
    this.saved = Math.min(this.captures.length, this.saved + SAVED_PER_ROUND);
    const stopping = this.random() < 0.2;
    if (stopping) this.worker.stopAtStep(1 + Math.floor(this.random() * 12));
    await Promise.race([this.worker.outbox.flush(), this.worker.stopped]);
    if (stopping) {
      // Chrome starts the worker again (an alarm, a message): a new Outbox over the same storage.
      this.worker = this.startWorker();
      this.workerRestarts++;
    }
  }
}

describe('1,000 captures from four browsers over a network that drops, fails, times out and restarts the host', () => {
  it('acknowledges every capture once it is in the register, each exactly once, across service-worker restarts', async () => {
    const clients = Array.from({ length: CLIENTS }, (_, n) => new Client(n));
    const restarts = seeded(SEED * 7 + 1);
    let rounds = 0;
    let hostRestarts = 0;
    while (clients.some((client) => !client.done)) {
      rounds++;
      expect(rounds).toBeLessThan(400);
      // The host restarts between rounds, now and then (the extension then meets a new process).
      if (restarts() < 0.1) {
        await host.close();
        await startHost();
        hostRestarts++;
      }
      await Promise.all(clients.map((client) => client.round()));
    }
    const check = await checkRegister(dir);
    const names = clients.flatMap((client) => client.captures.map((capture) => String(capture.fields.name)));
    const acknowledged = clients.reduce((sum, client) => sum + client.storage.acknowledged.size, 0);
    const figures = {
      acknowledged,
      duplicatedRows: duplicatedRows(check, names),
      duplicateIds: check.duplicateIds,
      lostAcknowledged: missingRows(check, names),
      torn: check.torn,
    };
    const sum = (pick: (client: Client) => Record<string, number>) =>
      clients.reduce(
        (total, client) => {
          for (const [key, count] of Object.entries(pick(client))) total[key] = (total[key] ?? 0) + count;
          return total;
        },
        {} as Record<string, number>,
      );
    const faults = sum((client) => client.faults);
    const workerRestarts = clients.reduce((total, client) => total + client.workerRestarts, 0);
    console.log(
      `capture storm (seed ${SEED}): ${JSON.stringify(figures)}; sends by fault ${JSON.stringify(faults)}; host restarts ${hostRestarts}; service-worker restarts ${workerRestarts}; rounds ${rounds}`,
    );
    expect(figures).toEqual({
      acknowledged: CLIENTS * PER_CLIENT,
      duplicatedRows: 0,
      duplicateIds: 0,
      lostAcknowledged: 0,
      torn: 0,
    });
    for (const fault of ['drop-request', 'drop-reply', 'gateway-5xx', 'reply-5xx', 'timeout'] as const)
      expect(faults[fault], fault).toBeGreaterThan(0);
    expect(hostRestarts).toBeGreaterThan(0);
    expect(workerRestarts).toBeGreaterThan(0);
  });
});
