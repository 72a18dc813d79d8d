import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { registrableDomain } from '../../../shared/normalise/url';

/** registrableDomain as it was before answers were kept per host: tldts asked every time. */
function unmemoised(input: string): string | undefined {
  let text = String(input).trim().toLowerCase();
  if (text === '') return undefined;
  text = text.replace(/^mailto:/, '');
  if (!text.includes('://')) {
    const at = text.lastIndexOf('@');
    if (at >= 0) text = text.slice(at + 1);
    text = text.replace(/[?#/].*$/, '');
  }
  return getDomain(text) ?? undefined;
}

const INPUTS = [
  'https://www.cmu.ac.th/contact',
  'http://org12.ac.th/contact',
  'org12.ac.th',
  'office@org12.ac.th',
  'mailto:Office@ORG12.ac.th',
  'HTTPS://New7.or.th',
  'https://new7.or.th?x=1',
  'https://new7.or.th#top',
  'https://new7.or.th.',
  'new7.or.th.',
  'https://user@evil.example/path',
  'https://new7.or.th:8080/x',
  'https://[::1]/x',
  'http://127.0.0.1/x',
  '127.0.0.1',
  'localhost',
  'http://localhost:3000',
  'https://banmaeram.blogspot.com',
  'https://sites.google.com/view/banmaeram',
  'https://www.facebook.com/banmaeram',
  'ftp://files.example.co.uk/a',
  'โรงเรียน.ไทย',
  'https://โรงเรียน.ไทย/หน้า',
  'xn--12c1fe0br.xn--o3cw4h',
  'not a host',
  'a@b',
  '',
];

describe('registrableDomain keeps its last answer per host', () => {
  it('gives what tldts gives, asked once or again, for URLs, hosts and emails', () => {
    for (const input of INPUTS) {
      const expected = unmemoised(input);
      expect(registrableDomain(input), input).toBe(expected);
      expect(registrableDomain(input), `${input} (again)`).toBe(expected);
    }
  });

  it('answers a URL and an email on the same host alike, whichever comes first', () => {
    expect(registrableDomain('info1@new1.or.th')).toBe('new1.or.th');
    expect(registrableDomain('https://new1.or.th/contact')).toBe('new1.or.th');
    expect(registrableDomain('https://edu.new2.ac.th')).toBe('new2.ac.th');
    expect(registrableDomain('x@edu.new2.ac.th')).toBe('new2.ac.th');
  });

  it('stays right after many distinct hosts, one after another', () => {
    for (let i = 0; i < 10_000; i++) expect(registrableDomain(`https://h${i}.co.th/x`)).toBe(`h${i}.co.th`);
    for (const input of INPUTS) expect(registrableDomain(input), input).toBe(unmemoised(input));
  });
});
