/**
 * The capture form opened the way a person opens it, timed by the browser's own clocks: from
 * the moment the extension's background asks for it (the handler the keypress and, in builds
 * without a toolbar popup, the toolbar button run; or the toolbar popup, which older builds'
 * `_execute_action` shortcut opened too) to the form's `capture:filled` mark. Playwright cannot
 * see a toolbar popup and pauses every new page until it has attached to it, so this drives
 * Chromium over the DevTools protocol (chrome-remote-interface) and attaches to the form only
 * after it has filled: nothing of the harness is on the measured path.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import CDP from 'chrome-remote-interface';
import { chromiumFlags, chromiumPath } from '../tests/support/chromium';

/**
 * How the form is opened: a toolbar popup (`action.openPopup`), or the window the background
 * opens (`pressCaptureShortcut`, the e2e build's handle on what the shortcut runs).
 */
export type OpenedBy = 'toolbar popup' | 'window';

/** A build's manifest, as far as the bench reads it. */
interface Manifest {
  action?: { default_popup?: string };
  commands?: Record<string, unknown>;
}

const manifestOf = (buildDir: string) =>
  JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8')) as Manifest;

/** The capture page's file in a build: `capture.html`, or `popup.html` in builds whose toolbar button had a popup. */
export function capturePageOf(buildDir: string): string {
  return existsSync(join(buildDir, 'capture.html')) ? 'capture.html' : 'popup.html';
}

/** How a build's toolbar button and shortcut open the form. */
export function howOpened(buildDir: string): { button: OpenedBy; shortcut: OpenedBy } {
  const manifest = manifestOf(buildDir);
  return {
    button: manifest.action?.default_popup ? 'toolbar popup' : 'window',
    // `_execute_action`: the shortcut presses the toolbar button.
    shortcut: manifest.commands?._execute_action ? 'toolbar popup' : 'window',
  };
}

interface Browser {
  client: CDP.Client;
  chromium: ChildProcess;
  profile: string;
  worker: string;
  extensionId: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let tries = 0; tries < 300; tries++) {
    const found = await probe();
    if (found !== undefined) return found;
    await sleep(50);
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function launch(extensionDir: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'netreg-shortcut-'));
  const chromium = spawn(
    chromiumPath(),
    ['--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', ...chromiumFlags(extensionDir)],
    // Its own process group, so closing it takes its renderers along.
    { stdio: 'ignore', detached: true },
  );
  // Chromium writes its port and browser endpoint here once it listens.
  const portFile = join(profile, 'DevToolsActivePort');
  const [port, path] = await until(async () => {
    // Read only once both lines are there: the file can be seen half written.
    const lines = existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n') : [];
    return /^\d+$/.test(lines[0] ?? '') && lines[1]?.startsWith('/devtools/browser/') ? lines : undefined;
  }, 'Chromium to listen');
  const client = await CDP({ port: Number(port), target: `ws://127.0.0.1:${port}${path}` });
  const worker = await until(async () => {
    const { targetInfos } = await client.send('Target.getTargets');
    return targetInfos.find(
      (target) => target.type === 'service_worker' && target.url.startsWith('chrome-extension://'),
    );
  }, 'the extension’s service worker');
  const { sessionId } = await client.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: true,
  });
  // The worker is listed before its extension APIs are bound.
  await until(
    () =>
      evaluate<boolean>(client, sessionId, "typeof chrome === 'object' && 'tabs' in chrome").then(
        (ok) => ok || undefined,
      ),
    'the extension’s APIs',
  );
  return { client, chromium, profile, worker: sessionId, extensionId: new URL(worker.url).host };
}

async function evaluate<T>(client: CDP.Client, sessionId: string, expression: string): Promise<T> {
  const reply = await client.send(
    'Runtime.evaluate',
    { expression, awaitPromise: true, returnByValue: true },
    sessionId,
  );
  if (reply.exceptionDetails)
    throw new Error(`${expression}: ${reply.exceptionDetails.exception?.description}`);
  return reply.result.value as T;
}

/**
 * Opens the form `opens` times over `pageUrl` (reloaded and left to settle before each, as the
 * other bench section does), and returns each open's milliseconds from the request to the filled form.
 */
export async function timeRealOpens(
  extensionDir: string,
  pageUrl: string,
  openedBy: OpenedBy,
  opens: number,
  settleMs: number,
): Promise<number[]> {
  const browser = await launch(extensionDir);
  const { client, worker, extensionId } = browser;
  try {
    const { targetId: site } = await client.send('Target.createTarget', { url: pageUrl });
    const { sessionId: page } = await client.send('Target.attachToTarget', { targetId: site, flatten: true });
    await client.send('Page.enable', undefined, page);
    const tabId = await evaluate<number>(
      client,
      worker,
      `chrome.tabs.query({ url: ${JSON.stringify(pageUrl)} }).then(([tab]) => tab.id)`,
    );
    const times: number[] = [];
    for (let open = 0; open < opens; open++) {
      const loaded = new Promise((done) =>
        (client as unknown as EventEmitter).once(`Page.loadEventFired.${page}`, done),
      );
      await client.send('Page.reload', undefined, page);
      await loaded;
      await evaluate(
        client,
        page,
        'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))',
      );
      await sleep(settleMs);
      // The toolbar popup's tab and window are made active first (it opens only over a focused window), outside the timed span.
      const asked =
        openedBy === 'window'
          ? await timedCall(client, worker, `globalThis.pressCaptureShortcut({ id: ${tabId} })`)
          : await timedCall(
              client,
              worker,
              'chrome.action.openPopup()',
              `const tab = await chrome.tabs.update(${tabId}, { active: true }); await chrome.windows.update(tab.windowId, { focused: true });`,
            );
      times.push(
        (await markThenClose(
          client,
          (url) => url.startsWith(`chrome-extension://${extensionId}/${capturePageOf(extensionDir)}`),
          'capture:filled',
        )) - asked,
      );
    }
    return times;
  } finally {
    await close(browser);
  }
}

