/** Thai vowel and tone marks sit above or below a letter and take no width of their own. */
const THAI_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

/** About how many character widths a text takes on screen: its letters, not its Thai marks. */
export function displayWidth(text: string): number {
  return text.replace(THAI_MARKS, '').length;
}
