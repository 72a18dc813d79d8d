import { defineContentScript } from 'wxt/utils/define-content-script';
import { proposePage } from '../../shared/extract/proposePage';

// Injected only when the person asks for a capture (scripting.executeScript with activeTab),
// never on page load; main()'s return value is the injection's result. No `matches`: WXT would
// turn them into install-time host permissions. Without the microformat parser (a third of the
// extraction code, parsed on every injection): a page with h-card/h-event markup answers
// `needsMicroformats` and the capture page injects microformats.content.ts instead.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const selection = window.getSelection()?.toString() ?? '';
    const started = performance.now();
    const proposal = proposePage(document, location.href, { selection });
    const extractMs = performance.now() - started;
    return proposal ? { ...proposal, extractMs } : { needsMicroformats: true, extractMs };
  },
});
