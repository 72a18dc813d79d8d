import type { RawPage } from '../../shared/extract/rawPage';
import {
  type CaptureTab,
  captureTab,
  gatherFromTab,
  requestedTabId,
  tabHasMicroformats,
} from '../platform/pageExtraction';
import { type ExtensionSettings, readSettings } from '../platform/settingsStorage';

/** What the capture page reads from the browser, each part under way at once. */
export interface PageRead {
  /** The capture page's query string the read was started for. */
  search: string;
  settings: Promise<ExtensionSettings>;
  /** Null when the address names no tab, or the tab is gone (closed). */
  tab: Promise<CaptureTab | null>;
  /** What the content script gathered; rejects when the page cannot be read (a browser page, a store page, a closed tab). */
  page: Promise<RawPage | null>;
  /** Whether the page has microformat markup, known before it is gathered: the reader's code can load meanwhile. */
  microformats: Promise<boolean>;
}

/** Where the capture page's first script leaves its read for the form's code (entrypoints/captureEarly.ts). */
const HANDED_OVER = '__networkRegisterPageRead';

type WithRead = typeof globalThis & { [HANDED_OVER]?: PageRead };

/**
 * Starts reading the settings, the tab and the page at once: the content script is injected
 * into the `?tab=<id>` tab straight away, without waiting for the tab's url and title.
 */
export function readPage(search: string): PageRead {
  // Marks for bench/extension.bench.ts: where the time from opening to a filled form goes.
  performance.mark('capture:read');
  const settings = readSettings();
  const requested = requestedTabId(search);
  const tab = captureTab(requested)
    .catch(() => null)
    .then((found) => {
      performance.mark('capture:tab');
      return found;
    });
  const page = (requested !== undefined ? gatherFromTab(requested) : Promise.resolve(null)).then(
    (gathered) => {
      performance.mark('capture:gathered');
      return gathered;
    },
  );
  // The form takes the outcome later; until then a page that cannot be read is no unhandled rejection.
  page.catch(() => undefined);
  const microformats = requested !== undefined ? tabHasMicroformats(requested) : Promise.resolve(false);
  return { search, settings, tab, page, microformats };
}

/** Run by the capture page's first script, before the form's code has loaded: the read starts while it loads. */
export function startPageReadEarly(search: string): void {
  (globalThis as WithRead)[HANDED_OVER] = readPage(search);
}

/** The read the first script started for this page, or a new one when it did not run (or ran for another page). */
export function takePageRead(search: string): PageRead {
  const early = (globalThis as WithRead)[HANDED_OVER];
  delete (globalThis as WithRead)[HANDED_OVER];
  return early?.search === search ? early : readPage(search);
}
