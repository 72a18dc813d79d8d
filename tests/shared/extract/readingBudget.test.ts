import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/extract/extractPage';
import { scanPage } from '../../../shared/extract/pageScan';
import { WORK_LIMITS } from '../../../shared/extract/workLimits';
import { bodyOf, pageOf } from './pageOf';

const URL = 'https://www.bantest.ac.th/news';
const SCHOOL = {
  '@context': 'https://schema.org',
  '@type': 'School',
  name: 'โรงเรียนบ้านทดสอบ',
  url: 'https://www.bantest.ac.th',
};
const NEWS_ITEM = `<article><h2>ข่าวประชาสัมพันธ์</h2><p>${'โรงเรียนจัดกิจกรรมการเรียนรู้ร่วมกับชุมชน '.repeat(10)}</p></article>`;
/** News items enough to fill the main flow's character budget twice over. */
const NEWS = NEWS_ITEM.repeat(Math.ceil((2 * WORK_LIMITS.characters) / 400));
const FOOTER =
  '<footer>โรงเรียนบ้านทดสอบ 123 หมู่ 5 ตำบลดอนแก้ว อำเภอแม่ริม จังหวัดเชียงใหม่ 50180 โทร 053-121-555 อีเมล office@bantest.ac.th</footer>';

/** A news page longer than the reading budget: the school's details only in its head, its end and its footer. */
function longNewsPage(end: string, head = ''): Document {
  return pageOf(
    `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ข่าว</title>${head}</head>` +
      `<body><header><nav>หน้าแรก ข่าว ติดต่อ</nav></header><main>${NEWS}</main>${end}</body></html>`,
  );
}

describe('a page longer than the reading budget', () => {
  it('is read to the budget and says the rest of its text was not read', () => {
    const { text, work } = scanPage(longNewsPage(''));
    expect(work.reached).toEqual(['characters']);
    expect(work.characters).toBe(WORK_LIMITS.characters);
    expect(text.length).toBe(WORK_LIMITS.characters);
    expect(work.nodes).toBeLessThan(WORK_LIMITS.nodes);
  });

  it("still yields its footer's address, phone and email, with a note that part of it was not read", () => {
    const proposal = extractPage(longNewsPage(FOOTER), URL);
    expect(proposal.partner.phone).toEqual(['+6653121555']);
    expect(proposal.partner.email).toEqual(['office@bantest.ac.th']);
    expect(proposal.partner.province).toBe('เชียงใหม่');
    expect(proposal.partner.postal_code).toBe('50180');
    expect(proposal.partial?.limits).toEqual(['characters']);
    expect(proposal.partial?.note.en).toContain("except the page's header, footer and addresses");
    expect(proposal.partial?.note.th).toContain('ยกเว้นส่วนหัว ส่วนท้าย และที่อยู่ของหน้า');
  });

  it("still yields the organisation its JSON-LD names, in the head or at the body's end", () => {
    const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
    const inHead = extractPage(longNewsPage('', jsonLd(SCHOOL)), URL);
    const atEnd = extractPage(longNewsPage(jsonLd({ ...SCHOOL, telephone: '053-121-555' })), URL);
    expect(inHead.partner.name).toBe('โรงเรียนบ้านทดสอบ');
    expect(atEnd.partner.name).toBe('โรงเรียนบ้านทดสอบ');
    expect(atEnd.partner.phone).toEqual(['+6653121555']);
  });

  it('reads the address elements and role=contentinfo parts after the budget, but not hidden ones', () => {
    const end =
      '<div role="contentinfo">ติดต่อ info@bantest.ac.th</div>' +
      '<address>ตำบลดอนแก้ว จังหวัดเชียงใหม่ 50180</address>' +
      '<footer hidden>decoy@spam.example</footer>' +
      '<div style="display:none"><footer>โทร 02-999-9999</footer></div>';
    const { text } = scanPage(longNewsPage(end));
    expect(text).toContain('info@bantest.ac.th');
    expect(text).toContain('จังหวัดเชียงใหม่ 50180');
    expect(text).not.toContain('decoy@spam.example');
    expect(text).not.toContain('02-999-9999');
  });

  it('reads a landmark once: not again when the budget ended after it, and not a landmark inside another twice', () => {
    const end = '<footer>ท้ายหน้า <address>ตำบลดอนแก้ว 50180</address></footer>';
    const { text } = scanPage(longNewsPage(end));
    expect(text.split('หน้าแรก ข่าว ติดต่อ')).toHaveLength(2);
    expect(text.split('ตำบลดอนแก้ว 50180')).toHaveLength(2);
  });

  it('reads the landmarks up to their own budget, and says so', () => {
    const footers = `<footer>${'อีเมล office@bantest.ac.th '.repeat(40)}</footer>`.repeat(
      Math.ceil((2 * WORK_LIMITS.landmarkCharacters) / 1000),
    );
    const { text, work } = scanPage(longNewsPage(footers));
    expect(work.reached).toEqual(['characters', 'landmarkCharacters']);
    expect(work.landmarkCharacters).toBeLessThanOrEqual(WORK_LIMITS.landmarkCharacters);
    expect(text.length).toBeLessThanOrEqual(WORK_LIMITS.characters + WORK_LIMITS.landmarkCharacters + 1);
  });

  it('is read past the node budget for its footer too', () => {
    const page = bodyOf(`<ul>${'<li>ก</li>'.repeat(WORK_LIMITS.nodes)}</ul>${FOOTER}`);
    const proposal = extractPage(page, URL);
    expect(proposal.partial?.limits).toEqual(['nodes']);
    expect(proposal.partner.phone).toEqual(['+6653121555']);
  });

  it('is not a page under the budget: that is read whole, with no note', () => {
    const page = longNewsPage(FOOTER);
    const short = bodyOf(`<main>${NEWS_ITEM.repeat(10)}</main>${FOOTER}`);
    expect(scanPage(short).work.reached).toEqual([]);
    expect(extractPage(short, URL).partial).toBeUndefined();
    expect(scanPage(page).work.reached).toEqual(['characters']);
  });
});
