import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../extension/platform/background';
import { saveSettings } from '../../extension/platform/settingsStorage';

type Clicked = (info: Record<string, unknown>, tab?: { id?: number }) => Promise<void>;
let menus: { id: string; title: string; contexts: string[] }[];
let clicked: Clicked | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  menus = [];
  clicked = undefined;
  // The fake browser has no context menus: record what the background asks for.
  const contextMenus = fakeBrowser.contextMenus as unknown as Record<string, unknown>;
  contextMenus.removeAll = vi.fn(async () => {});
  contextMenus.create = vi.fn((menu) => {
    menus.push(menu);
  });
  contextMenus.onClicked = { addListener: (listener: Clicked) => (clicked = listener) };
});

describe('the background', () => {
  it('offers "add as partner / contact / note" on selections and links, in the chosen language', async () => {
    await saveSettings({ language: 'th' });
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(menus.map((m) => m.title)).toEqual(['เพิ่มเป็นภาคีเครือข่าย', 'เพิ่มเป็นผู้ติดต่อ', 'เพิ่มเป็นบันทึกย่อ']);
    expect(menus.every((m) => m.contexts.join() === 'selection,link')).toBe(true);
  });

  it('opens the capture page for the clicked tab with the selection, keeping nothing in storage', async () => {
    startBackground();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bandong.ac.th/' });
    await clicked!({ menuItemId: 'capture-note', selectionText: 'ประชุมทุกวันศุกร์' }, tab);
    const opened = (await fakeBrowser.tabs.query({})).map((t) => t.url ?? '');
    const page = opened.find((url) => url.includes('/popup.html'))!;
    const params = new URL(page).searchParams;
    expect(params.get('kind')).toBe('note');
    expect(params.get('tab')).toBe(String(tab.id));
    expect(params.get('text')).toBe('ประชุมทุกวันศุกร์');
    const stored = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(stored.filter((key) => key.startsWith('outbox:'))).toEqual([]);
  });
});
