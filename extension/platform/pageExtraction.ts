import { browser } from 'wxt/browser';
import type { PageProposal } from '../../shared/extract/proposal';

/** The content script: extraction without the microformat parser (entrypoints/content.ts). */
export const CONTENT_SCRIPT = '/content-scripts/content.js' as const;
/** The whole extraction, parser included (entrypoints/microformats.content.ts), for pages with h-card/h-event markup. */
export const MICROFORMATS_SCRIPT = '/content-scripts/microformats.js' as const;

/**
 * Runs the content script in a tab (activeTab or the host permission allows it) and returns
 * what the page proposes; the script's main() returns the proposal as its result. A page with
 * microformat markup is read again by the script that carries the parser.
 */
export async function extractFromTab(tabId: number): Promise<PageProposal | null> {
  const first = await inject(tabId, CONTENT_SCRIPT);
  const result = first && 'needsMicroformats' in first ? await inject(tabId, MICROFORMATS_SCRIPT) : first;
  return (result as PageProposal | undefined) ?? null;
}

async function inject(
  tabId: number,
  file: typeof CONTENT_SCRIPT | typeof MICROFORMATS_SCRIPT,
): Promise<object | undefined> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  const result: unknown = injection?.result;
  return typeof result === 'object' && result !== null ? result : undefined;
}

/** The tab a capture page is about: `?tab=<id>` when opened as a page, else the active tab (the popup). */
export async function captureTab(search: string): Promise<{ id: number; url: string; title: string } | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  const tab =
    Number.isInteger(requested) && requested > 0
      ? await browser.tabs.get(requested)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' } : null;
}
