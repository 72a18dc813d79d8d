import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/csv/parseCsv';

describe('a CSV file without carriage returns', () => {
  it('is parsed as papaparse parses it when it guesses the line break itself', () => {
    const text = fc
      .array(fc.constantFrom('a', 'ก', ',', ';', '\t', '\n', '"', '""', ' ', '\n\n'), { maxLength: 30 })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (csv) => {
        const guessed = Papa.parse<string[]>(csv, {
          skipEmptyLines: false,
          delimitersToGuess: [',', ';', '\t'],
        });
        const grid = guessed.data;
        while (grid.length > 0 && grid[grid.length - 1].length === 1 && grid[grid.length - 1][0] === '')
          grid.pop();
        expect(parseCsv(csv).grid).toEqual(grid);
      }),
      { numRuns: 2000 },
    );
  });
});
