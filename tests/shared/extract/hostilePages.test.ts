import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPage, toPlainProposal } from '../../../shared/extract';
import { bodyOf, pageOf } from './pageOf';

const URL = 'https://hostile.example/page';

/** Every text value of a proposal, for checks that must hold for all of them. */
function allValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allValues);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allValues);
  return [];
}

describe('hostile and broken pages never make extraction throw', () => {
  it('a JSON-LD block that is not JSON is skipped and the next block is still read', () => {
    const page = pageOf(`<html><head>
      <script type="application/ld+json">{ "@type": "School", "name": </script>
      <script type="application/ld+json">{"@type":"School","name":"โรงเรียนวัดป่า","telephone":"053-111-222"}</script>
      </head><body><p>x</p></body></html>`);
    const proposal = extractPage(page, URL);
    expect(proposal.partner.name).toBe('โรงเรียนวัดป่า');
    expect(proposal.partner.phone).toEqual(['+6653111222']);
  });

  it('JSON-LD nested thousands of levels deep is read to a limit, not to a stack overflow', () => {
    const deep = `${'['.repeat(5000)}{"@type":"Organization","name":"ลึก"}${']'.repeat(5000)}`;
    const nested = `{"@type":"WebPage","a":${'{"b":'.repeat(3000)}{"@type":"School","name":"ลึกมาก"}${'}'.repeat(3000)}}`;
    const page = pageOf(
      `<html><head><script type="application/ld+json">${deep}</script><script type="application/ld+json">${nested}</script></head><body></body></html>`,
    );
    expect(() => extractPage(page, URL)).not.toThrow();
  });

  it('a DOM nested fifty thousand elements deep is walked without recursion, to the depth limit', () => {
    const depth = 50_000;
    const page = bodyOf(
      `<p>อีเมล top@school.ac.th</p>${'<div>'.repeat(depth)}อีเมล deep@school.ac.th${'</div>'.repeat(depth)}`,
    );
    const proposal = extractPage(page, URL);
    expect(proposal.partner.email).toEqual(['top@school.ac.th']);
    expect(proposal.partial?.limits).toEqual(['nestingDepth']);
  });

  // How long extraction takes is measured in bench/extract.bench.ts, not asserted here.
  it('a huge attribute value is never read as text', () => {
    const huge = 'a'.repeat(5_000_000);
    const page = bodyOf(`<div data-x="${huge}" title="${huge}@x.com">โทร 02-123-4567</div>`);
    const proposal = extractPage(page, URL);
    expect(proposal.partner.phone).toEqual(['+6621234567']);
    expect(proposal.partner.email).toEqual([]);
  });

  it('script and style text is never read as page text', () => {
    const page = bodyOf(
      '<script>var mail = "bot@spam.example"; var tel = "02-999-9999";</script><style>.x{content:"css@spam.example"}</style><p>ok</p>',
    );
    const proposal = extractPage(page, URL);
    expect(proposal.partner.email).toEqual([]);
    expect(proposal.partner.phone).toEqual([]);
  });

  it('formula-like text stays text, with control characters stripped', () => {
    const page = pageOf(`<html><head><script type="application/ld+json">
      {"@type":"Organization","name":"=HYPERLINK(\\"http://evil.example\\")\\u0007\\u0000 มูลนิธิ","email":"a@b.example"}
      </script></head><body></body></html>`);
    const proposal = extractPage(page, URL);
    expect(proposal.partner.name).toBe('=HYPERLINK("http://evil.example") มูลนิธิ');
    const controls = [...allValues(toPlainProposal(proposal)).join('')].filter(
      (char) => char < ' ' || char === '\u007F',
    );
    expect(controls).toEqual([]);
  });

  it('zero-width characters inside an email are removed, in text, links and JSON-LD alike', () => {
    const page =
      pageOf(`<html><head><script type="application/ld+json">{"@type":"Organization","name":"ก","email":"ld\u200B@foo.example"}</script></head>
      <body><p>text\u200C@foo.example</p><a href="mailto:link\u2060@foo.example">mail</a></body></html>`);
    expect(extractPage(page, URL).partner.email.sort()).toEqual([
      'ld@foo.example',
      'link@foo.example',
      'text@foo.example',
    ]);
  });

  it('markup inside a structured-data name is dropped, so nothing is shown as HTML', () => {
    const page = pageOf(
      `<html><head><script type="application/ld+json">{"@type":"NGO","name":"<img src=x onerror=alert(1)>มูลนิธิทดสอบ"}</script></head><body></body></html>`,
    );
    expect(extractPage(page, URL).partner.name).toBe('มูลนิธิทดสอบ');
  });

  it('a document whose every method throws gives an empty proposal, not an exception', () => {
    const broken = new Proxy(
      {},
      {
        get() {
          throw new Error('hostile');
        },
      },
    ) as Document;
    const proposal = extractPage(broken, URL);
    expect(proposal).toEqual({
      url: URL,
      partner: { email: [], phone: [] },
      contacts: [],
      sources: { partner: {}, contacts: [] },
    });
  });

  it('an invalid page URL still gives a proposal', () => {
    const proposal = extractPage(bodyOf('<p>อีเมล a@b.example</p>'), 'not a url');
    expect(proposal.partner.email).toEqual(['a@b.example']);
    expect(proposal.partner.website).toBeUndefined();
  });

  it('random markup never makes extraction throw, and every list stays a list', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<div>',
        '</div>',
        '<table><tr><td>',
        '</td></tr></table>',
        '<li>',
        '<p hidden>',
        '<script type="application/ld+json">{',
        '</script>',
        'นายสมชาย ใจดี',
        'ผู้อำนวยการ',
        '053-121-555',
        'ต่อ 12',
        'a [at] b [dot] com',
        'LINE: @abc',
        'จังหวัดเชียงใหม่ 50180',
        '<a href="mailto:x@y.example">',
        '<a href="tel:+66">',
        '</a>',
        '"@type":"Event"',
        '<div itemscope itemtype="https://schema.org/Person">',
        '<span itemprop="name">',
        '<div class="h-card">',
        '&#64;',
        '\u200B',
        '\u0000',
        '<template>',
        '<br>',
      ),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.option(fc.string({ maxLength: 40 })),
        (pieces, selection) => {
          const proposal = extractPage(bodyOf(pieces.join('')), URL, { selection: selection ?? undefined });
          expect(Array.isArray(proposal.partner.email)).toBe(true);
          expect(Array.isArray(proposal.partner.phone)).toBe(true);
          for (const contact of proposal.contacts) expect(Array.isArray(contact.phone)).toBe(true);
          JSON.stringify(toPlainProposal(proposal));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('hidden elements are ignored', () => {
  const cases: [string, string][] = [
    ['the hidden attribute', '<p hidden>hidden@x.example</p>'],
    ['aria-hidden="true"', '<p aria-hidden="true">hidden@x.example</p>'],
    ['display:none', '<p style="color:red; display: none">hidden@x.example</p>'],
    ['visibility:hidden', '<p style="visibility:hidden">hidden@x.example</p>'],
    ['a template', '<template><p>hidden@x.example</p></template>'],
    ['noscript', '<noscript>hidden@x.example</noscript>'],
    [
      'a hidden ancestor',
      '<div style="display:none"><section><p><span>hidden@x.example</span></p></section></div>',
    ],
    ['a hidden mailto link', '<div hidden><a href="mailto:hidden@x.example">mail</a></div>'],
    [
      'hidden microdata',
      '<div hidden itemscope itemtype="https://schema.org/Organization"><span itemprop="email">hidden@x.example</span></div>',
    ],
    [
      'a hidden h-card',
      '<div aria-hidden="true" class="h-card"><a class="u-email" href="mailto:hidden@x.example">x</a></div>',
    ],
  ];
  for (const [what, html] of cases) {
    it(`text inside ${what} is not proposed`, () => {
      const proposal = extractPage(bodyOf(`${html}<p>visible@x.example</p>`), URL);
      expect(allValues(toPlainProposal(proposal))).not.toContain('hidden@x.example');
      expect(proposal.partner.email).toContain('visible@x.example');
    });
  }
});
