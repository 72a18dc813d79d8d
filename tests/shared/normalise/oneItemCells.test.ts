import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseCell } from '../../../shared/normalise/cell';
import { CellMemo } from '../../../shared/normalise/cellMemo';
import type { Result } from '../../../shared/result';
import { DATA_TAB_KEYS, tabDef } from '../../../shared/schema/tabs';

/** A result compared by what a person sees: the value, or the kind of refusal. */
const outcome = (result: Result<unknown>) => (result.ok ? result.value : result.reason.code);

const column = (tab: 'partners' | 'contacts', key: string) => tabDef(tab).columns.find((c) => c.key === key)!;

// Cells of list columns as files bring them: one item mostly, now and then two, a blank or a bad one.
const cell = fc
  .array(
    fc.constantFrom(
      'a@b.co',
      'Office@MaeRam.ac.th',
      '053 121 555',
      '+66 81 234 5678',
      'x',
      ' ',
      ';',
      ',',
      '\u200B',
      'ext. 12',
      'P-0001',
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((pieces) => pieces.join(''));

describe('a list cell of one item, normalised without building a list', () => {
  it('gives what the list path gives (the cell twice over takes it, its repeat dropped)', () => {
    const columns = [
      column('partners', 'email'),
      column('partners', 'phone'),
      column('contacts', 'email'),
      column('contacts', 'phone'),
      ...tabDef('contacts').columns.filter((c) => c.type === 'partner_refs'),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...columns), cell, (def, text) => {
        expect(outcome(normaliseCell(def, text))).toEqual(outcome(normaliseCell(def, `${text},${text}`)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('an empty or blank cell, answered before any normaliser', () => {
  it('is empty in every column of every tab, with or without a memo', () => {
    const memo = new CellMemo();
    for (const tab of DATA_TAB_KEYS) {
      for (const def of tabDef(tab).columns) {
        for (const text of ['', ' ', '\u200B', '\n']) {
          expect(normaliseCell(def, text), `${tab}.${def.key} ${JSON.stringify(text)}`).toEqual({
            ok: true,
            value: null,
          });
          expect(normaliseCell(def, text, memo)).toEqual({ ok: true, value: null });
        }
      }
    }
  });
});
