import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../../shared/extract/extractPage';

// Injected only when the person asks for a capture (scripting.executeScript with activeTab),
// never on page load; main()'s return value is the injection's result. No `matches`: WXT would
// turn them into install-time host permissions.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const selection = window.getSelection()?.toString() ?? '';
    const started = performance.now();
    const proposal = extractPage(document, location.href, { selection });
    return { ...proposal, extractMs: performance.now() - started };
  },
});
