import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/extract/extractPage';
import { boundHtmlForParsing, HTML_PARSE_LIMITS } from '../../../shared/extract/htmlParseBounds';
import { scanPage } from '../../../shared/extract/pageScan';
import { WORK_LIMITS } from '../../../shared/extract/workLimits';
import { bodyOf, pageOf } from './pageOf';

const URL = 'https://www.bantest.ac.th/staff';
const ORGANISATION = '<h1>โรงเรียนบ้านทดสอบ</h1><p>โทร 053-121-555 อีเมล office@bantest.ac.th</p>';

/** Every count of the walk's work is within its limit. */
function expectWithinLimits(doc: Document): void {
  const { work } = scanPage(doc);
  expect(work.deepest).toBeLessThanOrEqual(WORK_LIMITS.nestingDepth);
  expect(work.nodes).toBeLessThanOrEqual(WORK_LIMITS.nodes);
  expect(work.characters).toBeLessThanOrEqual(WORK_LIMITS.characters);
  expect(work.landmarkNodes).toBeLessThanOrEqual(WORK_LIMITS.landmarkNodes);
  expect(work.landmarkCharacters).toBeLessThanOrEqual(WORK_LIMITS.landmarkCharacters);
  expect(work.microformatRoots).toBeLessThanOrEqual(WORK_LIMITS.microformatRoots);
  expect(work.jsonLdCharacters).toBeLessThanOrEqual(WORK_LIMITS.jsonLdCharacters);
}

/** The proposal still carries what the top of the page says, and a note in both languages. */
function expectPartialWithNote(doc: Document, limit: string): void {
  const proposal = extractPage(doc, URL);
  expect(proposal.partner.phone).toContain('+6653121555');
  expect(proposal.partner.email).toContain('office@bantest.ac.th');
  expect(proposal.partial?.limits).toContain(limit);
  expect(proposal.partial?.note.en).toMatch(/^This page is too large or complex to read whole/);
  expect(proposal.partial?.note.th).toMatch(/^หน้านี้ใหญ่หรือซับซ้อนเกินกว่าจะอ่านได้ทั้งหมด/);
}

describe('extraction on hostile pages does bounded work and proposes what it read', () => {
  it('stops descending at the nesting limit on a page nested 5,000 deep', () => {
    const doc = bodyOf(`${ORGANISATION}${'<div><span>'.repeat(2_500)}ลึก${'</span></div>'.repeat(2_500)}`);
    expectWithinLimits(doc);
    expect(scanPage(doc).work.deepest).toBe(WORK_LIMITS.nestingDepth);
    expectPartialWithNote(doc, 'nestingDepth');
  });

  it('reads at most the microformat-root limit of a page with 2,000 h-cards, and proposes contacts from them', () => {
    const cards = Array.from(
      { length: 2_000 },
      (_, n) =>
        `<div class="h-card"><span class="p-name">นายสมชาย ใจดี${n}</span> <span class="p-job-title">ครู</span> <a class="u-email" href="mailto:t${n}@bantest.ac.th">อีเมล</a></div>`,
    ).join('');
    const doc = bodyOf(`${ORGANISATION}${cards}`);
    expectWithinLimits(doc);
    expect(scanPage(doc).work.microformatRoots).toBe(WORK_LIMITS.microformatRoots);
    expectPartialWithNote(doc, 'microformatRoots');
    expect(extractPage(doc, URL).contacts.length).toBeGreaterThan(0);
  });

  it('stops after the node limit on a page of more nodes than it', () => {
    const doc = bodyOf(`${ORGANISATION}${'<i>ก</i>'.repeat(WORK_LIMITS.nodes)}`);
    expectWithinLimits(doc);
    expectPartialWithNote(doc, 'nodes');
  });

  it('reads at most the character limit of visible text', () => {
    const doc = bodyOf(`${ORGANISATION}<p>${'ก'.repeat(WORK_LIMITS.characters + 10)}</p>`);
    expectWithinLimits(doc);
    expectPartialWithNote(doc, 'characters');
  });

  it('collects JSON-LD up to its size limit, all blocks together', () => {
    const block = `<script type="application/ld+json">{"@type":"WebPage","description":"${'x'.repeat(400_000)}"}</script>`;
    const doc = pageOf(`<html><head>${block.repeat(3)}</head><body>${ORGANISATION}</body></html>`);
    expectWithinLimits(doc);
    expect(scanPage(doc).jsonLdScripts).toHaveLength(2);
    expectPartialWithNote(doc, 'jsonLdCharacters');
  });

  it('reads an ordinary page whole, with no note', () => {
    expect(extractPage(bodyOf(ORGANISATION), URL).partial).toBeUndefined();
  });
});

describe('HTML bounded before a parser outside the browser reads it', () => {
  it('drops the tags of a 20 MB page past the nesting limit and keeps it parseable', () => {
    const depth = 2_000_000;
    const nested = `<html><body>${ORGANISATION}${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`;
    expect(nested.length).toBeGreaterThan(20_000_000);
    const bounded = boundHtmlForParsing(nested);
    expect(bounded.reached).toEqual(['htmlCharacters', 'nestingDepth']);
    expect(bounded.html.length).toBeLessThanOrEqual(HTML_PARSE_LIMITS.htmlCharacters);
    // <html> and <body> are the first two levels.
    expect(bounded.html.split('<div>').length - 1).toBe(HTML_PARSE_LIMITS.nestingDepth - 2);
    const doc = pageOf(bounded.html);
    expectWithinLimits(doc);
    expect(extractPage(doc, URL).partner.phone).toContain('+6653121555');
  });

  it('cuts an entity-heavy page before the reference past the limit', () => {
    const heavy = `<html><body>${ORGANISATION}<p>${'&amp;&lt;&#3585;'.repeat(1_000_000)}</p></body></html>`;
    const bounded = boundHtmlForParsing(heavy);
    expect(bounded.reached).toEqual(['htmlCharacters', 'characterReferences']);
    expect(bounded.html.match(/&[#a-z0-9]+;/gi)?.length).toBe(HTML_PARSE_LIMITS.characterReferences);
  });

  it('leaves script text alone and does not count what is inside it', () => {
    const page = `<html><body><script>${'<div>'.repeat(1_000)}&amp;</script>${'<div>'.repeat(10)}</body></html>`;
    expect(boundHtmlForParsing(page)).toEqual({ html: page, reached: [] });
  });
});
