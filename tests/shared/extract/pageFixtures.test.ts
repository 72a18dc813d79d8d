import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/extract';
import { foldPersonName } from '../../../shared/match/personName';
import { documentOf } from '../../../sheets-addon/cli/pageDocument';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');

/** The address each saved page was served from, consistent with the website in its expected.json. */
const PAGE_URLS: Record<string, string> = {
  'school-contact': 'https://www.bandonkaew.ac.th/contact',
  'tambon-office': 'https://www.rimnuea.go.th/contact',
  'training-event': 'https://edu.cmu.ac.th/news/active-learning-workshop',
  'company-microdata': 'https://www.lannasoft.co.th/about',
  hostile: 'https://foundation.example/',
  'tambon-staff-credit': 'https://www.donkaew.go.th/staff',
  'school-executives': 'https://www.patueng.ac.th/executives',
  'event-page': 'https://www.nsp.example.ac.th/camp-2568',
  'hcard-fragment': 'https://www.maeklong.example.or.th/',
  'foreign-music-exchange': 'https://www.clifton-primary.example.org/music-exchange',
};

type Expected = {
  partner?: Record<string, string | string[]>;
  contacts?: Record<string, string | string[]>[];
  activity?: Record<string, string>;
  /** Other organisations the page describes (a venue, a performing group), offered instead of the partner. */
  otherPartners?: Record<string, string | string[]>[];
  /** Values the page shows that are not the partner's own (a web company's, a person's, a fax). */
  notProposed?: Record<string, string[]>;
};

/** Every expected field is found: strings equal, each expected list item present. */
function expectFields(
  actual: object | undefined,
  expected: Record<string, string | string[]>,
  where: string,
): void {
  const found = (actual ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(expected)) {
    if (Array.isArray(value)) expect(found[key], `${where}.${key}`).toEqual(expect.arrayContaining(value));
    else expect(found[key], `${where}.${key}`).toBe(value);
  }
}

const slugs = readdirSync(PAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('every saved page yields everything its expected.json lists', () => {
  it('finds the fixture folders', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5);
  });

  for (const slug of slugs) {
    it(`${slug}: the proposal holds every expected partner, contact and activity field`, () => {
      const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as Expected;
      const proposal = extractPage(documentOf(html), PAGE_URLS[slug] ?? `https://${slug}.example/`);

      if (expected.partner) expectFields(proposal.partner, expected.partner, 'partner');
      for (const contact of expected.contacts ?? []) {
        const match = proposal.contacts.find(
          (candidate) =>
            candidate.name && foldPersonName(candidate.name) === foldPersonName(String(contact.name)),
        );
        expect(match, `contact ${contact.name}`).toBeDefined();
        expectFields(match, contact, `contact ${contact.name}`);
      }
      if (expected.activity) expectFields(proposal.activity, expected.activity, 'activity');
      for (const other of expected.otherPartners ?? []) {
        const match = proposal.otherPartners?.find((candidate) => candidate.partner.name === other.name);
        expect(match, `other partner ${other.name}`).toBeDefined();
        expectFields(match?.partner, other, `other partner ${other.name}`);
      }
      for (const [key, values] of Object.entries(expected.notProposed ?? {})) {
        const proposed = (proposal.partner as unknown as Record<string, unknown>)[key];
        for (const value of values)
          expect(proposed, `partner.${key} must not hold ${value}`).not.toContain(value);
      }
    });
  }
});
