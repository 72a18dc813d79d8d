import { describe, expect, it } from 'vitest';
import { normaliseEnum } from '../../../shared/normalise/enumValue';

describe('normalising enum values', () => {
  it('accepts a key, a Thai label, an English label or an alias', () => {
    expect(normaliseEnum('participation_stage', 'implement')).toEqual({ ok: true, value: 'implement' });
    expect(normaliseEnum('participation_stage', 'ร่วมลงทุนและดำเนินการ')).toEqual({
      ok: true,
      value: 'implement',
    });
    expect(normaliseEnum('participation_stage', 'ร่วมวางแผน')).toEqual({ ok: true, value: 'plan' });
    expect(normaliseEnum('sector', ' Private sector ')).toEqual({ ok: true, value: 'private' });
    expect(normaliseEnum('sector', 'อบต.')).toEqual({ ok: true, value: 'local_gov' });
    expect(normaliseEnum('strategy', 'S3')).toEqual({ ok: true, value: 'S3' });
  });

  it('ignores spacing and punctuation inside a label', () => {
    expect(normaliseEnum('participation_stage', 'ร่วม วางแผน')).toEqual({ ok: true, value: 'plan' });
    expect(normaliseEnum('participation_stage', 'co-thinking and deciding')).toEqual({
      ok: true,
      value: 'decide',
    });
    expect(normaliseEnum('strategy', 's 3')).toEqual({ ok: true, value: 'S3' });
  });

  it('reads a strategy given by its number, in Thai or Arabic digits', () => {
    expect(normaliseEnum('strategy', '3')).toEqual({ ok: true, value: 'S3' });
    expect(normaliseEnum('strategy', 'กลยุทธ์ 5')).toEqual({ ok: true, value: 'S5' });
    expect(normaliseEnum('strategy', 'กลยุทธ์ที่ ๖')).toEqual({ ok: true, value: 'S6' });
    expect(normaliseEnum('strategy', '7').ok).toBe(false);
    expect(normaliseEnum('participation_stage', '3').ok).toBe(false);
  });

  it('refuses an unknown value and lists the allowed labels in each language', () => {
    const result = normaliseEnum('participation_stage', 'ขั้นที่ไม่มี');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.code).toBe('enum.unknown');
    expect(result.reason.message.th).toContain('"ขั้นที่ไม่มี"');
    expect(result.reason.message.th).toContain('ร่วมคิดและตัดสินใจ');
    expect(result.reason.message.th).not.toContain('Planning');
    expect(result.reason.message.en).toContain('Planning');
    expect(result.reason.message.en).not.toContain('ร่วมวางแผน');
  });

  it('refuses the strategy S9, which does not exist', () => {
    const result = normaliseEnum('strategy', 'S9');
    expect(result.ok ? undefined : result.reason.code).toBe('enum.unknown');
  });
});
