import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Language } from '../../shared/i18n/language';
import { type LocalServer, startLocalServer } from '../../sheets-addon/local/server/localServer';
import { prepareDemoRegister } from '../../sheets-addon/local/server/registerPreparation';
import { buildSidebarHtml } from '../../sheets-addon/sidebar/build';
import { type LaunchedChromium, launchChromium } from '../support/chromium';

const DEMO = join(import.meta.dirname, '../../demo/register');

/** The local host serving a temporary copy of the demo register, with a Chromium page open on it. */
export interface DemoRegisterPage {
  /** The register folder the host reads and writes. */
  dir: string;
  page: Page;
  /** Closes the browser and the host, then removes the copy (also what a failed open does). */
  close(): Promise<void>;
}

/** How a test wants the page: the temp folder's name prefix, and what to do to the page before it loads. */
export interface DemoRegisterPageOptions {
  tempPrefix: string;
  beforeLoad?: (page: Page) => Promise<void>;
  /** Changes the temp copy of the register before the host starts. */
  prepare?: (dir: string) => Promise<void>;
  /** The register's figures are read as of this day (ISO), never today, so what a test sees cannot drift. */
  asOf?: string;
  /** Waits for the home view and shows the sidebar in this language (the page opens in Thai). */
  language?: Language;
}

/** Copies the demo register into a temp folder, starts the local host on it and opens its page in Chromium. */
export async function openDemoRegisterPage(options: DemoRegisterPageOptions): Promise<DemoRegisterPage> {
  const root = await mkdtemp(join(tmpdir(), options.tempPrefix));
  const dir = join(root, 'register');
  let server: LocalServer | undefined;
  let browser: LaunchedChromium | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    await rm(root, { recursive: true, force: true });
  };
  try {
    await prepareDemoRegister(dir, DEMO);
    if (options.asOf) await pinAsOf(dir, options.asOf);
    await options.prepare?.(dir);
    server = await startLocalServer({ dir, port: 0, page: await buildSidebarHtml() });
    browser = await launchChromium({ viewport: { width: 1280, height: 800 }, locale: 'th-TH' });
    const page = await browser.context.newPage();
    await options.beforeLoad?.(page);
    // The address `serve` prints: it carries this launch's key, which the page keeps in a cookie.
    await page.goto(server.pageUrl);
    if (options.language) {
      await page.getByTestId('figure-partners').waitFor();
      if (options.language === 'en') await page.getByTestId('language-switch').click();
    }
    return { dir, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Sets the register's as-of date in its settings (register.json). */
async function pinAsOf(dir: string, asOf: string): Promise<void> {
  const file = join(dir, 'register.json');
  const meta = JSON.parse(await readFile(file, 'utf8'));
  meta.settings.as_of = asOf;
  await writeFile(file, JSON.stringify(meta, null, 2));
}