/**
 * When (epoch ms, the browser's own clock) the worker started the awaited `call`, after running
 * `setup` untimed.
 */
function timedCall(client: CDP.Client, worker: string, call: string, setup = ''): Promise<number> {
  return evaluate<number>(
    client,
    worker,
    `(async () => { ${setup} const at = performance.timeOrigin + performance.now(); await ${call}; return at; })()`,
  );
}

/**
 * When the page whose address `wanted` picks made its mark `name` (epoch ms, the browser's own
 * clock), waiting for the page and the mark; the page is closed after.
 */
async function markThenClose(
  client: CDP.Client,
  wanted: (url: string) => boolean,
  name: string,
): Promise<number> {
  const page = await until(async () => {
    const { targetInfos } = await client.send('Target.getTargets');
    return targetInfos.find((target) => wanted(target.url));
  }, `a page for the mark ${name}`);
  const { sessionId } = await client.send('Target.attachToTarget', {
    targetId: page.targetId,
    flatten: true,
  });
  const markedAt = await until(
    () =>
      evaluate<number | null>(
        client,
        sessionId,
        `(() => { const mark = performance.getEntriesByName(${JSON.stringify(name)})[0]; return mark ? performance.timeOrigin + mark.startTime : null; })()`,
      ).then((at) => at ?? undefined),
    `the mark ${name}`,
  );
  await client.send('Target.closeTarget', { targetId: page.targetId });
  return markedAt;
}

async function close(browser: Browser): Promise<void> {
  await browser.client.close().catch(() => undefined);
  const exited = new Promise((done) => browser.chromium.once('exit', done));
  process.kill(-browser.chromium.pid!);
  await exited;
  // A renderer may still be writing to the profile as it goes.
  rmSync(browser.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

/** An extension with nothing but a page whose only script marks that it ran: what any extension page costs to open. */
export function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'netreg-empty-extension-'));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'empty',
      version: '1.0',
      background: { service_worker: 'background.js' },
    }),
    'background.js': '',
    'empty.html': '<!doctype html><meta charset="utf-8"><script src="/first.js"></script><body></body>',
    'first.js': "performance.mark('first');",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * The floor under any capture form on this machine: milliseconds from `windows.create` to the
 * first script of an empty extension page in the new window, measured as timeRealOpens measures.
 */
export async function timeEmptyWindow(opens: number, settleMs: number): Promise<number[]> {
  const dir = emptyExtension();
  const browser = await launch(dir);
  const { client, worker, extensionId } = browser;
  const url = `chrome-extension://${extensionId}/empty.html`;
  try {
    const times: number[] = [];
    for (let open = 0; open < opens; open++) {
      await sleep(settleMs);
      const asked = await timedCall(
        client,
        worker,
        `chrome.windows.create({ url: '${url}', type: 'popup', width: 420, height: 600 })`,
      );
      times.push((await markThenClose(client, (address) => address === url, 'first')) - asked);
    }
    return times;
  } finally {
    await close(browser);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What a sleeping background adds before the shortcut's handler runs (Chrome stops an idle
 * worker after 30 s; the toolbar popup needs no worker): a message's round trip from an
 * extension page to the build's worker, asleep (stopped over DevTools) against awake.
 */
export async function timeWorkerWake(
  extensionDir: string,
  pagePath: string,
  opens: number,
): Promise<{ awake: number[]; asleep: number[] }> {
  const browser = await launch(extensionDir);
  const { client, extensionId } = browser;
  const roundTrip = `(async () => { const at = performance.now(); await chrome.runtime.sendMessage({ type: 'bench:ping' }).catch(() => undefined); return performance.now() - at; })()`;
  try {
    const { targetId } = await client.send('Target.createTarget', {
      url: `chrome-extension://${extensionId}/${pagePath}`,
    });
    const { sessionId: page } = await client.send('Target.attachToTarget', { targetId, flatten: true });
    await until(
      () =>
        evaluate<boolean>(client, page, "document.readyState === 'complete'").then((ok) => ok || undefined),
      'the page',
    );
    await client.send('ServiceWorker.enable', undefined, page);
    const awake: number[] = [];
    const asleep: number[] = [];
    for (let open = 0; open < opens; open++) {
      awake.push(await evaluate<number>(client, page, roundTrip));
      await client.send('ServiceWorker.stopAllWorkers', undefined, page);
      await until(async () => {
        const { targetInfos } = await client.send('Target.getTargets');
        return targetInfos.some((target) => target.type === 'service_worker') ? undefined : true;
      }, 'the worker to stop');
      asleep.push(await evaluate<number>(client, page, roundTrip));
    }
    return { awake, asleep };
  } finally {
    await close(browser);
  }
}
