import { FailureNotice } from './components/FailureNotice';
import { RecordView } from './editing/RecordView';
import type { MessageKey } from './messages';
import { useSidebar, VIEW_NAMES, type ViewName } from './sidebarStore';
import { AddView } from './views/AddView';
import { ConnectView } from './views/ConnectView';
import { ExportView } from './views/ExportView';
import { HomeView } from './views/HomeView';
import { ImportView } from './views/ImportView';
import { RepairView } from './views/RepairView';
import { SearchView } from './views/SearchView';
import { SettingsView } from './views/SettingsView';

export type SidebarProps = Record<string, never>;

const NAV_LABEL: Record<ViewName, MessageKey> = {
  home: 'navHome',
  add: 'navAdd',
  search: 'navSearch',
  import: 'navImport',
  export: 'navExport',
  settings: 'navSettings',
  connect: 'navConnect',
  repair: 'navRepair',
};

/** The sidebar: a title bar with the language switch, a menu of views, and the current view. */
export function Sidebar(_props: SidebarProps) {
  const store = useSidebar();
  const { language, view, t } = store;
  const other = language.value === 'th' ? 'en' : 'th';
  return (
    <div class="sidebar" lang={language.value} data-testid="sidebar">
      <header class="sidebar-header">
        <h1>{t('appTitle')}</h1>
        <button
          type="button"
          class="link"
          lang={other}
          aria-label={t('languageSwitchLabel')}
          data-testid="language-switch"
          onClick={() => (language.value = other)}
        >
          {t('languageSwitch')}
        </button>
      </header>
      <nav aria-label={t('navLabel')} class="sidebar-nav">
        {VIEW_NAMES.map((name) => (
          <button
            type="button"
            key={name}
            class={view.value === name ? 'nav-item current' : 'nav-item'}
            aria-current={view.value === name ? 'page' : undefined}
            data-testid={`nav-${name}`}
            onClick={() => {
              store.failure.value = null;
              store.openRecord.value = null;
              view.value = name;
            }}
          >
            {t(NAV_LABEL[name])}
          </button>
        ))}
      </nav>
      <main class="sidebar-view" aria-busy={store.busy.value}>
        <FailureNotice />
        {store.openRecord.value && (
          <RecordView
            key={`${store.openRecord.value.tab}-${store.openRecord.value.id}`}
            open={store.openRecord.value}
          />
        )}
        {!store.openRecord.value && view.value === 'home' && (
          <HomeView onSetUp={() => (view.value = 'repair')} />
        )}
        {!store.openRecord.value && view.value === 'add' && <AddView />}
        {!store.openRecord.value && view.value === 'search' && <SearchView />}
        {!store.openRecord.value && view.value === 'import' && <ImportView />}
        {!store.openRecord.value && view.value === 'export' && <ExportView />}
        {!store.openRecord.value && view.value === 'settings' && <SettingsView />}
        {!store.openRecord.value && view.value === 'connect' && <ConnectView />}
        {!store.openRecord.value && view.value === 'repair' && <RepairView />}
      </main>
    </div>
  );
}
