import { describe, expect, it } from 'vitest';
import { dateText, dateTimeText } from '../../../shared/i18n/dateText';

describe('dates as people read them', () => {
  it('shows a date in the Buddhist Era with a Thai month in Thai, and in CE in English', () => {
    expect(dateText('2025-06-15', 'th')).toBe('15 มิ.ย. 2568');
    expect(dateText('2025-06-15', 'en')).toBe('15 Jun 2025');
  });

  it('shows a moment in Thai local time (UTC+7), across midnight', () => {
    expect(dateTimeText('2026-11-29T14:28:35.087Z', 'th')).toBe('29 พ.ย. 2569 21:28');
    expect(dateTimeText('2026-11-29T20:05:00Z', 'en')).toBe('30 Nov 2026 03:05');
  });

  it('leaves text that is no date as it is', () => {
    expect(dateText('ไม่ระบุ', 'th')).toBe('ไม่ระบุ');
  });
});
