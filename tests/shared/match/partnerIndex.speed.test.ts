import { describe, expect, it } from 'vitest';
import { matchPartner } from '../../../shared/match/matchPartner';
import { buildPartnerIndex } from '../../../shared/match/partnerIndex';
import type { Row } from '../../../shared/register/register';

/** The Foundation benchmark's scale: 50,000 imported rows against a 5,000-partner register. */
const PARTNERS = 5_000;
const ROWS = 50_000;
/**
 * The Foundation issue's figure for the whole import of 50,000 rows; matching normalised rows
 * must fit in it with room to spare, even on a loaded two-core machine running other tests.
 */
const BUDGET_MS = 2_000;

const KINDS = ['โรงเรียนบ้าน', 'องค์การบริหารส่วนตำบล', 'บริษัท ', 'วัด', 'มูลนิธิ', 'เทศบาลตำบล'];
const PLACES = [
  'แม่แรม',
  'ดอนแก้ว',
  'ริมใต้',
  'สันทราย',
  'หนองหาร',
  'แม่เหียะ',
  'ป่าแดด',
  'สุเทพ',
  'ช้างเผือก',
  'ฟ้าฮ่าม',
];

function partner(n: number): Row {
  const kind = KINDS[n % KINDS.length];
  const name = `${kind}${PLACES[n % PLACES.length]}${n}${kind === 'บริษัท ' ? ' จำกัด' : ''}`;
  return {
    id: `P-${String(n + 1).padStart(4, '0')}`,
    name,
    website: n % 3 === 0 ? `https://www.org${n}.ac.th` : null,
    email: n % 2 === 0 ? `office${n}@org${n}.go.th` : `school${n}@obec.go.th`,
    phone: `+6653${String(100000 + n).padStart(6, '0')}`,
  };
}

function candidate(n: number) {
  const p = n % (PARTNERS * 2); // half the rows are partners already in the register, half new ones
  const digits = String(100000 + p).padStart(6, '0');
  return {
    name: `${KINDS[p % KINDS.length].replace('องค์การบริหารส่วนตำบล', 'อบต.')}${PLACES[p % PLACES.length]}${p}`,
    emails: n % 4 === 0 ? [`someone${n}@org${p}.go.th`] : [],
    phones: [`053-${digits.slice(0, 3)}-${digits.slice(3)}`],
    website: n % 5 === 0 ? `org${p}.ac.th` : undefined,
  };
}

describe('matching at scale', () => {
  const partners = Array.from({ length: PARTNERS }, (_, n) => partner(n));
  const rows = Array.from({ length: ROWS }, (_, n) => candidate(n));

  function timeMatching(candidates: typeof rows): { elapsed: number; matched: number } {
    const started = performance.now();
    const index = buildPartnerIndex(partners);
    let matched = 0;
    for (const row of candidates) if (matchPartner(index, row)) matched++;
    return { elapsed: performance.now() - started, matched };
  }

  // Timed again when over budget: a neighbour's burst of work on a shared machine is not a regression.
  function quickestOf(candidates: typeof rows, budget: number): { elapsed: number; matched: number } {
    const first = timeMatching(candidates);
    if (first.elapsed < budget) return first;
    const second = timeMatching(candidates);
    return second.elapsed < first.elapsed ? second : first;
  }

  it(`matches ${ROWS} normalised rows against ${PARTNERS} partners well within ${BUDGET_MS} ms`, () => {
    const stored = rows.map((row) => ({
      ...row,
      phones: row.phones.map((phone) => `+66${phone.replace(/\D/g, '').slice(1)}`),
    }));
    const { elapsed, matched } = quickestOf(stored, BUDGET_MS / 2);
    console.log(
      `partner matching, normalised values: ${ROWS} rows × ${PARTNERS} partners in ${elapsed.toFixed(0)} ms`,
    );
    expect(matched).toBe(ROWS / 2);
    expect(elapsed).toBeLessThan(BUDGET_MS / 2);
  });

  it(`matches ${ROWS} rows as typed, parsing every phone, within ${BUDGET_MS} ms`, () => {
    const { elapsed, matched } = quickestOf(rows, BUDGET_MS);
    console.log(
      `partner matching, values as typed: ${ROWS} rows × ${PARTNERS} partners in ${elapsed.toFixed(0)} ms`,
    );
    expect(matched).toBe(ROWS / 2);
    expect(elapsed).toBeLessThan(BUDGET_MS);
  });
});
