import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { retryDelay } from '../../extension/outbox/backoff';
import { Outbox, type SendPost } from '../../extension/outbox/outbox';
import { flushOutbox, RETRY_ALARM } from '../../extension/platform/background';
import { outboxStorage } from '../../extension/platform/outboxStorage';
import { saveSettings } from '../../extension/platform/settingsStorage';
import { MAX_CAPTURES_PER_REQUEST } from '../../shared/capture/limits';
import type { Capture, CaptureReply, CaptureRequest } from '../../shared/capture/protocol';

const PAIRING = { endpoint: 'http://127.0.0.1:9999/exec', token: 'a'.repeat(64) };
let now = 1_700_000_000_000;
const clock = () => now;

function capture(name = 'โรงเรียนบ้านดง'): Capture {
  return {
    id: crypto.randomUUID(),
    kind: 'partner',
    captured_at: new Date(now).toISOString(),
    source_url: 'http://localhost/school',
    fields: { name },
  };
}

/** A register that answers each request with `answer(request)`; records what it received. */
function register(answer: (request: CaptureRequest) => CaptureReply | { status: number; text: string }) {
  const received: CaptureRequest[] = [];
  const send: SendPost = async (_endpoint, body) => {
    const request = JSON.parse(body) as CaptureRequest;
    received.push(request);
    const reply = answer(request);
    return 'status' in reply && 'text' in reply ? reply : { status: 200, text: JSON.stringify(reply) };
  };
  return { send, received };
}

const acknowledge =
  (outcome: 'added' | 'duplicate' | 'matched' = 'added') =>
  (request: CaptureRequest): CaptureReply => ({
    version: 1,
    ok: true,
    results: request.captures.map((c, i) => ({ id: c.id, outcome, row_id: `P-${i + 1}` })),
  });

function outbox(send: SendPost, timeoutMs = 1000) {
  return new Outbox({
    store: outboxStorage,
    send,
    clock,
    pairing: async () => PAIRING,
    timeoutMs,
    random: () => 0,
  });
}

async function storedKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null));
}

beforeEach(() => {
  fakeBrowser.reset();
  now = 1_700_000_000_000;
});

