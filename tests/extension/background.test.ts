import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../extension/platform/background';
import { CAPTURE_COMMAND } from '../../extension/platform/captureCommand';
import { saveSettings } from '../../extension/platform/settingsStorage';

type Clicked = (info: Record<string, unknown>, tab?: { id?: number }) => Promise<void>;
type Command = (command: string, tab?: { id?: number; windowId?: number }) => void;
let menus: { id: string; title: string; contexts: string[] }[];
let clicked: Clicked | undefined;
let pressed: Command | undefined;

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
  // Nor keyboard commands: keep the listener, as Chrome would call it on the keypress.
  pressed = undefined;
  (fakeBrowser.commands as unknown as Record<string, unknown>).onCommand = {
    addListener: (listener: Command) => (pressed = listener),
  };
});

// Each test spies on windows.create afresh.
afterEach(() => {
  vi.restoreAllMocks();
});

describe('the background', () => {
  it('offers "add as partner / contact / note" on selections and links, in the chosen language', async () => {
    await saveSettings({ language: 'th' });
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(menus.map((m) => m.title)).toEqual(['เพิ่มเป็นภาคีเครือข่าย', 'เพิ่มเป็นผู้ติดต่อ', 'เพิ่มเป็นบันทึกย่อ']);
    expect(menus.every((m) => m.contexts.join() === 'selection,link')).toBe(true);
  });

  it('opens the capture window for the clicked tab with the selection, keeping nothing in storage', async () => {
    startBackground();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bandong.ac.th/' });
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    await clicked!({ menuItemId: 'capture-note', selectionText: 'ประชุมทุกวันศุกร์' }, tab);
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0][0]!.type).toBe('popup');
    const page = new URL(created.mock.calls[0][0]!.url as string);
    expect(page.pathname).toBe('/capture.html');
    expect(page.searchParams.get('kind')).toBe('note');
    expect(page.searchParams.get('tab')).toBe(String(tab.id));
    expect(page.searchParams.get('text')).toBe('ประชุมทุกวันศุกร์');
    const stored = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(stored.filter((key) => key.startsWith('outbox:'))).toEqual([]);
  });

  it('opens the same capture window from the toolbar button as from the shortcut: the button has no popup', async () => {
    startBackground();
    const page = await fakeBrowser.windows.create({ left: 0, top: 0, width: 1000, height: 700 });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bandong.ac.th/', windowId: page.id });
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    // As Chrome calls it on a plain click: the tab, and (Firefox) which button and no modifier keys.
    await fakeBrowser.action.onClicked.trigger(tab, { button: 0, modifiers: [] });
    pressed!(CAPTURE_COMMAND, tab);
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(2));
    const [byButton, byShortcut] = created.mock.calls.map((call) => call[0]!);
    expect(byButton).toEqual(byShortcut);
    expect(byButton.type).toBe('popup');
    expect(new URL(byButton.url as string).searchParams.get('tab')).toBe(String(tab.id));
  });

  it('opens the capture page for the page the shortcut was pressed on, in a small window at the top right over it', async () => {
    startBackground();
    const page = await fakeBrowser.windows.create({ left: 100, top: 50, width: 1200, height: 800 });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bandong.ac.th/', windowId: page.id });
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    pressed!(CAPTURE_COMMAND, tab);
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    const opened = created.mock.calls[0][0]!;
    expect(opened.type).toBe('popup');
    const url = new URL(opened.url as string);
    expect(url.pathname).toBe('/capture.html');
    expect(url.searchParams.get('tab')).toBe(String(tab.id));
    // Over the page's window, at its top right, so the page stays in view beside the form.
    expect(opened.left! + opened.width!).toBeLessThanOrEqual(100 + 1200);
    expect(opened.left!).toBeGreaterThan(100 + 1200 / 2);
    expect(opened.top!).toBeGreaterThanOrEqual(50);
  });

  it('takes the active tab when the browser does not say which tab the shortcut was pressed on, and ignores other commands', async () => {
    startBackground();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.bandong.ac.th/' });
    // The fake browser keeps no active tab: answer as Chrome would for the person's window.
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    const created = vi.spyOn(fakeBrowser.windows, 'create');
    pressed!('another-command', tab);
    pressed!(CAPTURE_COMMAND, undefined);
    await vi.waitFor(() => expect(created).toHaveBeenCalledTimes(1));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(new URL(created.mock.calls[0][0]!.url as string).searchParams.get('tab')).toBe(String(tab.id));
  });
});
