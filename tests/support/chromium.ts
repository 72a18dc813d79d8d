import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core';

/** The Chromium the browser tests drive: CHROME_PATH, else Debian's package. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`No Chromium at ${path}: run \`apt-get install chromium\` (or set CHROME_PATH)`);
  return path;
}

/** Flags for a quiet, repeatable browser: no sandbox (containers), no GPU, no background traffic. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The launch flags, plus those that load the unpacked extension in `extensionDir` (and no other) when given. */
export function chromiumFlags(extensionDir?: string): string[] {
  if (extensionDir === undefined) return [...QUIET_FLAGS];
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS];
}

/** What differs between the callers: the extension to load, and the page size and locale they expect. */
export interface ChromiumLaunch {
  /** An unpacked extension build to load. */
  extensionDir?: string;
  viewport?: BrowserContextOptions['viewport'];
  locale?: string;
}

/** A headless Chromium on a fresh profile; `close()` also removes the profile. */
export interface LaunchedChromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless Chromium (chromiumPath()) with a fresh profile; fails with a one-line install hint
 * when none is installed, before any profile is made.
 */
export async function launchChromium(launch: ChromiumLaunch = {}): Promise<LaunchedChromium> {
  const executablePath = chromiumPath();
  const profile = await mkdtemp(join(tmpdir(), 'netreg-chromium-'));
  // playwright passes the profile as --user-data-dir.
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: chromiumFlags(launch.extensionDir),
      ...(launch.viewport === undefined ? {} : { viewport: launch.viewport }),
      ...(launch.locale === undefined ? {} : { locale: launch.locale }),
    })
    .catch(async (error: unknown) => {
      await rm(profile, { recursive: true, force: true });
      throw error;
    });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
