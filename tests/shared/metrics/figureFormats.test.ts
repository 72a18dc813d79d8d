import { describe, expect, it } from 'vitest';
import { serialOf } from '../../../shared/metrics/dates';
import { NETWORK_METRICS } from '../../../shared/metrics/definitions';
import { displayFigure, FIGURE_FORMATS, figureNumberFormat } from '../../../shared/metrics/figureFormats';
import { PARTNER_FORMULA_COLUMNS } from '../../../shared/metrics/partnerColumns';

describe('figure formats', () => {
  it('shows counts whole and grouped, shares in percent, ratios and scores rounded', () => {
    expect(displayFigure(1234567, 'count', 'th')).toBe('1,234,567');
    expect(displayFigure(0.2142857, 'share', 'en')).toBe('21%');
    expect(displayFigure(0.27472527472527475, 'ratio', 'th')).toBe('0.27');
    expect(displayFigure(71.91666666666667, 'score', 'en')).toBe('71.9');
  });

  it('shows money in baht with separators, Thai after the number and English before it', () => {
    expect(displayFigure(641000, 'money', 'th')).toBe('641,000 บาท');
    expect(displayFigure(400000, 'money', 'en')).toBe('฿400,000');
  });

  it('shows a date day month year, in the Buddhist Era in Thai, from a serial or an ISO date', () => {
    expect(displayFigure(serialOf('2025-06-15'), 'date', 'th')).toBe('15 มิ.ย. 2568');
    expect(displayFigure('2025-06-15', 'date', 'th')).toBe('15 มิ.ย. 2568');
    expect(displayFigure(serialOf('2025-06-15'), 'date', 'en')).toBe('15 Jun 2025');
  });

  it('leaves blanks blank and says yes or no for a flag', () => {
    expect(displayFigure('', 'count', 'th')).toBe('');
    expect(displayFigure(null, 'date', 'th')).toBe('');
    expect(displayFigure(true, 'flag', 'th')).toBe('ใช่');
    expect(displayFigure(false, 'flag', 'en')).toBe('no');
  });

  it('writes Buddhist-Era dates in an .xlsx and Gregorian ones in Sheets, whose patterns have no calendar', () => {
    expect(figureNumberFormat('date', 'xlsx', 'th')).toBe('[$-107041E]d mmm yyyy');
    expect(figureNumberFormat('date', 'sheets', 'th')).toBe('d mmm yyyy');
    expect(figureNumberFormat('count', 'sheets', 'en')).toBe('#,##0');
    expect(figureNumberFormat('text', 'xlsx', 'th')).toBeNull();
  });

  it('gives every metric a kind that has a format definition', () => {
    for (const metric of NETWORK_METRICS)
      expect(metric.format === 'table' || metric.format in FIGURE_FORMATS, metric.key).toBe(true);
    for (const column of PARTNER_FORMULA_COLUMNS)
      expect(column.kind in FIGURE_FORMATS, column.key).toBe(true);
    expect(PARTNER_FORMULA_COLUMNS.find((c) => c.key === 'resources_value')?.kind).toBe('money');
    expect(PARTNER_FORMULA_COLUMNS.find((c) => c.key === 'last_contact')?.kind).toBe('date');
  });
});
