import { signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../../shared/i18n/language';
import type { Reason } from '../../shared/i18n/reason';
import type { DataTabKey } from '../../shared/schema/tabs';
import { type MessageKey, message } from './messages';
import { type ServerClient, ServerError } from './serverClient';

/** The sidebar's views; the Apps Script menu opens the sidebar at one of these. */
export type ViewName = 'home' | 'add' | 'search' | 'import' | 'export' | 'settings' | 'connect' | 'repair';

export const VIEW_NAMES: readonly ViewName[] = [
  'home',
  'add',
  'search',
  'import',
  'export',
  'settings',
  'connect',
  'repair',
];

/** A record to open: its tab and id. */
export interface OpenRecord {
  tab: DataTabKey;
  id: string;
}

/** The sidebar's shared state: the server client, language, current view, and the last failure. */
export function createSidebarStore(
  client: ServerClient,
  options: { view?: ViewName; language?: Language } = {},
) {
  const language = signal<Language>(options.language ?? 'th');
  /** The register's own language (its headers and choices), which the reader's language may differ from. */
  const registerLanguage = signal<Language | null>(null);
  const view = signal<ViewName>(options.view ?? 'home');
  const failure = signal<Reason | null>(null);
  const busy = signal(false);
  /** Bumped after every change to the register, so views that show it read it again. */
  const registerVersion = signal(0);
  /** The record open for editing (from a search result or a row of the local tab view), over the current view. */
  const openRecord = signal<OpenRecord | null>(null);

  return {
    client,
    language,
    registerLanguage,
    view,
    failure,
    busy,
    registerVersion,
    openRecord,
    t: (key: MessageKey, params?: Record<string, string | number>) => message(language.value, key, params),
    changed() {
      registerVersion.value++;
    },
    /** Runs a server call, showing progress and any refusal in the reader's language. */
    async run<T>(call: (server: ServerClient) => Promise<T>): Promise<T | undefined> {
      busy.value = true;
      failure.value = null;
      try {
        return await call(client);
      } catch (error) {
        failure.value =
          error instanceof ServerError
            ? error.reason
            : { code: 'client.error', message: { th: String(error), en: String(error) } };
        return undefined;
      } finally {
        busy.value = false;
      }
    },
  };
}

export type SidebarStore = ReturnType<typeof createSidebarStore>;

export const SidebarContext = createContext<SidebarStore | null>(null);

/** The store of the sidebar this component is in. */
export function useSidebar(): SidebarStore {
  const store = useContext(SidebarContext);
  if (!store) throw new Error('useSidebar outside <SidebarContext.Provider>');
  return store;
}
