// The launcher lives in tests/support/chromium.ts; this path stays for the extension bench, which imports it.
export { chromiumFlags, chromiumPath } from '../support/chromium';
