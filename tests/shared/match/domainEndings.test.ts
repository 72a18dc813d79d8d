import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchPartner } from '../../../shared/match/matchPartner';
import { buildPartnerIndex, type PartnerIndex } from '../../../shared/match/partnerIndex';
import { hasEndingIn, plainHostOf, registrableDomain } from '../../../shared/normalise/url';

const partners = buildPartnerIndex([
  { id: 'P-0001', name: 'มหาวิทยาลัยเชียงใหม่', website: 'https://edu.cmu.ac.th', email: 'edu@cmu.ac.th' },
  { id: 'P-0002', name: 'โรงเรียนบ้านดอนแก้ว', website: 'https://www.facebook.com/bandonkaew' },
  { id: 'P-0003', name: 'บริษัท ล้านนาซอฟต์ จำกัด', website: 'https://www.lannasoft.co.th' },
  { id: 'P-0004', name: 'โรงเรียนบ้านป่าแดด', website: 'https://banpadad.blogspot.com' },
]);

/** The same index, but one that never sets an address aside by its host's endings: every domain is asked. */
function askingEveryDomain(index: PartnerIndex): PartnerIndex {
  const asking = Object.create(index) as PartnerIndex;
  asking.hasDomainEnding = () => true;
  return asking;
}

const host = fc
  .array(fc.constantFrom('www', 'edu', 'cmu', 'lannasoft', 'new1', 'facebook', 'm', 'banpadad', 'blogspot'), {
    minLength: 0,
    maxLength: 3,
  })
  .chain((labels) =>
    fc
      .constantFrom('ac.th', 'co.th', 'or.th', 'com', 'th', 'go.th')
      .map((suffix) => [...labels, suffix].join('.')),
  );
const address = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('https://', 'http://'),
      host,
      fc.constantFrom('', '/', '/bandonkaew', '/view/x?q#f', ':8080/'),
    )
    .map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom('info@', 'Edu@', 'mailto:a@', ''), host).map((parts) => parts.join('')),
);

describe('an address set aside by its host’s endings', () => {
  it('has a registrable domain that is one of its plain host’s endings, when it has a plain host', () => {
    fc.assert(
      fc.property(address, (text) => {
        const plain = plainHostOf(text);
        const domain = registrableDomain(text);
        if (plain === undefined || domain === undefined) return;
        expect(hasEndingIn(plain, new Set([domain]))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches exactly as asking the Public Suffix List about every domain does', () => {
    const asking = askingEveryDomain(partners);
    fc.assert(
      fc.property(
        fc.array(address, { maxLength: 2 }),
        fc.option(address, { nil: undefined }),
        (emails, website) => {
          expect(matchPartner(partners, { emails, website })).toEqual(
            matchPartner(asking, { emails, website }),
          );
          expect(matchPartner(partners, { emails, website, emailsStored: true })).toEqual(
            matchPartner(asking, { emails, website, emailsStored: true }),
          );
        },
      ),
      { numRuns: 2000 },
    );
    expect(matchPartner(partners, { emails: ['anan@cmu.ac.th'] })).toMatchObject({
      id: 'P-0001',
      by: 'domain',
    });
    expect(matchPartner(partners, { website: 'https://www.facebook.com/bandonkaew/about' })).toMatchObject({
      id: 'P-0002',
    });
    expect(matchPartner(partners, { website: 'https://new1.or.th' })).toBeUndefined();
  });

  it('is no plain host when the address is anything but the stored lower-case form', () => {
    expect(plainHostOf('https://X.ac.th')).toBeUndefined();
    expect(plainHostOf('mailto:a@x.ac.th')).toBeUndefined();
    expect(plainHostOf('https://x.ac.th:8080/')).toBeUndefined();
    expect(plainHostOf('a@x.ac.th')).toBe('x.ac.th');
    expect(plainHostOf('https://x.ac.th/contact')).toBe('x.ac.th');
    expect(hasEndingIn('a.b.ac.th', new Set(['b.ac.th']))).toBe(true);
    expect(hasEndingIn('a.b.ac.th', new Set(['a.b']))).toBe(false);
  });
});
