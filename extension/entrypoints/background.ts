import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../platform/background';
import { captureByShortcut } from '../platform/shortcutCapture';

export default defineBackground(() => {
  startBackground();
  // No test can press a keyboard shortcut: the e2e build lets browser tests and the bench call what it runs.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { pressCaptureShortcut: captureByShortcut });
});
