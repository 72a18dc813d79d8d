import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { encodePairingCode } from '../../shared/capture/pairing';
import { pairingTokenFromUuids } from '../../shared/capture/token';
import { chromiumPath, type LaunchedChromium, launchChromium } from '../support/chromium';
import { buildExtension } from './buildExtension';
import { registerTables, setUpRegisterFolder, startPageServer, startRegisterHost } from './registerHost';

/** The extension API as the functions passed to evaluate() see it inside the browser. */
declare const chrome: typeof import('wxt/browser').browser;

const ROOT = join(import.meta.dirname, '../..');
/** The e2e build: the production manifest plus host permissions for the test servers (no test can accept a prompt). */
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-e2e');
const PAGE = readFileSync(join(ROOT, 'tests/fixtures/pages/school-contact/source.html'), 'utf8');
/** The same page under another address, for the shortcut's test. */
const SHORTCUT_PAGE = 'school-contact-by-shortcut';
const TOKEN = pairingTokenFromUuids(crypto.randomUUID(), crypto.randomUUID());

let context: BrowserContext;
let worker: Worker;
let extensionId: string;
let registerDir: string;
let browser: LaunchedChromium | undefined;
let host: Awaited<ReturnType<typeof startRegisterHost>>;
let pages: Awaited<ReturnType<typeof startPageServer>>;

/** Waits for the probe to find what it looks for (vitest re-asks until it does, or the time is up). */
async function until<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  return vi.waitFor(
    async () => {
      const value = await probe();
      if (!value) throw new Error(`still waiting for ${what}`);
      return value;
    },
    { timeout: timeoutMs, interval: 200 },
  );
}

async function tabIdOf(url: string): Promise<number> {
  return worker.evaluate(async (wanted) => {
    const [tab] = await chrome.tabs.query({ url: wanted });
    return tab.id!;
  }, url);
}

