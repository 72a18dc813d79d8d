import { describe, expect, it } from 'vitest';
import { normaliseLineId } from '../../../shared/normalise/lineId';

describe('normalising LINE IDs', () => {
  it.each([
    ['@banmaeram', '@banmaeram'],
    ['LINE: @LannaSoft', '@lannasoft'],
    ['Line ID: somchai.j', 'somchai.j'],
    ['line id somchai_99', 'somchai_99'],
    ['ไลน์ somchai-99', 'somchai-99'],
    ['ไลน์:somchai99', 'somchai99'],
    ['ไอดีไลน์ Somchai99', 'somchai99'],
    ['some chai 99', 'somechai99'],
    ['linebot', 'linebot'],
    ['idol99', 'idol99'],
    ['https://line.me/R/ti/p/@banmaeram', '@banmaeram'],
    ['https://line.me/ti/p/~somchai99', 'somchai99'],
  ])('stores %j as %j', (raw, expected) => {
    expect(normaliseLineId(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([['ab'], ['abcdefghijklmnopqrstuvwxyz'], ['สมชาย'], ['some/thing'], ['@'], ['']])(
    'refuses %j with line.invalid',
    (raw) => {
      const result = normaliseLineId(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.code).toBe('line.invalid');
    },
  );
});
