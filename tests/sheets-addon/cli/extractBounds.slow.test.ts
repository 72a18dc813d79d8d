import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTML_PARSE_LIMITS } from '../../../shared/extract/htmlParseBounds';
import { runNetreg } from './netregRun';

const ORGANISATION = '<h1>โรงเรียนบ้านทดสอบ</h1><p>โทร 053-121-555 อีเมล office@bantest.ac.th</p>';

describe('netreg extract on a hostile saved page', () => {
  it('bounds an entity-heavy page before parsing it and prints a partial proposal with a th/en note', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'netreg-extract-bounds-'));
    const references = HTML_PARSE_LIMITS.characterReferences * 4;
    writeFileSync(
      join(cwd, 'heavy.html'),
      `<html><head><meta charset="utf-8"></head><body>${ORGANISATION}<p>${'&amp;'.repeat(references)}</p></body></html>`,
    );
    const json = await runNetreg(cwd, [
      'extract',
      'heavy.html',
      '--url',
      'https://www.bantest.ac.th/',
      '--json',
    ]);
    expect(json.code).toBe(0);
    const proposal = JSON.parse(json.out);
    expect(proposal.partner.phone).toEqual(['+6653121555']);
    // The 50,000 references it keeps are text past the reading budget too.
    expect(proposal.partial.limits).toEqual(['characterReferences', 'characters']);
    expect(proposal.partial.note.en).toContain('character references');

    const readable = await runNetreg(cwd, ['extract', 'heavy.html', '--url', 'https://www.bantest.ac.th/']);
    expect(readable.out).toContain('Note: This page is too large or complex to read whole');
    expect(readable.out).toContain('หมายเหตุ: หน้านี้ใหญ่หรือซับซ้อนเกินกว่าจะอ่านได้ทั้งหมด');
  });
});