describe('the outbox', () => {
  it('writes a capture to storage before sending it, and keeps nothing once the register acknowledges it', async () => {
    const item = capture();
    let storedWhenSent: string[] = [];
    const { send } = register((request) => {
      return acknowledge()(request);
    });
    const box = outbox(async (endpoint, body, signal) => {
      storedWhenSent = await storedKeys();
      return send(endpoint, body, signal);
    });
    await box.add(item);
    const report = await box.flush();
    expect(storedWhenSent).toContain(`outbox:${item.id}`);
    expect(report.acknowledged).toEqual([item.id]);
    expect(await storedKeys()).toEqual([]);
  });

  it('keeps a capture through being offline and sends it later with the same id', async () => {
    const item = capture();
    let online = false;
    const { send, received } = register(acknowledge());
    const box = outbox(async (...args) => {
      if (!online) throw new TypeError('Failed to fetch');
      return send(...args);
    });
    await box.add(item);
    const first = await box.flush();
    expect(first.error?.code).toBe('outbox.offline');
    const [kept] = await box.list();
    expect(kept).toMatchObject({ attempts: 1, nextAttemptAt: now + retryDelay(1, () => 0) });
    expect(kept.lastError?.message.th).toContain('ลองส่งใหม่');
    // Not due yet: nothing is sent.
    online = true;
    await box.flush();
    expect(received).toHaveLength(0);
    now = first.nextAttemptAt!;
    expect((await box.flush()).acknowledged).toEqual([item.id]);
    expect(received[0].captures[0].id).toBe(item.id);
    expect(await box.list()).toEqual([]);
  });

  it('retries after a 500, a proxy’s HTML page and a refused request, backing off each time', async () => {
    const item = capture();
    const answers = [
      { status: 500, text: 'Internal error' },
      { status: 200, text: '<html>Sign in</html>' },
      {
        version: 1,
        ok: false,
        error: { code: 'capture.busy', message: { th: 'ไม่ว่าง', en: 'busy' } },
        results: [],
      },
    ];
    let n = 0;
    const { send, received } = register(
      (request) => (n < answers.length ? answers[n++] : acknowledge()(request)) as never,
    );
    const box = outbox(send);
    await box.add(item);
    const delays: number[] = [];
    for (const code of ['outbox.server', 'outbox.bad_reply', 'capture.busy']) {
      const before = now;
      const report = await box.flush();
      expect(report.error?.code).toBe(code);
      delays.push(report.nextAttemptAt! - before);
      now = report.nextAttemptAt!;
    }
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(delays[2]).toBeGreaterThan(delays[1]);
    expect((await box.flush()).acknowledged).toEqual([item.id]);
    expect(new Set(received.map((r) => r.captures[0].id))).toEqual(new Set([item.id]));
  });

  it('gives up on a send that hangs past the timeout and keeps the capture', async () => {
    const box = outbox(() => new Promise(() => {}), 20);
    await box.add(capture());
    const report = await box.flush();
    expect(report.error?.code).toBe('outbox.timeout');
    expect(report.waiting).toBe(1);
  });

  it('survives a service-worker restart: a new outbox over the same storage sends what the old one kept', async () => {
    const item = capture();
    await outbox(async () => {
      throw new TypeError('offline');
    }).add(item);
    // The worker is killed here; a new one starts with nothing in memory.
    const { send, received } = register(acknowledge('duplicate'));
    now += 24 * 60 * 60_000;
    const report = await outbox(send).flush();
    expect(report.acknowledged).toEqual([item.id]);
    expect(received[0].captures).toEqual([item]);
  });

  it('keeps a rejected capture, with the reason, for the person to fix; a fixed one goes with the same id', async () => {
    const item = capture('ร้าน');
    const reason = {
      code: 'capture.fields_refused',
      message: { th: 'อีเมลไม่ถูกต้อง', en: 'Email is not valid' },
    };
    const { send, received } = register((request) =>
      request.captures[0].fields.email === 'bad'
        ? { version: 1, ok: true, results: [{ id: item.id, outcome: 'rejected', reason }] }
        : acknowledge()(request),
    );
    const box = outbox(send);
    await box.add({ ...item, fields: { ...item.fields, email: 'bad' } });
    expect((await box.flush()).rejected).toEqual([item.id]);
    expect((await box.list())[0].rejected).toEqual(reason);
    now += 10 * 60 * 60_000;
    await box.flush();
    expect(received).toHaveLength(1);
    await box.add({ ...item, fields: { ...item.fields, email: 'shop@example.co.th' } });
    expect((await box.flush()).acknowledged).toEqual([item.id]);
    expect(received[1].captures[0].id).toBe(item.id);
  });

  it('treats added, duplicate and matched alike: acknowledged and forgotten', async () => {
    for (const outcome of ['added', 'duplicate', 'matched'] as const) {
      const box = outbox(register(acknowledge(outcome)).send);
      await box.add(capture());
      expect((await box.flush()).acknowledged).toHaveLength(1);
      expect(await storedKeys()).toEqual([]);
    }
  });

  it('sends a large outbox in requests within the protocol limit', async () => {
    const { send, received } = register(acknowledge());
    const box = outbox(send);
    for (let i = 0; i < 250; i++) await box.add(capture(`partner ${i}`));
    const report = await box.flush();
    expect(report.acknowledged).toHaveLength(250);
    expect(received.map((r) => r.captures.length)).toEqual([
      MAX_CAPTURES_PER_REQUEST,
      MAX_CAPTURES_PER_REQUEST,
      50,
    ]);
  });

  it('waits, without sending, until the extension is paired', async () => {
    const { send, received } = register(acknowledge());
    const box = new Outbox({ store: outboxStorage, send, clock, pairing: async () => null });
    await box.add(capture());
    expect((await box.flush()).error?.code).toBe('outbox.not_paired');
    expect(received).toHaveLength(0);
    expect(await box.list()).toHaveLength(1);
  });
});

