const THAI_ZERO = 0x0e50;

/** The text with Thai digits (๐–๙) written as 0–9; everything else unchanged. */
export function toArabicDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}
