import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseRow } from '../../../shared/normalise/row';
import { DATA_TAB_KEYS, tabDef } from '../../../shared/schema/tabs';
import { tabLineReader } from '../../../shared/table/readTab';

describe('rows and records built as copies of an empty one', () => {
  it('hold every column of the tab once, in column order, each row its own object', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DATA_TAB_KEYS),
        fc.dictionary(fc.string(), fc.string()),
        (tab, extra) => {
          const keys = tabDef(tab).columns.map((column) => column.key);
          const raw = { ...extra, name: 'ก', [keys[keys.length - 1]]: 'x' };
          const first = normaliseRow(tab, raw).row;
          const second = normaliseRow(tab, {}).row;
          expect(Object.keys(first)).toEqual(keys);
          expect(Object.keys(second)).toEqual(keys);
          expect(first).not.toBe(second);
          second[keys[0]] = 'changed';
          expect(normaliseRow(tab, {}).row[keys[0]]).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('read a cell by its column key alone, since no column key is a name every object inherits', () => {
    for (const tab of DATA_TAB_KEYS) {
      for (const { key } of tabDef(tab).columns) expect(key in Object.prototype).toBe(false);
    }
    expect(normaliseRow('partners', JSON.parse('{"__proto__": {"name": "ก"}}')).row.name).toBeNull();
  });

  it("read a line's cells under the header's columns, in the tab's column order", () => {
    const reader = tabLineReader('partners', ['อีเมล', 'ชื่อหน่วยงาน', 'หมายเหตุ'], { formulasAsText: true });
    const first = reader.read(['a@b.co', 'ก', ''], 2, []);
    const second = reader.read(['', 'ข', 'n'], 3, []);
    expect(first?.raw).toEqual({ name: 'ก', email: 'a@b.co', notes: '' });
    expect(Object.keys(second!.raw)).toEqual(Object.keys(first!.raw));
    expect(second?.raw).toEqual({ name: 'ข', email: '', notes: 'n' });
  });
});
