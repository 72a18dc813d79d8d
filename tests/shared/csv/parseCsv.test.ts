import { describe, expect, it } from 'vitest';
import { parseCsv, streamCsv } from '../../../shared/csv/parseCsv';

/** Every line streamCsv visits, with the index it gives. */
function streamed(text: string) {
  const visited: { index: number; cells: string[] }[] = [];
  const { lines, broken } = streamCsv(text, (cells, index) => visited.push({ index, cells }));
  return { visited, count: lines, broken };
}

describe('a CSV file read a line at a time', () => {
  it('visits the lines parseCsv gives, blank lines in their place, without the empty end', () => {
    const text = '\uFEFFname,phone\n\nวัดแม่แรม,"053 121 555\nต่อ 12"\nอบต.ริมใต้,053 100 200\n\n\n';
    const { visited, count, broken } = streamed(text);
    expect(broken).toBeUndefined();
    expect(visited.map((line) => line.cells)).toEqual(parseCsv(text).grid);
    expect(visited.map((line) => line.index)).toEqual([0, 1, 2, 3]);
    expect(count).toBe(4);
  });

  it('reports a quote left open on the line parseCsv reports it', () => {
    const text = 'name,phone\n\nวัดแม่แรม,053 121 555\n"อบต.ริมใต้,053 100 200\n';
    const { broken, count } = streamed(text);
    expect(broken).toEqual(parseCsv(text).broken);
    expect(broken?.line).toBe(4);
    expect(broken?.detail).toEqual({
      th: 'มีเครื่องหมายคำพูด (") เปิดไว้แต่ไม่ได้ปิด',
      en: 'a quote (") is opened and never closed',
    });
    expect(count).toBe(parseCsv(text).grid.length);
  });
});
