import { describe, expect, it } from 'vitest';
import { cellDisplay } from '../../../shared/table/cellDisplay';

describe('a register cell as a person reads it', () => {
  it('shows a date with the Thai month and Buddhist year in Thai, and the English month in English', () => {
    expect(cellDisplay({ type: 'date' }, '2025-06-15', 'th')).toBe('15 มิ.ย. 2568');
    expect(cellDisplay({ type: 'date' }, '2025-06-15', 'en')).toBe('15 Jun 2025');
  });

  it('shows a moment in Thailand’s time', () => {
    expect(cellDisplay({ type: 'datetime' }, '2026-11-29T14:28:35.087Z', 'th')).toBe('29 พ.ย. 2569 21:28');
  });

  it('rounds and groups numbers, and writes money in baht', () => {
    expect(cellDisplay({ type: 'integer' }, '1200', 'th')).toBe('1,200');
    expect(cellDisplay({ type: 'number' }, '0.666666', 'en')).toBe('0.67');
    expect(cellDisplay({ type: 'money' }, '150000', 'th')).toBe('150,000 บาท');
    expect(cellDisplay({ type: 'money' }, '150000', 'en')).toBe('฿150,000');
  });

  it('leaves blanks, text and anything its column does not expect as it is', () => {
    expect(cellDisplay({ type: 'date' }, '', 'th')).toBe('');
    expect(cellDisplay({ type: 'date' }, 'ต้นปีหน้า', 'th')).toBe('ต้นปีหน้า');
    expect(cellDisplay({ type: 'money' }, 'ราว ๆ หมื่น', 'th')).toBe('ราว ๆ หมื่น');
    expect(cellDisplay({ type: 'text' }, '2025-06-15', 'th')).toBe('2025-06-15');
  });
});
