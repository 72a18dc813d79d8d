import { browser } from 'wxt/browser';
import type { PageProposal } from '../../shared/extract/proposal';

/**
 * Runs the content script in a tab (activeTab or the host permission allows it) and returns
 * what the page proposes; the script's main() returns the proposal as its result.
 */
export async function extractFromTab(tabId: number): Promise<PageProposal | null> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/content.js'],
  });
  return (injection?.result as PageProposal | undefined) ?? null;
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
