import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPartner } from '../../../shared/match/matchPartner';
import { foldOrganisationName } from '../../../shared/match/organisationName';
import { buildPartnerIndex } from '../../../shared/match/partnerIndex';
import { foldPersonName } from '../../../shared/match/personName';
import { isSharedDomain } from '../../../shared/match/sharedDomains';
import { registrableDomain } from '../../../shared/normalise/url';
import { matchesQuery, searchTokens } from '../../../shared/search/thaiSearch';

const thaiName = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'โรงเรียน',
        'อบต.',
        'องค์การบริหารส่วนตำบล',
        'บริษัท',
        'จำกัด',
        '(มหาชน)',
        'วัด',
        'ม.',
        'ทต.',
        'ดร.',
        'นาย',
        'Co., Ltd.',
        'the ',
      ),
      fc.constantFrom(
        'แม่แรม',
        'ดอนแก้ว',
        'ล้านนา',
        'ซอฟต์',
        'Lanna',
        'Soft',
        '๑',
        '1',
        ' ',
        '.',
        '\u200B',
        'ตําบล',
      ),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), thaiName);

describe('matching and search on arbitrary text', () => {
  it('folding a name twice gives the same fold, and never throws', () => {
    fc.assert(
      fc.property(anyText, (name) => {
        const organisation = foldOrganisationName(name);
        expect(foldOrganisationName(organisation)).toBe(organisation);
        const person = foldPersonName(name);
        expect(typeof person).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('a name always matches the partner it names, whatever the register holds', () => {
    fc.assert(
      fc.property(fc.array(thaiName, { minLength: 1, maxLength: 6 }), (names) => {
        const index = buildPartnerIndex(
          names.map((name, i) => ({ id: `P-${String(i + 1).padStart(4, '0')}`, name })),
        );
        for (const name of names) {
          const match = matchPartner(index, { name });
          if (foldOrganisationName(name) === '') expect(match).toBeUndefined();
          else
            expect(match && foldOrganisationName(index.get(match.id)!.name)).toBe(foldOrganisationName(name));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('domain, search and matching functions never throw on arbitrary input', () => {
    const index = buildPartnerIndex([
      { id: 'P-0001', name: 'อบต.แม่แรม', email: 'a@maeram.go.th', phone: '053-121-456' },
    ]);
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        registrableDomain(a);
        isSharedDomain(a);
        searchTokens(a);
        expect(matchesQuery(a, '')).toBe(true);
        matchesQuery(a, b);
        matchPartner(index, { name: a, emails: [a, b], phones: [a, b], website: b });
      }),
      { numRuns: 300 },
    );
  });

  it('every word of a text finds the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const word of searchTokens(text)) expect(matchesQuery(text, word)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
