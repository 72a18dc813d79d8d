import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CAPTURE_COMMAND } from '../../extension/platform/captureCommand';
import { buildExtension } from './buildExtension';

const ROOT = join(import.meta.dirname, '../..');
/** The content script injected on every capture, gzipped (issue #14 point 9). */
const CONTENT_SCRIPT_MAX_GZIP = 50 * 1024;

function builtManifest(browser: 'chrome' | 'firefox'): Record<string, unknown> {
  buildExtension(['-b', browser]);
  return JSON.parse(readFileSync(join(ROOT, `.output/${browser}-mv3/manifest.json`), 'utf8'));
}

describe('the production extension asks for little', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: no host at install, the register's hosts only as optional, no content script on page load`, () => {
      const manifest = builtManifest(browser);
      expect(manifest.manifest_version).toBe(3);
      expect([...(manifest.permissions as string[])].sort()).toEqual(
        ['activeTab', 'alarms', 'contextMenus', 'scripting', 'storage'].sort(),
      );
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions).toEqual([
        'https://script.google.com/*',
        'https://script.googleusercontent.com/*',
        'http://127.0.0.1/*',
      ]);
      expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
      expect(manifest.content_scripts ?? []).toEqual([]);
      // The shortcut and the toolbar button go through the background, which opens the capture page
      // in a window (faster than a toolbar popup): the button has a title and no popup.
      expect(manifest.commands).toEqual({
        [CAPTURE_COMMAND]: expect.objectContaining({ suggested_key: { default: 'Alt+Shift+K' } }),
      });
      expect(manifest.action).toEqual({ default_title: 'Capture this page / บันทึกข้อมูลจากหน้านี้' });
      // Injected on every capture: it only gathers the page; normalising and matching stay out of it.
      const script = readFileSync(join(ROOT, `.output/${browser}-mv3/content-scripts/content.js`));
      expect(gzipSync(script).length).toBeLessThanOrEqual(CONTENT_SCRIPT_MAX_GZIP);
      expect(script.toString()).not.toMatch(/libphonenumber|tldts|microformats/i);

      // The capture page starts reading the tab from a plain first script, before its module
      // code, and fetches the proposing code while that read runs (extension/build/preloadStartChunks.ts).
      const capturePage = readFileSync(join(ROOT, `.output/${browser}-mv3/capture.html`), 'utf8');
      const firstScript = capturePage.indexOf('<script src="/captureEarly.js">');
      expect(firstScript).toBeGreaterThan(-1);
      expect(firstScript).toBeLessThan(capturePage.indexOf('<script type="module"'));
      const preloaded = [...capturePage.matchAll(/rel="modulepreload"[^>]*href="\/([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(preloaded.some((file) => /^chunks\/proposePage-/.test(file))).toBe(true);
      for (const file of preloaded) expect(existsSync(join(ROOT, `.output/${browser}-mv3`, file))).toBe(true);
    }, 60_000);
  }
});
