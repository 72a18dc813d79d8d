import { defineContentScript } from 'wxt/utils/define-content-script';
import { gatherPage } from '../../shared/extract/rawPage';
import { packPage } from '../platform/packedPage';

// Injected only when the person asks for a capture (scripting.executeScript with activeTab),
// never on page load; main()'s return value is the injection's result. No `matches`: WXT would
// turn them into install-time host permissions. It only gathers the page (one walk, bounded by
// WORK_LIMITS) and packs it: normalising, the microformat parser and matching run in the capture page.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const started = performance.now();
    const page = gatherPage(document, location.href, window.getSelection()?.toString() ?? '');
    const gathered = performance.now();
    const packed = packPage(page);
    return { packed, gatherMs: gathered - started, packMs: performance.now() - gathered };
  },
});
