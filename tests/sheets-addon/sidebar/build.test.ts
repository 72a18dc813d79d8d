import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSidebarHtml } from '../../../sheets-addon/sidebar/build';
import { SIDEBAR_MESSAGES } from '../../../sheets-addon/sidebar/messages';

const SIDEBAR = join(import.meta.dirname, '../../../sheets-addon/sidebar');
/** Budget for the whole sidebar page, gzipped (HtmlService serves it on every sidebar open). */
const GZIP_BUDGET_BYTES = 60 * 1024;

let html = '';
beforeAll(async () => {
  html = await buildSidebarHtml();
}, 30_000);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the sidebar build', () => {
  it('is one HTML file: the script and styles inline, nothing fetched from elsewhere', () => {
    const { document } = parseHTML(html);
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts).toHaveLength(1);
    expect(scripts[0].getAttribute('src')).toBeNull();
    expect(scripts[0].textContent?.length).toBeGreaterThan(1000);
    expect(document.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
    expect(document.querySelector('style')?.textContent).toContain('Sarabun');
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/);
    expect(document.getElementById('app')).not.toBeNull();
  });

  it('never ends its inline script early', () => {
    const body = html.slice(html.indexOf('<script>') + '<script>'.length, html.lastIndexOf('</script>'));
    expect(body).not.toMatch(/<\/script/i);
  });

  it(`stays within ${GZIP_BUDGET_BYTES} bytes gzipped`, () => {
    const size = gzipSync(html).length;
    console.info(`sidebar: ${html.length} bytes, ${size} bytes gzipped`);
    expect(size).toBeLessThan(GZIP_BUDGET_BYTES);
  });

  it('renders nothing from data as HTML', () => {
    for (const file of sourceFiles(SIDEBAR)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
    }
  });

  it('has every catalogue text in Thai and in English', () => {
    for (const [key, text] of Object.entries(SIDEBAR_MESSAGES)) {
      expect(text.th.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });
});
