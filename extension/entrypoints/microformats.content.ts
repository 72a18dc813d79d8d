import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../../shared/extract/extractPage';

// The whole extraction, microformat parser included: injected only after content.ts found
// h-card/h-event markup on the page. Like content.ts, registered at runtime, never on page load.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const selection = window.getSelection()?.toString() ?? '';
    const started = performance.now();
    const proposal = extractPage(document, location.href, { selection });
    return { ...proposal, extractMs: performance.now() - started };
  },
});
