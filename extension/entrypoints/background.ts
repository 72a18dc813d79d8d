import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../platform/background';
import { openCaptureWindow } from '../platform/captureWindow';

export default defineBackground(() => {
  startBackground();
  // No test can press a keyboard shortcut or click the toolbar button: the e2e build lets browser
  // tests and the bench call what both run.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { pressCaptureShortcut: openCaptureWindow });
});
