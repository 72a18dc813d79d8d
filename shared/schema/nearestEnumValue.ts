import { ENUMS, type EnumName, type EnumValue } from './enums';
import { foldLabel } from './headerText';

/** Below this likeness a text is not a near miss of any value: the person chooses. */
const NEAR_MISS_LIKENESS = 0.5;
/** Shorter texts (`S9`, `ก`) are alike to too much by chance to propose anything. */
const SHORTEST_NEAR_MISS = 3;

/** Letters only: spaces, dots and dashes differ between people, not meanings. */
function lettersOf(text: string): string {
  return foldLabel(text).replace(/[\s.\-/()]+/g, '');
}

/** Length of the longest common subsequence of two short texts. */
function commonSubsequence(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++)
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    previous = current;
  }
  return previous[b.length];
}

/** How alike two texts are, 0–1 (Dice over the longest common subsequence). */
function likeness(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  return (2 * commonSubsequence(a, b)) / (a.length + b.length);
}

/** The names a value is known by: key, both labels and aliases, as letters. */
function namesOf(value: EnumValue): string[] {
  return [value.key, value.th, value.en, ...(value.aliases ?? [])]
    .map(lettersOf)
    .filter((name) => name !== '');
}

/**
 * The allowed value a text that is none most likely means (หน่วยงานรัฐ → หน่วยงานภาครัฐ,
 * บริษัทเอกชน → ภาคเอกชน): a value one of whose names the text contains or is contained in, else
 * the most alike name above NEAR_MISS_LIKENESS. Undefined when nothing is near: the import
 * wizard then asks rather than guesses.
 */
export function nearestEnumValue(name: EnumName, text: string): string | undefined {
  const letters = lettersOf(text);
  if (letters.length < SHORTEST_NEAR_MISS) return undefined;
  let best: { key: string; score: number } | undefined;
  for (const value of ENUMS[name] as readonly EnumValue[]) {
    for (const known of namesOf(value)) {
      const contains = known.length >= 2 && (letters.includes(known) || known.includes(letters));
      // Containment of a longer name says more than of a short one.
      const score = Math.max(
        likeness(letters, known),
        contains ? 0.5 + known.length / (2 * letters.length + 2 * known.length) : 0,
      );
      if (!best || score > best.score) best = { key: value.key, score };
    }
  }
  return best && best.score >= NEAR_MISS_LIKENESS ? best.key : undefined;
}
