/** A1 column letters of a 1-based column number (`1` → `A`, `26` → `Z`, `27` → `AA`). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
