import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, listItems } from '../../../shared/register/register';

/** listItems as it was before one-item cells were answered without splitting. */
const splitEveryCell = (cell: string | null) =>
  cellText(cell)
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

describe('the items of a list cell', () => {
  it('are what splitting, trimming and dropping empty items gives, one item or many', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc
        .array(fc.constantFrom('a@b.co', '+6653121555', 'P-0001', ',', ' ', ', ', '\t', '\n', 'x'), {
          maxLength: 5,
        })
        .map((pieces) => pieces.join('')),
    );
    fc.assert(
      fc.property(cell, (text) => {
        expect(listItems(text)).toEqual(splitEveryCell(text));
      }),
      { numRuns: 3000 },
    );
  });
});
