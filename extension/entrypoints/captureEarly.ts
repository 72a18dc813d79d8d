import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageReadEarly } from '../capture/pageRead';

// The capture page's first script (capture.html loads it before the form's bundle, as a plain
// script: the extension's CSP allows no inline one). It only starts reading the page, so the
// content script runs while the form's code loads; captureStart.ts takes the read over.
export default defineUnlistedScript(() => startPageReadEarly(location.search));
