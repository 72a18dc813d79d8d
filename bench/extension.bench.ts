/**
 * The browser extension's size and speed, this checkout beside a baseline built in the same run
 * (BASELINE=<git ref>, default main: checked out in a temporary worktree and built there).
 * Sizes from production builds: the capture form, the content script injected on every capture,
 * the microformat reader and the proposing code. Speed in real Chromium with both e2e builds
 * loaded side by side, opens interleaved so machine load falls on both alike: the capture page
 * opened as the shortcut opens it (a popup window over the visible page, each open on a freshly
 * reloaded page), timed from the shortcut to a filled form (target ≤ 150 ms on the 2 MB page),
 * with the capture page's own marks: when its script started, and what our code adds after that
 * (targets ≤ 50 ms on the fixture pages, ≤ 100 ms on the 2 MB page).
 * Run: `npm run bench -- extension` (needs Debian's chromium or CHROME_PATH); PAGES=generated-2mb,event-page
 * times only those pages (the fixture folders' names, and generated-2mb).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { buildExtension } from '../tests/e2e/buildExtension';
import { startPageServer } from '../tests/e2e/registerHost';
import { chromiumFlags, chromiumPath } from '../tests/support/chromium';
import {
  capturePageOf,
  emptyExtension,
  howOpened,
  type OpenedBy,
  timeEmptyWindow,
  timeRealOpens,
  timeWorkerWake,
} from './realShortcut';

declare const chrome: typeof import('wxt/browser').browser;

const ROOT = join(import.meta.dirname, '..');
const PAGES = join(ROOT, 'tests/fixtures/pages');
/** Shortcut → filled form on the 2 MB page. */
const FILLED_TARGET_MS = 150;
/** What our code adds after the capture page's script starts: fixture pages, then the 2 MB page. */
const ADDED_TARGET_MS = 50;
const ADDED_TARGET_2MB_MS = 100;
/** The content script injected on every capture, gzipped. */
const CONTENT_SCRIPT_TARGET_BYTES = 50 * 1024;
const GENERATED_BYTES = 2 * 1024 * 1024;
const GENERATED = 'generated-2mb';
/** Capture page opens per page and build (each on a freshly reloaded page). */
const OPENS = 7;
/** Time between the page being painted and the shortcut. */
const SETTLE_MS = 300;
const MARKS = ['start', 'read', 'tab', 'gathered', 'extracted', 'filled'] as const;

/** A build of the extension: its production and e2e output folders. */
interface Build {
  label: string;
  production: string;
  e2e: string;
}

/** One opening of the capture page: its marks (ms since its navigation started) and the bench's wall clock. */
type FormOpen = Record<(typeof MARKS)[number], number> & { wall: number };

async function openCaptureForm(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
  capturePage: string,
  tabId: number,
): Promise<FormOpen> {
  const url = `chrome-extension://${extensionId}/${capturePage}?tab=${tabId}`;
  const opened = Date.now();
  // The shortcut's window, over the page, which stays visible: the build's own shortcut handler,
  // or for an older build (whose shortcut opened the toolbar popup, which Playwright cannot see)
  // a small popup window standing in for it.
  const page = context.waitForEvent('page');
  await worker.evaluate(
    ([address, tab]) => {
      // A build whose shortcut opens this window itself (platform/captureWindow.ts): its own handler.
      const press = (globalThis as { pressCaptureShortcut?: (tab: { id: number }) => Promise<void> })
        .pressCaptureShortcut;
      if (press) return press({ id: tab });
      return chrome.windows
        .create({ url: address, type: 'popup', width: 420, height: 600 })
        .then(() => undefined);
    },
    [url, tabId] as const,
  );
  const form = await page;
  await form.waitForFunction(
    () =>
      (document.querySelector('[data-testid="field-partner-name"]') as HTMLInputElement | null)?.value !==
        undefined && performance.getEntriesByName('capture:filled').length > 0,
  );
  const wall = Date.now() - opened;
  const marks = await form.evaluate(
    (names) =>
      Object.fromEntries(
        names.map((name) => [
          name,
          performance.getEntriesByName(`capture:${name}`)[0]?.startTime ?? Number.NaN,
        ]),
      ),
    [...MARKS],
  );
  await form.close();
  return { ...(marks as Omit<FormOpen, 'wall'>), wall };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(0));

