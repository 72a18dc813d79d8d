import { defineConfig } from 'wxt';
import { preloadStartChunks } from './extension/build/preloadStartChunks';
import { CAPTURE_COMMAND } from './extension/platform/captureCommand';

// The register's hosts are optional: asked for at pairing, never at install. The e2e build also
// holds the test pages' and local register's hosts, as no test can accept a permission prompt.
const REGISTER_HOSTS = [
  'https://script.google.com/*',
  'https://script.googleusercontent.com/*',
  'http://127.0.0.1/*',
];

/** What the toolbar button and the shortcut do, as Chrome shows it in both languages (the manifest has no other). */
const CAPTURE_THIS_PAGE = 'Capture this page / บันทึกข้อมูลจากหน้านี้';

export default defineConfig({
  srcDir: 'extension',
  imports: false,
  // MV3 in Firefox too: it keeps optional_host_permissions, scripting and the shortcut's command.
  manifestVersion: 3,
  suppressWarnings: { firefoxDataCollection: true },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // captureStart.ts imports these as the capture page starts: fetched while its first script reads the tab.
    plugins: [
      preloadStartChunks('entrypoints/capture/index.html', [
        'shared/extract/proposePage.ts',
        'extension/capture/formFromProposal.ts',
      ]),
    ],
  }),
  manifest: ({ mode }) => ({
    name: 'Network Register capture',
    permissions: ['activeTab', 'storage', 'contextMenus', 'alarms', 'scripting'],
    optional_host_permissions: REGISTER_HOSTS,
    ...(mode === 'e2e' ? { host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'] } : {}),
    // The toolbar button has no popup: the background opens the capture page in a window over the page
    // for the button, the shortcut and the context menu alike (platform/captureWindow.ts).
    action: { default_title: CAPTURE_THIS_PAGE },
    commands: {
      [CAPTURE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: CAPTURE_THIS_PAGE,
      },
    },
    browser_specific_settings: { gecko: { id: 'capture@network-register.example' } },
  }),
});