async function openCapturePage(tabId: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/capture.html?tab=${tabId}`);
  return page;
}

beforeAll(async () => {
  // Fail on a missing Chromium before the slow extension build.
  chromiumPath();
  buildExtension(['--mode', 'e2e']);
  registerDir = mkdtempSync(join(tmpdir(), 'netreg-e2e-register-'));
  await setUpRegisterFolder(registerDir, TOKEN);
  host = await startRegisterHost(registerDir);
  pages = await startPageServer({ 'school-contact': PAGE, [SHORTCUT_PAGE]: PAGE });
  browser = await launchChromium({ extensionDir: EXTENSION_DIR });
  context = browser.context;
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  extensionId = new URL(worker.url()).host;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  await pages?.stop();
  if (registerDir) rmSync(registerDir, { recursive: true, force: true });
});

describe('capturing a partner page into the local register with the built extension', () => {
  it('pairs, pre-fills the form from the page, saves, and survives the register going away', async () => {
    // Pair through the options page, as a person would.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('pairing-code').fill(encodePairingCode({ endpoint: host.url, token: TOKEN }));
    await options.getByTestId('pair').click();
    await expect
      .poll(() => options.getByTestId('options-message').getAttribute('data-outcome'), { timeout: 15_000 })
      .toBe('paired');
    expect(await options.getByTestId('options-message').textContent()).toMatch(/^(?:จับคู่แล้ว|Paired)/);

    // The person chooses Thai; the capture form speaks it.
    await options.getByTestId('language').selectOption('th');
    await expect.poll(() => options.getByTestId('pair').textContent()).toBe('จับคู่');

    const pageUrl = `${pages.origin}/school-contact`;
    const site = await context.newPage();
    await site.goto(pageUrl);
    const capture = await openCapturePage(await tabIdOf(pageUrl));
    const name = capture.getByTestId('field-partner-name');
    await expect.poll(() => name.inputValue(), { timeout: 15_000 }).toBe('โรงเรียนบ้านดอนแก้ว');
    expect(await capture.getByTestId('field-partner-email').inputValue()).toBe('bandonkaew@obec.go.th');
    expect(await capture.getByTestId('field-partner-phone').inputValue()).toBe('053-121-555');
    expect(await capture.getByTestId('source-partner-name').textContent()).toMatch(
      /^จาก(?:ชื่อหน้าเว็บ|ข้อมูลโครงสร้าง)/,
    );
    expect(await capture.getByTestId('tab-contact').textContent()).toBe('ผู้ติดต่อ');
    await capture.setViewportSize({ width: 480, height: 900 });
    await capture.screenshot({ path: '/tmp/capture-form.png', fullPage: true });

    await capture.getByTestId('save').click();
    const first = await until(async () => {
      const { partners } = await registerTables(registerDir);
      return partners.length > 0 && partners;
    }, 'the partner row');
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ id: 'P-0001', name: 'โรงเรียนบ้านดอนแก้ว', source_url: pageUrl });
    await expect.poll(() => capture.getByTestId('outbox-count').count()).toBe(0);

    // The register goes away; two more captures wait in the outbox.
    const port = host.port;
    await host.stop();
    await capture.getByTestId('tab-contact').click();
    // The partner saved a moment ago, referred to by its capture id: the register resolves it to P-0001.
    await capture.getByTestId('partner-picker').selectOption('new');
    // At the capture window's narrowest, the chosen partner is not cut off: the list item starts with what
    // tells it apart and fits its box, and is written out in full under it.
    await capture.setViewportSize({ width: 360, height: 900 });
    const picker = await capture.getByTestId('partner-picker').evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement('canvas').getContext('2d');
      if (context) context.font = style.font;
      const text = select.selectedOptions[0]?.text ?? '';
      // The room for text: the box less its padding and the drop-down arrow (at most 24 px).
      const room =
        select.clientWidth -
        Number.parseFloat(style.paddingLeft) -
        Number.parseFloat(style.paddingRight) -
        24;
      const root = document.documentElement;
      return {
        text,
        width: context?.measureText(text).width ?? Infinity,
        room,
        overflow: root.scrollWidth > root.clientWidth,
      };
    });
    expect(picker.text).toBe('ภาคีใหม่: โรงเรียนบ้านดอนแก้ว');
    expect(picker.width).toBeLessThanOrEqual(picker.room);
    expect(picker.overflow).toBe(false);
    expect(await capture.getByTestId('partner-chosen').textContent()).toBe(
      'โรงเรียนบ้านดอนแก้ว (ภาคีใหม่ที่บันทึกในแท็บภาคีเครือข่าย)',
    );
    await capture.screenshot({ path: '/tmp/capture-picker-360.png', fullPage: true });
    expect(await capture.getByTestId('field-contact-name').inputValue()).toBe('นายวิชัย รุ่งเรือง');
    // Both people the page lists are ticked: one save queues both contacts.
    expect(await capture.getByTestId('person').count()).toBe(2);
    await capture.getByTestId('save').click();
    await capture.getByTestId('tab-activity').click();
    await capture.getByTestId('field-activity-title').fill('ประชุมวางแผนร่วมกับโรงเรียนบ้านดอนแก้ว');
    // Typed as a Thai office writes it; the form shows the day it understood.
    await capture.getByTestId('field-activity-date').fill('15/06/2568');
    expect(await capture.getByTestId('understood-activity-date').textContent()).toContain('15 มิถุนายน 2568');
    await capture.getByTestId('save').click();
    await expect
      .poll(() => capture.getByTestId('outbox-count').textContent(), { timeout: 15_000 })
      .toMatch(/รอส่ง 3 รายการ/);
    const alarm = await worker.evaluate(() => chrome.alarms.get('outbox-retry'));
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('3');

    // It comes back on the same address; the retry delivers each capture exactly once.
    host = await startRegisterHost(registerDir, port);
    // Nobody presses anything: the retry alarm (first retry ~30 s after the failure) sends them.
    const after = await until(
      async () => {
        const tables = await registerTables(registerDir);
        return tables.contacts.length >= 2 && tables.activities.length > 0 && tables;
      },
      'the contact and activity rows',
      75_000,
    );
    // A person's "send now" afterwards resends nothing: the outbox is empty, and retries would be duplicates anyway.
    await capture.evaluate(() => chrome.runtime.sendMessage({ type: 'flush' }));
    const final = await registerTables(registerDir);
    expect(final.partners).toHaveLength(1);
    expect(final.contacts).toHaveLength(2);
    expect(final.activities).toHaveLength(1);
    // The people ticked travel as captures of one batch; which row each lands on is not the point.
    expect(after.contacts.map((contact) => contact.name)).toContain('นายวิชัย รุ่งเรือง');
    expect(final.contacts.map((contact) => contact.partner_id)).toEqual(['P-0001', 'P-0001']);
    expect(final.activities[0]).toMatchObject({ partner_ids: 'P-0001', date: '2025-06-15' });
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    const left = await worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    expect(left.filter((key) => key.startsWith('outbox:'))).toEqual([]);

    // The same page again: the form warns before saving that the school is already in the register.
    const again = await openCapturePage(await tabIdOf(pageUrl));
    const warning = again.getByTestId('duplicate-warning');
    await expect.poll(() => warning.textContent(), { timeout: 15_000 }).toContain('โรงเรียนบ้านดอนแก้ว');
    // Named, never by its register id.
    expect(await warning.textContent()).not.toMatch(/\b[A-Z]{1,3}-\d{3,}\b/);
    // The match is preselected for contacts, activities and notes; one click makes a new partner instead.
    await again.getByTestId('tab-activity').click();
    expect(await again.getByTestId('partner-picker').inputValue()).toBe('P-0001');
    expect(await again.getByTestId('partner-chosen').textContent()).toBe('โรงเรียนบ้านดอนแก้ว');
    expect(await again.getByTestId('partner-picker').textContent()).not.toMatch(/\b[A-Z]{1,3}-\d{3,}\b/);
    await again.getByTestId('save-as-new').click();
    expect(await again.getByTestId('partner-picker').inputValue()).toBe('new');
    // An activity without its date is refused before it is queued, saying what is missing.
    await again.getByTestId('field-activity-title').fill('ประชุม');
    await again.getByTestId('save').click();
    expect(await again.getByTestId('form-problems').textContent()).toContain('วันที่');
    expect(await again.getByTestId('status').textContent()).toBe('');
    await again.screenshot({ path: '/tmp/capture-duplicate.png' });
  }, 180_000);

  it('opens the form from the shortcut in a small window over the page, filled from that page', async () => {
    // A page of its own, so no capture page of the test above is taken for this one.
    const pageUrl = `${pages.origin}/${SHORTCUT_PAGE}`;
    const site = await context.newPage();
    await site.goto(pageUrl);
    const tabId = await tabIdOf(pageUrl);
    const formUrl = `chrome-extension://${extensionId}/capture.html?tab=${tabId}`;
    // The e2e build's stand-in for the keypress: the background's own shortcut handler (no test can press a key).
    await worker.evaluate(
      (id) =>
        (
          globalThis as unknown as { pressCaptureShortcut(tab: { id: number }): Promise<void> }
        ).pressCaptureShortcut({
          id,
        }),
      tabId,
    );
    const capture = await until(
      async () => context.pages().find((page) => page.url() === formUrl),
      'the capture form',
    );
    const windows = await worker.evaluate(async () =>
      (await chrome.windows.getAll({ populate: true })).map((w) => ({
        type: w.type,
        urls: (w.tabs ?? []).map((t) => t.url ?? ''),
      })),
    );
    // The form's own small window; the page stays in its window behind it.
    expect(windows.filter((w) => w.urls.includes(formUrl)).map((w) => w.type)).toEqual(['popup']);
    expect(windows.filter((w) => w.urls.includes(pageUrl)).map((w) => w.type)).toEqual(['normal']);
    const name = capture.getByTestId('field-partner-name');
    await expect.poll(() => name.inputValue(), { timeout: 15_000 }).toBe('โรงเรียนบ้านดอนแก้ว');
    expect(await capture.getByTestId('field-partner-phone').inputValue()).toBe('053-121-555');
    // The window's title bar says what it is, in the person's language (Thai unless they chose English).
    expect(await capture.title()).toBe('บันทึกข้อมูลจากหน้านี้ — ทะเบียนเครือข่าย');
    await capture.close();
    await site.close();
  }, 60_000);
});