/**
 * The floor under the shortcut → filled measure: an empty extension page (bench/realShortcut.ts)
 * opened as openCaptureForm opens the form, in a popup window over a freshly reloaded page, until
 * Playwright sees its only script's mark.
 */
async function emptyPageOpens(pageUrl: string): Promise<number[]> {
  const dir = emptyExtension();
  const browser = await launch({ label: 'empty', production: dir, e2e: dir });
  try {
    const site = await browser.context.newPage();
    await site.goto(pageUrl);
    const url = `chrome-extension://${browser.extensionId}/empty.html`;
    const walls: number[] = [];
    for (let run = 0; run < OPENS; run++) {
      await reloadAndSettle(site);
      const opened = Date.now();
      const page = browser.context.waitForEvent('page');
      await browser.worker.evaluate(
        (address) =>
          chrome.windows
            .create({ url: address, type: 'popup', width: 420, height: 600 })
            .then(() => undefined),
        url,
      );
      const empty = await page;
      await empty.waitForFunction(() => performance.getEntriesByName('first').length > 0);
      walls.push(Date.now() - opened);
      await empty.close();
    }
    return walls;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A large Thai school page: news prose, staff tables with titles, contact cards, one JSON-LD block, hidden decoys. */
function generatedPage(bytes: number): string {
  const parts = [
    '<!doctype html><html lang="th"><head><meta charset="utf-8"><title>โรงเรียนบ้านทดสอบ</title>',
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"School","name":"โรงเรียนบ้านทดสอบ","url":"https://www.bantest.ac.th","email":"info@bantest.ac.th","telephone":"053-121-555"}</script>',
    '</head><body><main>',
  ];
  let size = parts.join('').length * 3;
  for (let n = 0; size < bytes; n++) {
    const block =
      `<article><h2>ข่าวประชาสัมพันธ์ที่ ${n}</h2><p>${'โรงเรียนจัดกิจกรรมการเรียนรู้ร่วมกับชุมชนและภาคีเครือข่ายในพื้นที่ '.repeat(6)}</p>` +
      `<table><tr><td>นายสมชาย ใจดี ${n}</td><td>ครูชำนาญการ</td><td>081-234-${String(1000 + (n % 9000)).padStart(4, '0')}</td></tr>` +
      `<tr><td>นางมาลี ศรีสุข ${n}</td><td>รองผู้อำนวยการ</td><td>teacher${n}@bantest.ac.th</td></tr></table>` +
      `<p style="display:none">hidden${n}@decoy.example</p></article>`;
    parts.push(block);
    size += Buffer.byteLength(block);
  }
  parts.push(
    '<footer>ที่อยู่: 123 หมู่ 5 ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ 50180 โทร 053-121-555</footer></main></body></html>',
  );
  return parts.join('');
}

/** Raw and gzipped bytes of the files (relative to the build folder) that match. */
function sizeOf(dir: string, paths: string[]): { raw: number; gzip: number } | undefined {
  if (paths.length === 0) return undefined;
  const bytes = paths.map((path) => readFileSync(join(dir, path)));
  return {
    raw: bytes.reduce((sum, b) => sum + b.length, 0),
    gzip: bytes.reduce((sum, b) => sum + gzipSync(b).length, 0),
  };
}

/** What the capture page loads before the form can paint: its scripts and stylesheets, and their static imports. */
function firstLoadOf(dir: string, html: string): string[] {
  const found = new Set<string>([html]);
  // Its scripts and stylesheets; modulepreload links only fetch what a script imports later.
  const queue = [
    ...readFileSync(join(dir, html), 'utf8').matchAll(
      /<(?:script[^>]*\ssrc|link rel="stylesheet"[^>]*\shref)="\/([^"]+)"/g,
    ),
  ].map((match) => match[1]);
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (found.has(path) || !existsSync(join(dir, path))) continue;
    found.add(path);
    if (!path.endsWith('.js')) continue;
    const folder = path.slice(0, path.lastIndexOf('/') + 1);
    // Static imports only (`from"./x.js"`, `import"./x.js"`); import("./x.js") loads later.
    for (const match of readFileSync(join(dir, path), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g))
      queue.push(folder + match[1]);
  }
  return [...found];
}

