import { browser } from 'wxt/browser';
import { MICROFORMAT_ROOT_SELECTOR } from '../../shared/extract/microformatRoots';
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

/**
 * Whether the tab's page has microformat markup, asked beside the gathering (a one-line
 * injection that answers before the page is gathered) so the microformat reader loads
 * meanwhile. Only a hint: false when it cannot tell, and the gathered page decides.
 */
export async function tabHasMicroformats(tabId: number): Promise<boolean> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: (selector: string) => document.querySelector(selector) !== null,
      args: [MICROFORMAT_ROOT_SELECTOR],
    });
    return injection?.result === true;
  } catch {
    return false;
  }
}

/**
 * The capture page's address for a tab and what was asked (`?tab=<id>&kind=…&text=…&link=…`), as
 * the capture window opens it; the page reads it back (requestedTabId, CaptureApp).
 */
export function capturePageUrl(params: Record<string, string>): string {
  // Typed loosely: the generated PublicPath types exist only where .wxt/ is in the project.
  const page = (browser.runtime as unknown as { getURL(path: string): string }).getURL('/capture.html');
  return `${page}?${new URLSearchParams(params)}`;
}

/** The tab id a capture page's address names (`?tab=<id>`); undefined when it names none. */
export function requestedTabId(search: string): number | undefined {
  const requested = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(requested) && requested > 0 ? requested : undefined;
}

/** The tab a capture is about, as the form shows it. */
export type CaptureTab = { id: number; url: string; title: string };

/**
 * The tab a capture page is about, by the id its address names (`?tab=<id>`, see
 * requestedTabId), or null when it names none or the tab is gone.
 */
export async function captureTab(requested: number | undefined): Promise<CaptureTab | null> {
  if (requested === undefined) return null;
  const tab = await browser.tabs.get(requested);
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' } : null;
}
