import { describe, expect, it } from 'vitest';
import { packPage, unpackPage } from '../../extension/platform/packedPage';
import { gatherPage } from '../../shared/extract/rawPage';
import { bodyOf } from '../shared/extract/pageOf';

describe('the gathered page as the content script returns it', () => {
  it('unpacks to the page it packed, Thai text, blocks and microformat markup included', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, n) => `<tr><td>นายสมชาย ใจดี ${n}</td><td>ครูชำนาญการ</td><td>081-234-${1000 + n}</td></tr>`,
    ).join('');
    const page = gatherPage(
      bodyOf(`<table>${rows}</table><div class="h-card"><span class="p-name">โรงเรียนบ้านทดสอบ</span></div>`),
      'https://www.bantest.ac.th/',
      'ผู้อำนวยการ',
    );
    const packed = await packPage(page);
    expect(await unpackPage(packed)).toEqual(page);
  });

  it('gives back every code unit of the text, a lone surrogate and an emoji too', async () => {
    const page = gatherPage(
      bodyOf('<p>ครู \ud83d ผู้อำนวยการ 😀 โทร 053-121-555</p>'),
      'https://www.bantest.ac.th/',
    );
    expect(page.scan.text).toContain('\ud83d');
    expect(await unpackPage(await packPage(page))).toEqual(page);
  });

  it('is far smaller than the page it carries', async () => {
    const text = 'โรงเรียนจัดกิจกรรมการเรียนรู้ร่วมกับชุมชนและภาคีเครือข่ายในพื้นที่ '.repeat(2_000);
    const page = gatherPage(bodyOf(`<p>${text}</p>`), 'https://www.bantest.ac.th/');
    const packed = await packPage(page);
    expect(packed.length * 10).toBeLessThan(Buffer.byteLength(JSON.stringify(page)));
  });
});
