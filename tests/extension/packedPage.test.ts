import { describe, expect, it } from 'vitest';
import { packPage, unpackPage } from '../../extension/platform/packedPage';
import { gatherPage } from '../../shared/extract/rawPage';
import { bodyOf } from '../shared/extract/pageOf';

describe('the gathered page as the content script returns it', () => {
  it('unpacks to the page it packed, Thai text, blocks and microformat markup included', () => {
    const rows = Array.from(
      { length: 300 },
      (_, n) => `<tr><td>นายสมชาย ใจดี ${n}</td><td>ครูชำนาญการ</td><td>081-234-${1000 + n}</td></tr>`,
    ).join('');
    const page = gatherPage(
      bodyOf(`<table>${rows}</table><div class="h-card"><span class="p-name">โรงเรียนบ้านทดสอบ</span></div>`),
      'https://www.bantest.ac.th/',
      'ผู้อำนวยการ',
    );
    const packed = packPage(page);
    expect(unpackPage(packed)).toEqual(page);
  });

  it('gives back every code unit of the text, a lone surrogate and an emoji too', () => {
    const page = gatherPage(
      bodyOf('<p>ครู \ud83d ผู้อำนวยการ 😀 โทร 053-121-555</p>'),
      'https://www.bantest.ac.th/',
    );
    expect(page.scan.text).toContain('\ud83d');
    expect(unpackPage(packPage(page))).toEqual(page);
  });

  it('crosses as well-formed text, which a copy through UTF-8 leaves unchanged', () => {
    const page = gatherPage(bodyOf('<p>ครู \udc00 ผู้อำนวยการ \ud83d</p>'), 'https://www.bantest.ac.th/');
    const packed = packPage(page);
    const copied = new TextDecoder().decode(new TextEncoder().encode(packed));
    expect(copied).toBe(packed);
    expect(unpackPage(copied)).toEqual(page);
  });
});