describe('the background’s flush', () => {
  it('sets the retry alarm and the badge from what waits, and clears both when all is sent', async () => {
    await saveSettings({ pairing: PAIRING });
    let online = false;
    const { send } = register(acknowledge());
    const box = outbox(async (...args) => {
      if (!online) throw new TypeError('offline');
      return send(...args);
    });
    await box.add(capture());
    await box.add(capture());
    await flushOutbox(box);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toMatchObject({
      scheduledTime: now + retryDelay(1, () => 0),
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    online = true;
    now += 60 * 60_000;
    await flushOutbox(box);
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('the outbox and the register a capture was made for', () => {
  const OLD = { endpoint: 'https://script.google.com/macros/s/OLD/exec', token: 'b'.repeat(64) };
  const NEW = { endpoint: 'https://script.google.com/macros/s/NEW/exec', token: 'c'.repeat(64) };

  function pairedOutbox(send: SendPost, pairing: () => typeof OLD) {
    return new Outbox({ store: outboxStorage, send, clock, pairing: async () => pairing(), random: () => 0 });
  }

  it('after re-pairing, never sends a capture made for the old register to the new one, and lets the person discard it', async () => {
    let paired = OLD;
    const endpoints: string[] = [];
    const box = pairedOutbox(
      async (endpoint) => {
        endpoints.push(endpoint);
        return { status: 503, text: '' };
      },
      () => paired,
    );
    const old = capture('ภาคีของทะเบียนเก่า');
    await box.add(old);
    await box.flush();
    expect(endpoints).toEqual([OLD.endpoint]);

    paired = NEW;
    endpoints.length = 0;
    const report = await box.flush({ everything: true });
    expect(endpoints).toEqual([]);
    expect(report.acknowledged).toEqual([]);
    // Held, not retrying: no alarm is due for it.
    expect(report.waiting).toBe(0);
    expect(report.nextAttemptAt).toBeNull();
    const [held] = await box.list();
    expect(held.register).toBe(OLD.endpoint);
    expect(held.held?.code).toBe('outbox.other_register');
    expect(held.held?.message.en).toContain('Not sent: captured for another register');
    expect(held.held?.message.th).toContain('ยังไม่ได้ส่ง');

    await box.discard(old.id);
    expect(await storedKeys()).toEqual([]);
  });

  it('sends a held capture once the extension is paired with its register again', async () => {
    let paired = OLD;
    const sent: string[] = [];
    const box = pairedOutbox(
      async (endpoint, body) => {
        sent.push(endpoint);
        return { status: 200, text: JSON.stringify(acknowledge()(JSON.parse(body))) };
      },
      () => paired,
    );
    paired = OLD;
    const item = capture();
    await box.add(item);
    paired = NEW;
    await box.flush({ everything: true });
    expect(sent).toEqual([]);
    paired = OLD;
    const report = await box.flush();
    expect(sent).toEqual([OLD.endpoint]);
    expect(report.acknowledged).toEqual([item.id]);
  });

  it('refuses a capture over the request size limit before queueing it to send, with a reason, and never retries it', async () => {
    const { send, received } = register(acknowledge());
    const box = outbox(send);
    const huge = capture('ก'.repeat(100_000)); // 300 KB in UTF-8
    await box.add(huge);
    const report = await box.flush({ everything: true });
    expect(received).toEqual([]);
    expect(report.waiting).toBe(0);
    expect(report.nextAttemptAt).toBeNull();
    const [kept] = await box.list();
    expect(kept.rejected?.code).toBe('outbox.too_large');
    expect(kept.rejected?.message.en).toMatch(/^This capture is \d+ bytes, more than the 262144 bytes/);
    expect(kept.rejected?.message.th).toContain('เกินกว่าที่ทะเบียนรับได้');
  });

  it('rejects for good an oversized capture queued before the limit was checked', async () => {
    const { send, received } = register(acknowledge());
    const box = outbox(send);
    const huge = capture('ก'.repeat(100_000));
    await outboxStorage.put({ capture: huge, attempts: 3, nextAttemptAt: now });
    const report = await box.flush();
    expect(received).toEqual([]);
    expect(report.rejected).toEqual([huge.id]);
    expect((await box.list())[0].rejected?.code).toBe('outbox.too_large');
  });
});
