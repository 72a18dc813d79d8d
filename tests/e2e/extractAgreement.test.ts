import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeGathered } from '../../extension/capture/proposeGathered';
import { unpackPage } from '../../extension/platform/packedPage';
import { toPlainProposal } from '../../shared/extract/plainProposal';
import type { PageProposal } from '../../shared/extract/proposal';
import { WORK_LIMITS } from '../../shared/extract/workLimits';
import { extractCommand } from '../../sheets-addon/cli/commands/extract';
import { chromiumPath, type LaunchedChromium, launchChromium } from '../support/chromium';
import { buildExtension } from './buildExtension';
import { startPageServer } from './registerHost';

/** The extension API as the functions passed to evaluate() see it inside the browser. */
declare const chrome: typeof import('wxt/browser').browser;

const ROOT = join(import.meta.dirname, '../..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const SLUGS = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

let browser: LaunchedChromium | undefined;
let context: BrowserContext;
let worker: Worker;
let pages: Awaited<ReturnType<typeof startPageServer>>;
/** A saved copy of LONG_PAGE for the CLI. */
let longPageDir: string;

/**
 * A news page longer than the reading budget (WORK_LIMITS), its school's details only in its
 * JSON-LD at the end of the body, its footer and a role=contentinfo part; its text broken by
 * character references, which linkedom splits text nodes at and Chromium does not.
 */
const LONG_PAGE = [
  '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ข่าวโรงเรียน</title></head><body>',
  '<header><nav>หน้าแรก&nbsp;ข่าว &amp; กิจกรรม</nav></header><main>',
  ...Array.from(
    { length: Math.ceil((2 * WORK_LIMITS.characters) / 450) },
    (_, n) =>
      `<article><h2>ข่าวที่&nbsp;${n}</h2><p>${'โรงเรียนจัดกิจกรรม&nbsp;ร่วมกับชุมชน &amp; ภาคีเครือข่าย '.repeat(8)}</p>` +
      `<table><tr><td>นายสมชาย ใจดี</td><td>ครูชำนาญการ</td><td>081-234-${String(1000 + n)}</td></tr></table></article>`,
  ),
  '</main><script type="application/ld+json">{"@context":"https://schema.org","@type":"School","name":"โรงเรียนบ้านทดสอบ","url":"https://www.bantest.ac.th"}</script>',
  '<footer hidden>decoy@spam.example</footer>',
  '<footer>ที่อยู่ 123 หมู่ 5 ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ 50180 โทร 053-121-555</footer>',
  '<div role="contentinfo">อีเมล office@bantest.ac.th</div></body></html>',
].join('');

beforeAll(async () => {
  chromiumPath();
  buildExtension(['--mode', 'e2e']);
  longPageDir = mkdtempSync(join(tmpdir(), 'netreg-long-page-'));
  writeFileSync(join(longPageDir, 'source.html'), LONG_PAGE);
  pages = await startPageServer({
    ...Object.fromEntries(
      SLUGS.map((slug) => [slug, readFileSync(join(PAGES, slug, 'source.html'), 'utf8')]),
    ),
    'long-page': LONG_PAGE,
  });
  browser = await launchChromium({ extensionDir: join(ROOT, '.output/chrome-mv3-e2e') });
  context = browser.context;
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
  if (longPageDir) rmSync(longPageDir, { recursive: true, force: true });
});

/**
 * What the extension proposes for the page in a tab: its content script gathers the page in
 * Chromium (as gatherFromTab injects it), and what it sent, unpacked, is proposed as the capture page
 * proposes it (proposeGathered: the microformat reader for a page with that markup).
 */
async function proposalInChromium(url: string): Promise<PageProposal> {
  const site = await context.newPage();
  await site.goto(url);
  const result = await worker.evaluate(async (wanted) => {
    const [tab] = await chrome.tabs.query({ url: wanted });
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: tab.id! },
      files: ['/content-scripts/content.js'],
    });
    return injection.result as Record<string, unknown>;
  }, url);
  await site.close();
  return proposeGathered(await unpackPage(result.packed as string));
}

/** What `netreg extract --json` prints for the saved file in `dir`, read as the page at `url`. */
async function proposalOfCli(dir: string, url: string): Promise<Record<string, unknown>> {
  const out: string[] = [];
  const code = await extractCommand.run(['source.html', '--url', url, '--json'], {
    cwd: dir,
    out: (text: string) => out.push(text),
    err: () => {},
  });
  expect(code).toBe(0);
  return JSON.parse(out.join('\n'));
}

describe('netreg extract proposes exactly what the extension proposes in Chromium', () => {
  for (const slug of SLUGS) {
    it(`${slug}`, async () => {
      const url = `${pages.origin}/${slug}`;
      const inBrowser = toPlainProposal(await proposalInChromium(url));
      expect(await proposalOfCli(join(PAGES, slug), url)).toEqual(JSON.parse(JSON.stringify(inBrowser)));
    });
  }

  it('a page longer than the reading budget, read to the same place and its footer read by both', async () => {
    const url = `${pages.origin}/long-page`;
    const inBrowser = JSON.parse(JSON.stringify(toPlainProposal(await proposalInChromium(url))));
    expect(inBrowser.partial.limits).toEqual(['characters']);
    expect(inBrowser.partner).toMatchObject({
      name: 'โรงเรียนบ้านทดสอบ',
      email: ['office@bantest.ac.th'],
      phone: ['+6653121555'],
      postal_code: '50180',
    });
    expect(await proposalOfCli(longPageDir, url)).toEqual(inBrowser);
  });
});
