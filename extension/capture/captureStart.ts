import type { PageProposal } from '../../shared/extract/proposal';
import type { CaptureTab } from '../platform/pageExtraction';
import type { ExtensionSettings } from '../platform/settingsStorage';
import type { CaptureFormState } from './captureForm';
import { takePageRead } from './pageRead';
import { loadMicroformatReader, loadProposer, proposeGathered } from './proposeGathered';

/** What the capture form starts from: the settings, the tab it is about, what that page proposes, and the form filled from it. */
export interface CaptureStart {
  settings: ExtensionSettings;
  tab: CaptureTab | null;
  /** Null when there is no tab or the page could not be read. */
  proposal: PageProposal | null;
  /** The page could not be read (a browser page, a store page, a closed tab). */
  unreadable: boolean;
  form: CaptureFormState;
}

const started = new Map<string, Promise<CaptureStart>>();

/**
 * Takes over the read the capture page's first script started (or starts it) and loads the
 * proposing code beside it. The capture page calls it as its script loads, before the first
 * render (whose effects run only after a paint); the form then takes the same promise, so the
 * page is read once.
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
  const reading = takePageRead(search);
  // The proposing code and the form's filler load while the content script gathers the page.
  const proposer = loadProposer();
  const filler = import('./formFromProposal');
  // Started as soon as the page is known to have microformat markup; proposeGathered's import takes the same module.
  void reading.microformats.then((has) => (has ? loadMicroformatReader() : undefined)).catch(() => undefined);
  let proposal: PageProposal | null = null;
  let unreadable = false;
  try {
    const page = await reading.page;
    if (page) proposal = await proposeGathered(page, proposer);
  } catch {
    unreadable = true;
  }
  performance.mark('capture:extracted');
  const [settings, tab, { formFromProposal }] = await Promise.all([reading.settings, reading.tab, filler]);
  const params = new URLSearchParams(search);
  const form = formFromProposal(proposal, tab?.url ?? '', {
    kind: params.get('kind') ?? undefined,
    text: params.get('text') ?? undefined,
    link: params.get('link') ?? undefined,
  });
  return { settings, tab, proposal, unreadable, form };
}
