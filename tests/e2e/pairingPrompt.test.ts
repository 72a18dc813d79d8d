import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePairingCode } from '../../shared/capture/pairing';
import { chromiumPath, type LaunchedChromium, launchChromium } from '../support/chromium';
import { buildExtension } from './buildExtension';

/** The extension API as the functions passed to evaluate() see it inside the browser. */
declare const chrome: typeof import('wxt/browser').browser;
declare const window: Window & { pairingRequest?: { during: string[]; failed?: string } };

const ROOT = join(import.meta.dirname, '../..');
/** The production build: no host at install, so Pair must ask for the register's host. */
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

let browser: LaunchedChromium | undefined;
let options: Page;

beforeAll(async () => {
  chromiumPath();
  buildExtension([]);
  browser = await launchChromium({ extensionDir: EXTENSION_DIR });
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('pairing in the production build', () => {
  it('Pair asks for the register’s host inside the click itself, so Chrome shows its prompt', async () => {
    // Records each permission request the page makes and the event being dispatched when it was
    // made: `window.event` is the click only while its handlers run, never after an await.
    await options.evaluate(() => {
      const original = chrome.permissions.request.bind(chrome.permissions);
      const record: { during: string[]; failed?: string } = { during: [] };
      window.pairingRequest = record;
      chrome.permissions.request = ((permissions: { origins?: string[] }) => {
        record.during.push(window.event?.type ?? 'no event');
        const answer = original(permissions);
        answer.catch((error: Error) => {
          record.failed ??= error.message;
        });
        return answer;
      }) as typeof chrome.permissions.request;
    });
    const code = encodePairingCode({ endpoint: 'http://127.0.0.1:9/exec', token: 'c'.repeat(64) });
    await options.getByTestId('pairing-code').fill(code);
    await options.getByTestId('pair').click();
    await expect.poll(() => options.evaluate(() => window.pairingRequest?.during.length)).toBe(1);
    expect(await options.evaluate(() => window.pairingRequest?.during)).toEqual(['click']);
    // Chrome's prompt now waits for the person (no test can answer it): the page says it is pairing.
    expect(await options.getByTestId('pair').textContent()).toMatch(/Pairing…|กำลังจับคู่…/);
    expect(await options.evaluate(() => window.pairingRequest?.failed ?? null)).toBeNull();
  }, 60_000);
});
