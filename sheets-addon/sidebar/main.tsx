import { render } from 'preact';
import { isLanguage } from '../../shared/i18n/language';
import { LocalHostPage } from './local/LocalHostPage';
import { Sidebar } from './Sidebar';
import { createServerClient, defaultTransport } from './serverClient';
import { createSidebarStore, SidebarContext, VIEW_NAMES, type ViewName } from './sidebarStore';
import './sidebar.css';

// The Apps Script menu sets the view to open before this script runs (see appsscript/main.ts).
const asked = (window as { NETREG_VIEW?: unknown }).NETREG_VIEW;
const view = VIEW_NAMES.find((name) => name === asked) as ViewName | undefined;
const inSheets = Boolean((globalThis as { google?: { script?: unknown } }).google?.script);
// Thai first; the register's own language replaces it as soon as the server answers.
const store = createSidebarStore(createServerClient(defaultTransport()), { view, language: 'th' });
// Start in the register's own language once the server says which it is.
store.client.getHome().then(
  (home) => {
    if (!isLanguage(home.language)) return;
    store.language.value = home.language;
    store.registerLanguage.value = home.language;
  },
  () => undefined,
);

const root = document.getElementById('app');
if (root) {
  render(
    <SidebarContext.Provider value={store}>
      {inSheets ? <Sidebar /> : <LocalHostPage />}
    </SidebarContext.Provider>,
    root,
  );
}