/** The parts of a production build, by what loads them. */
function bundleSizes(dir: string): Record<string, { raw: number; gzip: number } | undefined> {
  const list = (sub: string) =>
    existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((name) => `${sub}/${name}`) : [];
  const chunks = list('chunks');
  // Chunks the capture page loads only once it has the gathered page.
  const lazy = (path: string) => /\/(?:proposePage|microformats)-/.test(path);
  const page = capturePageOf(dir);
  const pageChunk = `/${page.replace('.html', '')}-`;
  const shared = [
    ...chunks.filter((p) => !p.includes(pageChunk) && !/\/options-/.test(p) && !lazy(p)),
    ...list('assets'),
  ];
  return {
    'content script (injected on every capture)': sizeOf(dir, ['content-scripts/content.js']),
    'microformat reader (only for pages with h-card/h-event markup)': sizeOf(dir, [
      ...list('content-scripts').filter((p) => p.includes('microformats')),
      ...chunks.filter((p) => /\/microformats-/.test(p)),
    ]),
    'proposing code (capture page, every capture)': sizeOf(
      dir,
      chunks.filter((p) => /\/proposePage-/.test(p)),
    ),
    'capture form (its page, chunks, css)': sizeOf(dir, [
      page,
      ...chunks.filter((p) => p.includes(pageChunk)),
      ...shared,
    ]),
    'capture form first load (its page and what it loads before the first paint)': sizeOf(
      dir,
      firstLoadOf(dir, page),
    ),
    background: sizeOf(dir, ['background.js']),
  };
}

/**
 * Reloads the page and waits until it has been laid out and painted, and a moment more: a person
 * presses the shortcut after reading the page. Injecting straight after `load` would time the
 * page's own first layout (about 0.5 s for the 2 MB page), which the injection waits behind.
 */
async function reloadAndSettle(site: Page): Promise<void> {
  await site.reload();
  await site.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
  );
  await site.waitForTimeout(SETTLE_MS);
}

/** The baseline checked out at `ref` in a temporary worktree and built there (production and e2e). */
function buildBaseline(ref: string): { build: Build; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'netreg-baseline-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: ROOT, stdio: 'pipe' });
  const remove = () => {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'pipe' });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    execFileSync('npx', ['wxt', 'build'], { cwd: dir, stdio: 'pipe' });
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: dir, stdio: 'pipe' });
  } catch (error) {
    remove();
    throw error;
  }
  const label = `${ref} (${execFileSync('git', ['rev-parse', '--short', ref], { cwd: ROOT }).toString().trim()})`;
  return {
    build: { label, production: join(dir, '.output/chrome-mv3'), e2e: join(dir, '.output/chrome-mv3-e2e') },
    remove,
  };
}

