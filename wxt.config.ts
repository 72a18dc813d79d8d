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
      preloadStartChunks('entrypoints/popup/index.html', [
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
    // The shortcut goes through the background (platform/shortcutCapture.ts): it starts reading the page
    // at the keypress and opens the capture page in a window; the toolbar button keeps its popup.
    commands: {
      [CAPTURE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Capture this page / บันทึกข้อมูลจากหน้านี้',
      },
    },
    browser_specific_settings: { gecko: { id: 'capture@network-register.example' } },
  }),
});
