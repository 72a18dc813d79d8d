import fc from 'fast-check';
import type { Language } from '../../../shared/i18n/language';
import { normaliseRow } from '../../../shared/normalise/row';
import { emptyCounters, type Register, type Row, type Tables } from '../../../shared/register/register';
import { ENUMS, type EnumName } from '../../../shared/schema/enums';
import type { DataTabKey } from '../../../shared/schema/tabs';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';

const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(4, '0')}`;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });
const enumKey = (name: EnumName) => maybe(fc.constantFrom(...ENUMS[name].map((value) => value.key)));

/** Pieces of text a Thai office types, plus the characters that break CSV files and spreadsheets. */
const piece = fc.constantFrom(
  'โรงเรียน',
  'บ้านหนองบัว',
  'อบต.แม่แรม',
  'ประชุมวางแผน',
  'ครูสมศรี',
  'ผู้ปกครอง',
  'ปีการศึกษา ๒๕๖๘',
  'ICT',
  ' ',
  ',',
  '"',
  "'",
  '=SUM(A1:A9)',
  '+66',
  '-cmd',
  '@line',
  '\t',
  '\uFF1D',
  '\n',
);
const freeText = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const day = fc
  .integer({ min: 0, max: 2500 })
  .map((n) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10));

function canonical(tab: DataTabKey, raws: Record<string, unknown>[]): Row[] {
  return raws.map((raw) => normaliseRow(tab, raw).row);
}

/**
 * Registers as an import would leave them: every cell canonical, Thai and hostile text in the
 * free-text columns, references that point at rows of the register. Records are distinct (an
 * import rightly folds a repeated record into the first).
 */
export const csvRegisterArbitrary: fc.Arbitrary<Register> = fc
  .record({
    language: fc.constantFrom<Language>('th', 'en'),
    partnerCount: fc.integer({ min: 1, max: 6 }),
    activityCount: fc.integer({ min: 0, max: 6 }),
  })
  .chain(({ language, partnerCount, activityCount }) => {
    const partnerIds = Array.from({ length: partnerCount }, (_, i) => id('P', i * 3 + 2));
    const activityIds = Array.from({ length: activityCount }, (_, i) => id('A', i + 1));
    const partnerRef = fc.constantFrom(...partnerIds);
    const list = <T>(arb: fc.Arbitrary<T>, max: number) => fc.array(arb, { maxLength: max });
    return fc.record({
      language: fc.constant(language),
      partners: fc.tuple(
        ...partnerIds.map((partnerId, i) =>
          fc.record({
            id: fc.constant(partnerId),
            name: freeText.map((text) => `${text} ${i}`),
            sector: enumKey('sector'),
            network_type: enumKey('network_type'),
            status: enumKey('partner_status'),
            website: maybe(fc.constant(`https://www.school${i}.ac.th/`)),
            email: maybe(fc.constant(`office${i}@school${i}.ac.th`)),
            phone: maybe(fc.constant(`053 10${i} 00${i}`)),
            province: maybe(fc.constantFrom('เชียงใหม่', 'ลำพูน')),
            notes: maybe(freeText),
          }),
        ),
      ),
      contacts: list(
        fc.record({
          partner_id: maybe(partnerRef),
          name: freeText,
          role: maybe(freeText),
          line_id: maybe(fc.constantFrom('@banmaeram', 'somsri.m')),
          preferred_channel: enumKey('preferred_channel'),
        }),
        4,
      ),
      activities: fc.tuple(
        ...activityIds.map((activityId) =>
          fc.record({
            id: fc.constant(activityId),
            date: day,
            title: freeText,
            type: enumKey('activity_type'),
            partner_ids: fc.subarray(partnerIds).map((ids) => (ids.length === 0 ? null : ids.join(','))),
            strategy: enumKey('strategy'),
            participation_stage: enumKey('participation_stage'),
            participants: maybe(fc.integer({ min: 0, max: 500 })),
            outputs: maybe(freeText),
          }),
        ),
      ),
      agreements: list(
        fc.record({
          partner_id: partnerRef,
          title: freeText,
          kind: enumKey('agreement_kind'),
          signed: maybe(day),
          expires: maybe(day),
          status: enumKey('agreement_status'),
        }),
        3,
      ),
      resources: list(
        fc.record({
          date: day,
          partner_id: maybe(partnerRef),
          type: enumKey('resource_type'),
          description: maybe(freeText),
          value: maybe(fc.integer({ min: 0, max: 1_000_000 })),
          activity_id: activityIds.length > 0 ? maybe(fc.constantFrom(...activityIds)) : fc.constant(null),
        }),
        3,
      ),
      indicators: list(
        fc.record({
          strategy: enumKey('strategy'),
          name: freeText,
          level: enumKey('indicator_level'),
          direction: enumKey('indicator_direction'),
          target: maybe(fc.integer({ min: -100, max: 100 }).map((n) => n / 4)),
          unit: maybe(fc.constantFrom('ร้อยละ', 'คน')),
        }),
        3,
      ),
      reflections: list(
        fc.record({
          date: day,
          phase: enumKey('pdsa_phase'),
          challenge: enumKey('challenge'),
          lesson: maybe(freeText),
          due: maybe(day),
        }),
        3,
      ),
    });
  })
  .map((generated) => {
    const numbered = <T extends Record<string, unknown>>(prefix: string, rows: T[]) =>
      rows.map((row, i) => ({ ...row, id: id(prefix, i + 1) }));
    const tables: Tables = {
      partners: canonical('partners', generated.partners),
      contacts: canonical(
        'contacts',
        numbered('C', generated.contacts).map((row, i) => ({ ...row, name: `${row.name} ${i}` })),
      ),
      activities: canonical(
        'activities',
        generated.activities.map((row, i) => ({ ...row, title: `${row.title} ${i}` })),
      ),
      agreements: canonical(
        'agreements',
        numbered('M', generated.agreements).map((row, i) => ({ ...row, title: `${row.title} ${i}` })),
      ),
      resources: canonical(
        'resources',
        numbered('R', generated.resources).map((row, i) => ({
          ...row,
          description: `${row.description ?? ''} ${i}`,
        })),
      ),
      indicators: canonical(
        'indicators',
        numbered('I', generated.indicators).map((row, i) => ({ ...row, name: `${row.name} ${i}` })),
      ),
      reflections: canonical(
        'reflections',
        numbered('L', generated.reflections).map((row, i) => ({
          ...row,
          lesson: `${row.lesson ?? ''} ${i}`,
        })),
      ),
    };
    return { language: generated.language, tables, counters: emptyCounters(), settings: DEFAULT_SETTINGS };
  });
