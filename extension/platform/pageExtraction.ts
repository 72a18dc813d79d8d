import { browser } from 'wxt/browser';
import type { RawPage } from '../../shared/extract/rawPage';
import { unpackPage } from './packedPage';

/** The content script: gathers the page, nothing more (entrypoints/content.ts). */
export const CONTENT_SCRIPT = '/content-scripts/content.js' as const;

/**
 * Runs the content script in a tab (activeTab or the host permission allows it) and returns
 * what it gathered from the page; the script's main() returns it packed (packPage) as its result.
 */
export async function gatherFromTab(tabId: number): Promise<RawPage | null> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  const packed = (injection?.result as { packed?: unknown } | undefined)?.packed;
  return typeof packed === 'string' ? unpackPage(packed) : null;
}

/** The tab id a capture page opened as a page names (`?tab=<id>`); undefined for the popup. */
export function requestedTabId(search: string): number | undefined {
  const requested = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(requested) && requested > 0 ? requested : undefined;
}

/** The tab a capture page is about: `?tab=<id>` when opened as a page, else the active tab (the popup). */
export async function captureTab(search: string): Promise<{ id: number; url: string; title: string } | null> {
  const requested = requestedTabId(search);
  const tab =
    requested !== undefined
      ? await browser.tabs.get(requested)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' } : null;
}
