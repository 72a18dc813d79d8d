import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/extract/extractPage';
import { readMicroformats } from '../../../shared/extract/microformats';
import { proposePage } from '../../../shared/extract/proposePage';
import { bodyOf, pageOf } from './pageOf';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The content script runs proposePage without the microformat parser; only pages with h-card/h-event
// markup need the second script that carries it.
describe('proposePage without the microformat reader', () => {
  for (const slug of slugs) {
    it(`${slug}: gives what extractPage gives, or asks for the reader when the page has microformats`, () => {
      const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
      const url = `https://www.example.ac.th/${slug}`;
      const light = proposePage(pageOf(html), url, { selection: '' });
      const full = extractPage(pageOf(html), url, { selection: '' });
      if (/\b(?:h-card|h-event|vcard|vevent)\b/.test(html) && light === null) return;
      expect(light).toEqual(full);
    });
  }

  it('asks for the reader on a page with a visible h-card', () => {
    const page = bodyOf('<div class="h-card"><span class="p-name">โรงเรียนบ้านทดสอบ</span></div>');
    expect(proposePage(page, 'https://www.bantest.ac.th/')).toBeNull();
  });

  it('does not ask for it when the only h-card is hidden, and proposes as extractPage does', () => {
    const html =
      '<p>โทร 053-121-555</p><div hidden><div class="h-card"><span class="p-name">ซ่อน</span></div></div>';
    const light = proposePage(bodyOf(html), 'https://www.bantest.ac.th/');
    expect(light).not.toBeNull();
    expect(light).toEqual(extractPage(bodyOf(html), 'https://www.bantest.ac.th/'));
    expect(light?.partner.phone).toEqual(['+6653121555']);
  });

  it('with the reader given, reads the h-card as extractPage does', () => {
    const html =
      '<div class="h-card"><a class="p-name p-org u-url" href="https://www.bantest.ac.th/">โรงเรียนบ้านทดสอบ</a>' +
      '<a class="u-email" href="mailto:info@bantest.ac.th">info@bantest.ac.th</a></div>';
    const url = 'https://www.bantest.ac.th/';
    const withReader = proposePage(bodyOf(html), url, {}, readMicroformats);
    expect(withReader).toEqual(extractPage(bodyOf(html), url));
    expect(withReader.partner.name).toBe('โรงเรียนบ้านทดสอบ');
    expect(withReader.sources.partner.name).toBe('h-card');
  });
});
