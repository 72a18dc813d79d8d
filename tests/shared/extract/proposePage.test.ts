import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/extract/extractPage';
import { readMicroformats } from '../../../shared/extract/microformats';
import { scanPage } from '../../../shared/extract/pageScan';
import { proposePage } from '../../../shared/extract/proposePage';
import { gatherPage, type RawPage, scanOf } from '../../../shared/extract/rawPage';
import { bodyOf, pageOf } from './pageOf';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** What the capture page receives: the gathered page after the injection's message copy. */
const sent = (page: RawPage): RawPage => JSON.parse(JSON.stringify(page));

// The content script only gathers; the capture page proposes from what it sent.
describe('proposePage on what the content script gathered', () => {
  for (const slug of slugs) {
    it(`${slug}: proposes what extractPage proposes, after the message copy`, () => {
      const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
      const url = `https://www.example.ac.th/${slug}`;
      const gathered = sent(gatherPage(pageOf(html), url, ''));
      expect(proposePage(gathered, readMicroformats)).toEqual(
        extractPage(pageOf(html), url, { selection: '' }),
      );
    });
  }

  it('sends the blocks as small differences and gets back the blocks of the walk, nesting included', () => {
    const html = readFileSync(join(PAGES, 'school-executives', 'source.html'), 'utf8');
    const gathered = sent(gatherPage(pageOf(html), 'https://www.example.ac.th/'));
    const { blocks } = scanPage(pageOf(html));
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.some((block) => block.parent >= 0)).toBe(true);
    expect(scanOf(gathered).blocks).toEqual(blocks);
  });

  it('gathers the markup of a visible h-card for the reader, and the reader reads it', () => {
    const html =
      '<div class="h-card"><a class="p-name p-org u-url" href="https://www.bantest.ac.th/">โรงเรียนบ้านทดสอบ</a>' +
      '<a class="u-email" href="mailto:info@bantest.ac.th">info@bantest.ac.th</a></div>';
    const url = 'https://www.bantest.ac.th/';
    const gathered = gatherPage(bodyOf(html), url);
    expect(gathered.microformatHtml).toContain('class="h-card"');
    const withReader = proposePage(sent(gathered), readMicroformats);
    expect(withReader.partner.name).toBe('โรงเรียนบ้านทดสอบ');
    expect(withReader.sources.partner.name).toBe('h-card');
    expect(proposePage(sent(gathered)).sources.partner.name).not.toBe('h-card');
  });

  it('gathers no microformat markup when the only h-card is hidden, so no reader is needed', () => {
    const html =
      '<p>โทร 053-121-555</p><div hidden><div class="h-card"><span class="p-name">ซ่อน</span></div></div>';
    const gathered = gatherPage(bodyOf(html), 'https://www.bantest.ac.th/');
    expect(gathered.microformatHtml).toBe('');
    expect(proposePage(sent(gathered)).partner.phone).toEqual(['+6653121555']);
  });

  it('sends only the links extraction reads: mailto, tel and line.me', () => {
    const html =
      '<a href="/news">ข่าว</a><a href="https://www.facebook.com/bantest">Facebook</a>' +
      '<a href=" mailto:info@bantest.ac.th">อีเมล</a><a href="tel:053121555">โทร</a>' +
      '<a href="https://line.me/ti/p/~bantest">LINE</a>';
    const hrefs = gatherPage(bodyOf(html), 'https://www.bantest.ac.th/').scan.links.map((link) => link.href);
    expect(hrefs).toEqual([' mailto:info@bantest.ac.th', 'tel:053121555', 'https://line.me/ti/p/~bantest']);
  });

  it('sends the selection and the head as the page has them; proposing reads them', () => {
    const page = bodyOf(
      '<p>ข่าว</p>',
      '<title> โรงเรียนบ้านทดสอบ </title><meta property="og:site_name" content="บ้านทดสอบ">',
    );
    const gathered = gatherPage(page, 'https://www.bantest.ac.th/', 'info@bantest.ac.th');
    expect(gathered.meta).toEqual({ title: ' โรงเรียนบ้านทดสอบ ', values: [['og:site_name', 'บ้านทดสอบ']] });
    const proposal = proposePage(sent(gathered));
    expect(proposal.partner.email).toEqual(['info@bantest.ac.th']);
    expect(proposal.sources.partner.email).toEqual(['selection']);
  });

  it('gives an empty proposal for a message that is not a gathered page', () => {
    const proposal = proposePage({ url: 'https://www.bantest.ac.th/' } as RawPage);
    expect(proposal.contacts).toEqual([]);
    expect(proposal.partner.email).toEqual([]);
  });
});
