import type { Row } from '../../../shared/register/register';

/**
 * A generated register and import at any scale for partner matching: row n of the import names
 * partner n % (2 × partners), so exactly half of the rows are partners already in the register
 * (by phone, often also by e-mail domain or website), half are new. Used by the matching test and
 * by bench/partnerMatching.bench.ts.
 */
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

export function generatedPartner(n: number): Row {
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

/** Row n of the import as a person typed it (phone written the Thai way, อบต. abbreviated). */
export function generatedCandidate(n: number, partners: number) {
  const p = n % (partners * 2);
  const digits = String(100000 + p).padStart(6, '0');
  return {
    name: `${KINDS[p % KINDS.length].replace('องค์การบริหารส่วนตำบล', 'อบต.')}${PLACES[p % PLACES.length]}${p}`,
    emails: n % 4 === 0 ? [`someone${n}@org${p}.go.th`] : [],
    phones: [`053-${digits.slice(0, 3)}-${digits.slice(3)}`],
    website: n % 5 === 0 ? `org${p}.ac.th` : undefined,
  };
}

export type GeneratedCandidate = ReturnType<typeof generatedCandidate>;

/** The same row with its phones already in the stored E.164 form, as after normalisation. */
export function normalisedCandidate(row: GeneratedCandidate): GeneratedCandidate {
  return { ...row, phones: row.phones.map((phone) => `+66${phone.replace(/\D/g, '').slice(1)}`) };
}