/** A Chromium with one build loaded. */
async function launch(build: Build) {
  const profile = mkdtempSync(join(tmpdir(), 'netreg-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumFlags(build.e2e),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    capturePage: capturePageOf(build.e2e),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function main(): Promise<void> {
  const ref = process.env.BASELINE || 'main';
  const baseline = buildBaseline(ref);
  buildExtension([]);
  buildExtension(['--mode', 'e2e']);
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  const builds: Build[] = [
    baseline.build,
    {
      label: `this checkout (${head})`,
      production: join(ROOT, '.output/chrome-mv3'),
      e2e: join(ROOT, '.output/chrome-mv3-e2e'),
    },
  ];
  const [oldBuild, newBuild] = builds;

  const oldSizes = bundleSizes(oldBuild.production);
  const newSizes = bundleSizes(newBuild.production);
  console.log(
    `## Bundle sizes (production build, Chrome MV3): old = ${oldBuild.label}, new = ${newBuild.label}\n`,
  );
  console.log('| part | old raw | old gzipped | new raw | new gzipped | target |\n|---|---|---|---|---|---|');
  const size = (value: { raw: number; gzip: number } | undefined, key: 'raw' | 'gzip') =>
    value ? kb(value[key]) : '—';
  for (const part of Object.keys(newSizes)) {
    const target = part.startsWith('content script')
      ? `≤ ${kb(CONTENT_SCRIPT_TARGET_BYTES)}: ${(newSizes[part]?.gzip ?? 0) <= CONTENT_SCRIPT_TARGET_BYTES ? 'met' : 'MISSED'}`
      : '—';
    console.log(
      `| ${part} | ${size(oldSizes[part], 'raw')} | ${size(oldSizes[part], 'gzip')} | ${size(newSizes[part], 'raw')} | ${size(newSizes[part], 'gzip')} | ${target} |`,
    );
  }

  const pages: Record<string, string> = { [GENERATED]: generatedPage(GENERATED_BYTES) };
  for (const slug of readdirSync(PAGES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name))
    pages[slug] = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
  const only = process.env.PAGES?.split(',').filter(Boolean);
  if (only) for (const slug of Object.keys(pages)) if (!only.includes(slug)) delete pages[slug];
  const server = await startPageServer(pages);
  const browsers = [await launch(oldBuild), await launch(newBuild)];
  try {
    const version = await browsers[0].worker.evaluate(
      () => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? '?',
    );
    const rows: string[] = [];
    const phases: string[] = [];
    for (const [slug, html] of Object.entries(pages)) {
      const url = `${server.origin}/${slug}`;
      const sites = await Promise.all(
        browsers.map(async ({ context, worker }) => {
          const site = await context.newPage();
          await site.goto(url);
          const tabId = await worker.evaluate(
            async (wanted) => (await chrome.tabs.query({ url: wanted }))[0].id!,
            url,
          );
          return { site, tabId };
        }),
      );
      const opens: FormOpen[][] = [[], []];
      // Interleaved, old then new, each on a freshly reloaded page.
      for (let run = 0; run < OPENS; run++) {
        for (const [index, { context, worker, extensionId, capturePage }] of browsers.entries()) {
          await reloadAndSettle(sites[index].site);
          opens[index].push(
            await openCaptureForm(context, worker, extensionId, capturePage, sites[index].tabId),
          );
        }
      }
      for (const { site } of sites) await site.close();
      const wall = opens.map((list) => median(list.map((open) => open.wall)));
      const start = opens.map((list) => median(list.map((open) => open.start)));
      const added = opens.map((list) => median(list.map((open) => open.filled - open.start)));
      const big = slug === GENERATED;
      const addedTarget = big ? ADDED_TARGET_2MB_MS : ADDED_TARGET_MS;
      const verdicts = [
        big ? `filled ≤ ${FILLED_TARGET_MS}: ${wall[1] <= FILLED_TARGET_MS ? 'met' : 'MISSED'}` : '',
        `added ≤ ${addedTarget}: ${added[1] <= addedTarget ? 'met' : 'MISSED'}`,
      ].filter(Boolean);
      rows.push(
        `| ${slug} | ${kb(Buffer.byteLength(html))} | ${wall[0]} | ${wall[1]} | ${ms(start[0])} | ${ms(start[1])} | ${ms(added[0])} | ${ms(added[1])} | ${verdicts.join('; ')} |`,
      );
      const mark = (name: (typeof MARKS)[number]) =>
        ms(median(opens[1].map((open) => open[name] - open.start)));
      phases.push(
        `| ${slug} | ${ms(start[1])} | ${mark('read')} | ${mark('tab')} | ${mark('gathered')} | ${mark('extracted')} | ${mark('filled')} | ${Math.min(...opens[1].map((open) => open.wall))} | ${Math.max(...opens[1].map((open) => open.wall))} |`,
      );
    }
    console.log(
      `\n## Shortcut → filled form in ${version} (headless, e2e builds): median of ${OPENS} fresh opens per build, interleaved\n`,
    );
    console.log(
      '| page | size | old: shortcut → filled (ms) | new: shortcut → filled (ms) | old: capture page start (ms) | new: capture page start (ms) | old: our added (ms) | new: our added (ms) | targets (new) |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
    // Closed first: the floor's browser should not share the machine with these two.
    for (const browser of browsers.splice(0)) await browser.close();
    const floorSlug = GENERATED in pages ? GENERATED : Object.keys(pages)[0];
    const floor = median(await emptyPageOpens(`${server.origin}/${floorSlug}`));
    console.log(
      `| floor: an empty extension page opened the same way over ${floorSlug}, until its first script ran | | | ${floor} | | | | | |`,
    );
    console.log(
      '\n"capture page start": its script\'s first mark, ms after its navigation started. "our added": from that mark to the form filled. The floor is what this measure gives for a page with nothing of ours in it.',
    );
    console.log(
      `\n## Where the new build's time goes (median of ${OPENS}; ms after the capture page's start mark)\n`,
    );
    console.log(
      '| page | start (ms since navigation) | page read started | tab known | page gathered (injection returned) | proposed | form filled | shortcut → filled min | max |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const row of phases) console.log(row);

    // The form opened as a person opens it, without Playwright on the path (bench/realShortcut.ts).
    const real: string[] = [];
    const described = (opened: OpenedBy) => (opened === 'window' ? 'window' : 'toolbar popup');
    const ways = builds.map((build) => howOpened(build.e2e));
    for (const slug of Object.keys(pages)) {
      const url = `${server.origin}/${slug}`;
      const cells: string[] = [];
      for (const [index, build] of builds.entries()) {
        // A way of opening timed once per build: where the button and the shortcut both open the window, one figure serves both.
        const timed = new Map<OpenedBy, number>();
        for (const opened of [ways[index].button, ways[index].shortcut])
          if (!timed.has(opened))
            timed.set(opened, median(await timeRealOpens(build.e2e, url, opened, OPENS, SETTLE_MS)));
        cells.push(ms(timed.get(ways[index].button)!), ms(timed.get(ways[index].shortcut)!));
      }
      real.push(`| ${slug} | ${cells.join(' | ')} |`);
    }
    console.log(
      `\n## The form opened as a person opens it, by the browser's clocks: median of ${OPENS} opens (the first of each is a cold start)\n`,
    );
    const header = ways.flatMap((way, index) => [
      `${index === 0 ? 'old' : 'new'}: toolbar button, ${described(way.button)} (ms)`,
      `${index === 0 ? 'old' : 'new'}: shortcut, ${described(way.shortcut)} (ms)`,
    ]);
    console.log(`| page | ${header.join(' | ')} |`);
    console.log('|---|---|---|---|---|');
    for (const row of real) console.log(row);
    const emptyWindow = median(await timeEmptyWindow(OPENS, SETTLE_MS));
    console.log(
      `| floor: an empty extension page in a window, \`windows.create\` → its first script | | | ${ms(emptyWindow)} | ${ms(emptyWindow)} |`,
    );
    const wake = await timeWorkerWake(newBuild.e2e, 'options.html', OPENS);
    console.log(
      `| the window's extra when the background sleeps: a message's round trip to it asleep, against awake | | | ${ms(median(wake.asleep))} against ${ms(median(wake.awake))} | |`,
    );
    console.log(
      `\nOld = ${oldBuild.label}, new = ${newBuild.label}. From the background asking for the form (the window's handler, which the toolbar button and the shortcut run, or \`action.openPopup\` for a toolbar popup) to its \`capture:filled\` mark, both read in Chromium, over DevTools without Playwright; a fresh browser per page, build and way of opening. Where a build's button and shortcut open the same window, it is timed once and shown in both columns.`,
    );
  } finally {
    for (const browser of browsers) await browser.close();
    await server.stop();
    baseline.remove();
  }
}

await main();
