import type { PageProposal } from '../../shared/extract/proposal';
import { captureTab, gatherFromTab } from '../platform/pageExtraction';
import { type ExtensionSettings, readSettings } from '../platform/settingsStorage';
import { loadProposer, proposeGathered } from './proposeGathered';

/** What the capture form starts from: the settings, the tab it is about, and what that page proposes. */
export interface CaptureStart {
  settings: ExtensionSettings;
  tab: { id: number; url: string; title: string } | null;
  /** Null when there is no tab or the page could not be read. */
  proposal: PageProposal | null;
  /** The page could not be read (a browser page, a store page, a closed tab). */
  unreadable: boolean;
}

const started = new Map<string, Promise<CaptureStart>>();

/**
 * Reads the settings and the page at once, not one after the other. The capture page calls it
 * as its script loads, before the first render (whose effects run only after a paint); the
 * form then takes the same promise, so the page is read once.
 */
export function startCapture(search: string): Promise<CaptureStart> {
  let start = started.get(search);
  if (!start) {
    // Marks for bench/extension.bench.ts: where the time from opening to a filled form goes.
    performance.mark('capture:start');
    start = read(search);
    started.set(search, start);
  }
  return start;
}

async function read(search: string): Promise<CaptureStart> {
  const settings = readSettings().then((value) => {
    performance.mark('capture:settings');
    return value;
  });
  // The proposing code loads while the content script gathers the page.
  const proposer = loadProposer();
  const tab = await captureTab(search);
  performance.mark('capture:tab');
  let proposal: PageProposal | null = null;
  let unreadable = false;
  try {
    const page = tab ? await gatherFromTab(tab.id) : null;
    performance.mark('capture:gathered');
    if (page) proposal = await proposeGathered(page, proposer);
  } catch {
    unreadable = true;
  }
  performance.mark('capture:extracted');
  return { settings: await settings, tab, proposal, unreadable };
}
