import { browser } from 'wxt/browser';
import type { PairingDetails } from '../../shared/capture/pairing';
import type { IndexReply } from '../../shared/capture/protocol';
import type { Language } from '../../shared/i18n/language';

/** What the extension remembers besides the outbox. */
export interface ExtensionSettings {
  pairing: PairingDetails | null;
  language: Language;
  /** The paired register's name as it last answered a ping, when it gave one. */
  registerName?: string;
}

const SETTINGS_KEY = 'settings';
const INDEX_KEY = 'partnerIndex';

export async function readSettings(): Promise<ExtensionSettings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as
    | Partial<ExtensionSettings>
    | undefined;
  // The browser's language decides until the person chooses (navigator exists in pages and workers alike).
  const uiLanguage = globalThis.navigator?.language ?? 'th';
  return {
    pairing: stored?.pairing ?? null,
    language: stored?.language ?? (uiLanguage.startsWith('en') ? 'en' : 'th'),
    ...(stored?.registerName ? { registerName: stored.registerName } : {}),
  };
}

export async function saveSettings(change: Partial<ExtensionSettings>): Promise<ExtensionSettings> {
  const next = { ...(await readSettings()), ...change };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** The last partner index received, with when it was fetched. */
export interface CachedIndex {
  fetchedAt: number;
  endpoint: string;
  reply: IndexReply;
}

export async function readCachedIndex(): Promise<CachedIndex | null> {
  return ((await browser.storage.local.get(INDEX_KEY))[INDEX_KEY] as CachedIndex | undefined) ?? null;
}

export async function saveCachedIndex(index: CachedIndex | null): Promise<void> {
  if (index) await browser.storage.local.set({ [INDEX_KEY]: index });
  else await browser.storage.local.remove(INDEX_KEY);
}
