import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pairingMessage } from '../../extension/options/pairingMessage';
import { isDevEndpoint, type PairingPorts, pairRegister } from '../../extension/options/pairRegister';
import { pingRegister } from '../../extension/platform/partnerIndexCache';
import { requestRegisterHost } from '../../extension/platform/permissions';
import { readSettings, saveSettings } from '../../extension/platform/settingsStorage';
import { encodePairingCode } from '../../shared/capture/pairing';

const ENDPOINT = 'http://127.0.0.1:8765/exec';
const TOKEN = 'c'.repeat(64);
const CODE = encodePairingCode({ endpoint: ENDPOINT, token: TOKEN });

let request: ReturnType<typeof vi.fn>;
let answer: () => Promise<Response>;

/** The options page's ports, over the fake browser: the real permission request, ping and storage. */
const ports: PairingPorts = {
  requestHost: requestRegisterHost,
  ping: pingRegister,
  save: async (pairing) => {
    await saveSettings({ pairing });
  },
};

function promptAnswers(granted: boolean) {
  // The fake browser has no permissions API: stand in for Chrome's prompt and its answer.
  request = vi.fn(async () => granted);
  (fakeBrowser.permissions as unknown as Record<string, unknown>).request = request;
}

beforeEach(() => {
  fakeBrowser.reset();
  answer = async () =>
    new Response(JSON.stringify({ version: 1, ok: true, register: 'ทะเบียนเครือข่าย รร.บ้านดอนแก้ว' }));
  vi.stubGlobal('fetch', () => answer());
});
afterEach(() => vi.unstubAllGlobals());

describe('pressing Pair', () => {
  it('asks for the register’s host before anything is awaited, so the click’s gesture still holds', async () => {
    promptAnswers(true);
    const pending = pairRegister(CODE, ports);
    // Called synchronously, inside the click: Chrome refuses a request made after an await.
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    await pending;
  });

  it('when the prompt is granted and the register answers, pairs and names the register', async () => {
    promptAnswers(true);
    const outcome = await pairRegister(CODE, ports);
    expect(outcome).toMatchObject({ kind: 'paired', register: 'ทะเบียนเครือข่าย รร.บ้านดอนแก้ว' });
    expect((await readSettings()).pairing).toEqual({ endpoint: ENDPOINT, token: TOKEN });
    expect(pairingMessage(outcome, ENDPOINT, 'th')).toBe(
      'จับคู่แล้ว: เชื่อมต่อกับทะเบียน “ทะเบียนเครือข่าย รร.บ้านดอนแก้ว” สำเร็จ',
    );
    expect(pairingMessage(outcome, ENDPOINT, 'en')).toBe(
      'Paired: connected to the register “ทะเบียนเครือข่าย รร.บ้านดอนแก้ว”',
    );
  });

  it('when the prompt is refused, says so, keeps no pairing and never calls the register', async () => {
    promptAnswers(false);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const outcome = await pairRegister(CODE, ports);
    expect(outcome.kind).toBe('permission_refused');
    expect(fetch).not.toHaveBeenCalled();
    expect((await readSettings()).pairing).toBeNull();
    expect(pairingMessage(outcome, ENDPOINT, 'th')).toMatch(/^ยังไม่ได้จับคู่: ไม่ได้อนุญาต/);
  });

  it('when the permission request itself fails (no gesture), reports a refusal instead of nothing', async () => {
    request = vi.fn(async () => {
      throw new Error('This function must be called during a user gesture');
    });
    (fakeBrowser.permissions as unknown as Record<string, unknown>).request = request;
    expect((await pairRegister(CODE, ports)).kind).toBe('permission_refused');
  });

  it('when the host cannot be reached, says which host, and keeps no pairing', async () => {
    promptAnswers(true);
    answer = async () => {
      throw new TypeError('Failed to fetch');
    };
    const outcome = await pairRegister(CODE, ports);
    expect(outcome.kind).toBe('unreachable');
    expect(pairingMessage(outcome, ENDPOINT, 'en')).toContain('127.0.0.1:8765');
    expect((await readSettings()).pairing).toBeNull();
  });

  it('when the address answers with a sign-in page, says it is not a register', async () => {
    promptAnswers(true);
    answer = async () => new Response('<!doctype html><title>Sign in - Google Accounts</title>');
    expect((await pairRegister(CODE, ports)).kind).toBe('not_a_register');
  });

  it('when the register does not know the token, says the code is wrong or expired', async () => {
    promptAnswers(true);
    answer = async () =>
      new Response(
        JSON.stringify({
          version: 1,
          ok: false,
          error: { code: 'capture.token', message: { th: 'x', en: 'x' } },
        }),
      );
    const outcome = await pairRegister(CODE, ports);
    expect(outcome.kind).toBe('wrong_code');
    expect(pairingMessage(outcome, ENDPOINT, 'th')).toContain('หมดอายุ');
  });

  it('refuses a code that is not one, or that names a /dev address, without any prompt', async () => {
    promptAnswers(true);
    const garbled = await pairRegister('netreg1:not-a-code', ports);
    expect(garbled.kind).toBe('invalid_code');
    expect(pairingMessage(garbled, '', 'th')).toContain('netreg1:');
    const dev = encodePairingCode({ endpoint: 'https://script.google.com/macros/s/AKfy/dev', token: TOKEN });
    const outcome = await pairRegister(dev, ports);
    expect(outcome.kind).toBe('dev_url');
    expect(pairingMessage(outcome, '', 'en')).toContain('/exec');
    expect(request).not.toHaveBeenCalled();
  });
});

describe('a /dev address', () => {
  it('is told apart from a deployment’s /exec address', () => {
    expect(isDevEndpoint('https://script.google.com/macros/s/AKfy/dev')).toBe(true);
    expect(isDevEndpoint('https://script.google.com/a/macros/school.ac.th/s/AKfy/dev?x=1')).toBe(true);
    expect(isDevEndpoint('https://script.google.com/macros/s/AKfy/exec')).toBe(false);
    expect(isDevEndpoint('http://127.0.0.1:8765/exec')).toBe(false);
  });
});
