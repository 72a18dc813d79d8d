import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposeGathered } from '../../extension/capture/proposeGathered';
import { unpackPage } from '../../extension/platform/packedPage';
import { toPlainProposal } from '../../shared/extract/plainProposal';
import type { PageProposal } from '../../shared/extract/proposal';
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

beforeAll(async () => {
  chromiumPath();
  buildExtension(['--mode', 'e2e']);
  pages = await startPageServer(
    Object.fromEntries(SLUGS.map((slug) => [slug, readFileSync(join(PAGES, slug, 'source.html'), 'utf8')])),
  );
  browser = await launchChromium({ extensionDir: join(ROOT, '.output/chrome-mv3-e2e') });
  context = browser.context;
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await pages?.stop();
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

/** What `netreg extract --json` prints for the saved file, read as the page at `url`. */
async function proposalOfCli(slug: string, url: string): Promise<unknown> {
  const out: string[] = [];
  const code = await extractCommand.run(['source.html', '--url', url, '--json'], {
    cwd: join(PAGES, slug),
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
      expect(await proposalOfCli(slug, url)).toEqual(JSON.parse(JSON.stringify(inBrowser)));
    });
  }
});
