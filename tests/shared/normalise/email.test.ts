import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../../shared/normalise/email';

describe('normalising email addresses', () => {
  it.each([
    ['saraban@maeram.go.th', 'saraban@maeram.go.th'],
    ['  Edu@CMU.ac.th  ', 'edu@cmu.ac.th'],
    ['mailto:hello@lannasoft.co.th', 'hello@lannasoft.co.th'],
    ['MAILTO:Hello@LannaSoft.co.th?subject=MOU&body=hi', 'hello@lannasoft.co.th'],
    ['\u200Barunee@lannasoft.co.th\uFEFF', 'arunee@lannasoft.co.th'],
    ['anan\u200D.s@cmu.ac.th', 'anan.s@cmu.ac.th'],
    ['<rimtai@rimtai.go.th>', 'rimtai@rimtai.go.th'],
    ['นายสมชาย ใจดี <Rimtai@Rimtai.go.th>', 'rimtai@rimtai.go.th'],
    ['first.last+network@school.ac.th', 'first.last+network@school.ac.th'],
  ])('stores %j as %j', (raw, expected) => {
    expect(normaliseEmail(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['not-an-email'],
    ['a@b'],
    ['a@@b.co'],
    ['.a@b.co'],
    ['a..b@b.co'],
    ['a b@c.co'],
    ['ครู@โรงเรียน'],
    [''],
  ])('refuses %j with email.invalid, quoting it in both languages', (raw) => {
    const result = normaliseEmail(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.code).toBe('email.invalid');
      expect(result.reason.message.th).toBe(
        `อีเมล "${raw}" ไม่ถูกต้อง กรุณาใช้รูปแบบ ชื่อ@โดเมน เช่น info@school.ac.th`,
      );
      expect(result.reason.message.en).toContain(`Email "${raw}" is not valid`);
    }
  });
});
