import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INDEX_MAX_AGE_MS, partnerIndex } from '../../extension/platform/partnerIndexCache';
import { saveSettings } from '../../extension/platform/settingsStorage';
import type { IndexReply } from '../../shared/capture/protocol';

const PAIRING = { endpoint: 'http://127.0.0.1:9999/exec', token: 'b'.repeat(64) };
const reply = (name: string): IndexReply => ({
  version: 1,
  ok: true,
  index_version: name,
  partners: [{ id: 'P-0001', name, domains: ['bandong.ac.th'], emails: [], phones: [] }],
});

let answers: (() => Promise<Response>)[];
const requested: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  answers = [];
  requested.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    const next = answers.shift();
    if (!next) throw new TypeError('offline');
    return next();
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the cached partner index', () => {
  it('is fetched with the token, reused while fresh, refreshed when stale, and kept when offline', async () => {
    expect(await partnerIndex(0)).toBeNull();
    await saveSettings({ pairing: PAIRING });
    answers.push(async () => new Response(JSON.stringify(reply('first'))));
    expect((await partnerIndex(1000))?.index_version).toBe('first');
    expect(requested[0]).toBe(`${PAIRING.endpoint}?op=index&token=${PAIRING.token}`);
    expect((await partnerIndex(2000))?.index_version).toBe('first');
    expect(requested).toHaveLength(1);
    answers.push(async () => new Response(JSON.stringify(reply('second'))));
    expect((await partnerIndex(1000 + INDEX_MAX_AGE_MS + 1))?.index_version).toBe('second');
    expect((await partnerIndex(1000 + 3 * INDEX_MAX_AGE_MS))?.index_version).toBe('second');
  });

  it('does not take a refusal or a login page for an index', async () => {
    await saveSettings({ pairing: PAIRING });
    answers.push(async () => new Response('<html>Sign in</html>'));
    answers.push(
      async () => new Response(JSON.stringify({ version: 1, ok: false, index_version: '', partners: [] })),
    );
    expect(await partnerIndex(0)).toBeNull();
    expect(await partnerIndex(1)).toBeNull();
  });
});
