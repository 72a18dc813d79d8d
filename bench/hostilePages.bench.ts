/**
 * `netreg extract` on the hostile pages of issue #11 (a page nested deep, 100,000 h-cards, an
 * entity-heavy page): HTML bounded for parsing (when the code has HTML_PARSE_LIMITS), parsed by
 * linkedom, then extracted. Each page runs in its own Node process, so the peak memory is that
 * page's alone; a run past STOP_AFTER_MS is stopped and reported as such.
 * Run: `npm run bench -- hostilePages`. To measure older code, copy this file into a checkout
 * of it and run `node --import tsx bench/hostilePages.bench.ts --sizes small` there.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { parseHTML } from 'linkedom';
import { extractPage } from '../shared/extract/extractPage';

const STOP_AFTER_MS = 150_000;
const ORGANISATION = '<h1>โรงเรียนบ้านทดสอบ</h1><p>โทร 053-121-555 อีเมล office@bantest.ac.th</p>';

/** The hostile pages, built to a size in bytes (roughly) or a count. */
const PAGES: Record<string, { describe: (n: number) => string; build: (n: number) => string }> = {
  nested: {
    describe: (depth) => `nested ${depth.toLocaleString('en')} deep`,
    build: (depth) =>
      `<html><body>${ORGANISATION}${'<div>'.repeat(depth)}อีเมล deep@bantest.ac.th${'</div>'.repeat(depth)}</body></html>`,
  },
  hcards: {
    describe: (count) => `${count.toLocaleString('en')} h-cards`,
    build: (count) => {
      const cards: string[] = [];
      for (let n = 0; n < count; n++)
        cards.push(
          `<div class="h-card"><span class="p-name">นายสมชาย ใจดี${n}</span> <span class="p-job-title">ครู</span> <a class="u-email" href="mailto:t${n}@bantest.ac.th">อีเมล</a></div>`,
        );
      return `<html><body>${ORGANISATION}${cards.join('')}</body></html>`;
    },
  },
  entities: {
    describe: (count) => `${count.toLocaleString('en')} character references`,
    build: (count) =>
      `<html><body>${ORGANISATION}<p>${'&amp;&lt;&#3585;'.repeat(count / 3)}</p></body></html>`,
  },
};

/** The sizes, and smaller ones for code that would take minutes at those. */
const SIZES = {
  full: { nested: 1_800_000, hcards: 100_000, entities: 3_900_000 },
  small: { nested: 40_000, hcards: 10_000, entities: 300_000 },
};

async function measureOne(kind: string, n: number): Promise<void> {
  const html = PAGES[kind].build(n);
  const bounds = await import('../shared/extract/htmlParseBounds').catch(() => null);
  const started = performance.now();
  const { html: bounded, reached } = bounds ? bounds.boundHtmlForParsing(html) : { html, reached: [] };
  const boundMs = performance.now() - started;
  const { document } = parseHTML(bounded);
  const parsedAt = performance.now();
  const proposal = extractPage(document as unknown as Document, 'https://www.bantest.ac.th/');
  const done = performance.now();
  const partial = (proposal as { partial?: { limits: string[] } }).partial;
  console.log(
    JSON.stringify({
      mb: html.length / 1024 / 1024,
      boundMs,
      parseMs: parsedAt - started - boundMs,
      extractMs: done - parsedAt,
      peakMb: process.resourceUsage().maxRSS / 1024,
      partial: [...new Set([...reached, ...(partial?.limits ?? [])])],
      contacts: proposal.contacts.length,
    }),
  );
}

function runAll(sizes: keyof typeof SIZES): void {
  const rows: string[] = [];
  for (const [kind, n] of Object.entries(SIZES[sizes])) {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, '--one', kind, String(n)],
      { encoding: 'utf8', timeout: STOP_AFTER_MS, maxBuffer: 1024 * 1024 },
    );
    const line = child.stdout?.trim().split('\n').pop() ?? '';
    if (child.error || child.status !== 0 || !line.startsWith('{')) {
      rows.push(
        `| ${PAGES[kind].describe(n)} | — | — | — | > ${STOP_AFTER_MS / 1000} s (stopped) or failed | — | — |`,
      );
      continue;
    }
    const r = JSON.parse(line);
    const total = r.boundMs + r.parseMs + r.extractMs;
    rows.push(
      `| ${PAGES[kind].describe(n)} | ${r.mb.toFixed(1)} MB | ${r.boundMs.toFixed(0)} | ${(r.parseMs / 1000).toFixed(1)} s | ${(r.extractMs / 1000).toFixed(1)} s | ${(total / 1000).toFixed(1)} s | ${r.peakMb.toFixed(0)} MB | ${r.partial.join(', ') || 'read whole'} |`,
    );
  }
  console.log(`## netreg extract on hostile pages (${sizes} sizes), Node ${process.version}\n`);
  console.log(
    `Load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores (other work on the machine stretches wall times).\n`,
  );
  console.log(
    '| page | HTML | bound (ms) | parse (linkedom) | extract | total | peak RSS | partial reading |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

const args = process.argv.slice(2);
if (args[0] === '--one') await measureOne(args[1], Number(args[2]));
else runAll(args[0] === '--sizes' && args[1] === 'small' ? 'small' : 'full');
