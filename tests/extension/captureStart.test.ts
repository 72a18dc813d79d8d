import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCapture } from '../../extension/capture/captureStart';
import { startPageReadEarly, takePageRead } from '../../extension/capture/pageRead';
import { packPage } from '../../extension/platform/packedPage';
import { saveSettings } from '../../extension/platform/settingsStorage';
import { gatherPage } from '../../shared/extract/rawPage';
import { bodyOf } from '../shared/extract/pageOf';

const SCHOOL = `<h1>โรงเรียนบ้านดอนแก้ว</h1><p>โทร 053-121-555 อีเมล bandonkaew@obec.go.th</p>`;

let injected: number[];
let asked: number[];

interface Injection {
  target: { tabId: number };
  func?: (selector: string) => boolean;
  args?: [string];
}

/**
 * The fake browser has no scripting API: the content script gathers `html` as it would in the
 * tab, a function runs against that page, or both fail as Chrome does on a page it may not read.
 */
function injectionsGather(html: string | Error) {
  injected = [];
  asked = [];
  (fakeBrowser as unknown as Record<string, unknown>).scripting = {
    executeScript: vi.fn(async ({ target, func, args }: Injection) => {
      if (func) {
        asked.push(target.tabId);
        if (html instanceof Error) throw html;
        return [{ result: bodyOf(html).querySelector(args![0]) !== null }];
      }
      injected.push(target.tabId);
      if (html instanceof Error) throw html;
      const tab = await fakeBrowser.tabs.get(target.tabId);
      return [{ result: { packed: await packPage(gatherPage(bodyOf(html), tab.url ?? '')) } }];
    }),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  performance.clearMarks();
});

describe('the capture page’s first script', () => {
  it('injects the content script at once for ?tab=, before the tab’s details arrive', async () => {
    injectionsGather(SCHOOL);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bandonkaew.ac.th/' });
    startPageReadEarly(`?tab=${tab.id}`);
    // Nothing awaited yet: the injection was asked for in the same turn as the tab lookup.
    expect(injected).toEqual([tab.id]);
    expect(asked).toEqual([tab.id]);
    await takePageRead(`?tab=${tab.id}`).page;
  });

  it('knows before the page is gathered whether it has microformat markup, and says no when it cannot tell', async () => {
    injectionsGather('<div class="h-card"><span class="p-name">โรงเรียนบ้านดอนแก้ว</span></div>');
    const card = await fakeBrowser.tabs.create({ url: 'https://www.bandonkaew.ac.th/' });
    expect(await takePageRead(`?tab=${card.id}`).microformats).toBe(true);
    injectionsGather(SCHOOL);
    const plain = await fakeBrowser.tabs.create({ url: 'https://www.bandonkaew.ac.th/about' });
    expect(await takePageRead(`?tab=${plain.id}`).microformats).toBe(false);
    injectionsGather(new Error('Cannot access a chrome:// URL'));
    const settings = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    expect(await takePageRead(`?tab=${settings.id}`).microformats).toBe(false);
  });

  it('hands its read to the form’s code, so the page is read once', async () => {
    injectionsGather(SCHOOL);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bandonkaew.ac.th/' });
    startPageReadEarly(`?tab=${tab.id}&kind=contact`);
    const start = await startCapture(`?tab=${tab.id}&kind=contact`);
    expect(injected).toEqual([tab.id]);
    expect(start.unreadable).toBe(false);
    expect(start.form.tab).toBe('contact');
    expect(start.form.fields.partner.name.value).toBe('โรงเรียนบ้านดอนแก้ว');
    expect(start.form.fields.partner.phone.value).toBe('053-121-555');
    expect(performance.getEntriesByName('capture:read')).toHaveLength(1);
  });
});

describe('the capture form', () => {
  it('reads the page itself when the first script did not run', async () => {
    injectionsGather(SCHOOL);
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bandonkaew.ac.th/' });
    const start = await startCapture(`?tab=${tab.id}`);
    expect(injected).toEqual([tab.id]);
    expect(start.form.fields.partner.email.value).toBe('bandonkaew@obec.go.th');
  });

  it('does not take a read started for another tab', async () => {
    injectionsGather(SCHOOL);
    const other = await fakeBrowser.tabs.create({ url: 'https://www.example.org/' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bandonkaew.ac.th/' });
    startPageReadEarly(`?tab=${other.id}`);
    expect(takePageRead(`?tab=${tab.id}`).search).toBe(`?tab=${tab.id}`);
    expect(injected).toEqual([other.id, tab.id]);
  });

  it('fills from the request alone, in the chosen language, when the page cannot be read', async () => {
    injectionsGather(new Error('Cannot access contents of url "chrome://settings/"'));
    await saveSettings({ language: 'en' });
    const tab = await fakeBrowser.tabs.create({ url: 'chrome://settings/' });
    startPageReadEarly(`?tab=${tab.id}&kind=note&text=ประชุม`);
    const start = await startCapture(`?tab=${tab.id}&kind=note&text=ประชุม`);
    expect(start.unreadable).toBe(true);
    expect(start.settings.language).toBe('en');
    expect(start.form.tab).toBe('note');
    expect(start.form.fields.note.notes.value).toBe('ประชุม');
    expect(start.form.fields.partner.name.value).toBe('');
  });

  it('fills an empty form, saying the page could not be read, when the tab has closed', async () => {
    injectionsGather(new Error('No tab with id: 999.'));
    startPageReadEarly('?tab=999');
    const start = await startCapture('?tab=999');
    expect(start.unreadable).toBe(true);
    expect(start.tab).toBeNull();
    expect(start.form.fields.partner.name.value).toBe('');
  });
});
