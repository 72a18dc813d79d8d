import { existsSync } from 'node:fs';

/** The Chromium the browser tests drive: CHROME_PATH, else Debian's package. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`No Chromium at ${path}: run \`apt-get install chromium\` (or set CHROME_PATH)`);
  return path;
}

/** Flags for a quiet, repeatable browser: no sandbox (containers), no GPU, no background traffic. */
export function chromiumFlags(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
