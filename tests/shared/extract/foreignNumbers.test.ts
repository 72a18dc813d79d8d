import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/extract';
import { regionOfCountry } from '../../../shared/extract/pageRegion';
import { findPhones } from '../../../shared/extract/textFacts';
import { bodyOf, jsonLdPage, pageOf } from './pageOf';

describe('a number on a foreign page keeps its country', () => {
  it('an organisation whose address is in the United Kingdom has British numbers', () => {
    const proposal = extractPage(
      jsonLdPage({
        '@context': 'https://schema.org',
        '@type': 'School',
        name: 'Clifton Primary School',
        telephone: '0117 496 0123',
        address: { '@type': 'PostalAddress', addressLocality: 'Bristol', addressCountry: 'GB' },
      }),
      'https://www.clifton-primary.example.org/',
    );
    expect(proposal.partner.phone).toEqual(['+441174960123']);
  });

  it('addressCountry may be a name or a Country node', () => {
    for (const country of ['United Kingdom', { '@type': 'Country', name: 'UK' }]) {
      const proposal = extractPage(
        jsonLdPage({
          '@type': 'Organization',
          name: 'Bristol Schools Trust',
          telephone: '020 7946 0958',
          address: { '@type': 'PostalAddress', addressCountry: country },
        }),
        'https://trust.example.org/',
      );
      expect(proposal.partner.phone).toEqual(['+442079460958']);
    }
  });

  it('a number written with its country code keeps it on a Thai page', () => {
    const proposal = extractPage(
      bodyOf('<p>Sister school in Japan: tel. +81 3-3580-3311</p><p>โทร 053-121-555</p>'),
      'https://www.bandonkaew.ac.th/',
    );
    expect(proposal.partner.phone).toEqual(['+81335803311', '+6653121555']);
  });

  it('a postal address ending in a country makes the page text’s national numbers that country’s', () => {
    const proposal = extractPage(
      bodyOf(
        '<h1>Clifton Primary School</h1><p>Guthrie Road, Bristol BS8 3EZ, United Kingdom</p><p>Telephone: 0117 496 0123</p>',
      ),
      'https://clifton.example.org/contact',
    );
    expect(proposal.partner.phone).toEqual(['+441174960123']);
  });

  it('a country domain or a language tag with a region tells the country when nothing else does', () => {
    const byDomain = extractPage(
      bodyOf('<p>Telefon: <a href="tel:030 901820">030 901820</a></p>'),
      'https://www.schule.example.de/',
    );
    expect(byDomain.partner.phone).toEqual(['+4930901820']);
    const byLang = extractPage(
      pageOf('<html lang="en-GB"><body><p>Call us: 020 7946 0958</p></body></html>'),
      'https://school.example.org/',
    );
    expect(byLang.partner.phone).toEqual(['+442079460958']);
  });

  it('a Thai site whose template says lang="en-US" still has Thai numbers', () => {
    const proposal = extractPage(
      pageOf('<html lang="en-US"><body><p>โทร 053-121-555, 081-234-5678</p></body></html>'),
      'https://rimnuea.example.org/',
    );
    expect(proposal.partner.phone).toEqual(['+6653121555', '+66812345678']);
  });

  it('a number without a country code on a page that says nothing is Thai', () => {
    expect(findPhones('โทร 02-123-4567').map((phone) => phone.value)).toEqual(['+6621234567']);
    expect(findPhones('Tel 020 7946 0958', undefined, 'GB').map((phone) => phone.value)).toEqual([
      '+442079460958',
    ]);
  });

  it('a .th domain is Thai whatever the page’s language tag says', () => {
    const proposal = extractPage(
      pageOf('<html lang="en-GB"><body><p>Tel. 053 121 555</p></body></html>'),
      'https://www.rimnuea.go.th/',
    );
    expect(proposal.partner.phone).toEqual(['+6653121555']);
  });
});

describe('a country as people write it', () => {
  it.each([
    ['GB', 'GB'],
    ['uk', 'GB'],
    ['United Kingdom', 'GB'],
    ['Japan', 'JP'],
    ['ประเทศญี่ปุ่น', 'JP'],
    ['ญี่ปุ่น', 'JP'],
    ['Thailand', 'TH'],
    ['Lao PDR', 'LA'],
  ])('%s is %s', (written, code) => {
    expect(regionOfCountry(written)).toBe(code);
  });

  it('a word that is no country is none', () => {
    expect(regionOfCountry('Bristol')).toBeUndefined();
    expect(regionOfCountry('ZZ')).toBeUndefined();
    expect(regionOfCountry('')).toBeUndefined();
  });
});
