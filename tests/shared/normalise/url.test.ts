import { describe, expect, it } from 'vitest';
import { normaliseUrl, registrableDomain } from '../../../shared/normalise/url';

function url(raw: string): string | undefined {
  const result = normaliseUrl(raw);
  return result.ok ? result.value : undefined;
}

describe('normalising web addresses', () => {
  it.each([
    ['https://www.maeram.go.th', 'https://www.maeram.go.th'],
    ['www.rimtai.go.th', 'https://www.rimtai.go.th'],
    ['banmaeram.ac.th', 'https://banmaeram.ac.th'],
    ['HTTPS://EDU.CMU.AC.TH/Contact?Lang=TH#map', 'https://edu.cmu.ac.th/Contact?Lang=TH#map'],
    ['http://Example.org:80/evidence/a1', 'http://example.org/evidence/a1'],
    ['https://example.org:8443/x', 'https://example.org:8443/x'],
    ['//www.lannasoft.co.th/about', 'https://www.lannasoft.co.th/about'],
    ['www.school.ac.th:8080/path', 'https://www.school.ac.th:8080/path'],
    ['localhost:3000/exec', 'https://localhost:3000/exec'],
    ['www.maeram.go.th/contact.', 'https://www.maeram.go.th/contact'],
    ['https://edu.cmu.ac.th,', 'https://edu.cmu.ac.th'],
    ['\u200B https://www.lannasoft.co.th/ ', 'https://www.lannasoft.co.th/'],
  ])('stores %j as %j', (raw, expected) => {
    expect(url(raw)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    ['data:text/html,<b>x</b>'],
    ['ftp://files.example.org'],
    ['file:///etc/passwd'],
    ['mailto:a@b.co'],
  ])('refuses the non-web link %j with url.scheme', (raw) => {
    const result = normaliseUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.code).toBe('url.scheme');
  });

  it.each([
    ['hello'],
    ['info@school.ac.th'],
    ['https://user:pw@evil.example'],
    ['https://'],
    ['http://exa mple.com'],
    [''],
  ])('refuses %j with url.invalid', (raw) => {
    const result = normaliseUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.code).toBe('url.invalid');
  });
});

describe('registrable domains', () => {
  it.each([
    ['edu.cmu.ac.th', 'cmu.ac.th'],
    ['https://edu.cmu.ac.th/contact', 'cmu.ac.th'],
    ['www.maeram.go.th', 'maeram.go.th'],
    ['https://www.lannasoft.co.th/about', 'lannasoft.co.th'],
    ['x@obec.go.th', 'obec.go.th'],
    ['mailto:hello@lannasoft.co.th', 'lannasoft.co.th'],
    ['school.or.th', 'school.or.th'],
    ['www.example.in.th', 'example.in.th'],
    ['WWW.Example.COM', 'example.com'],
  ])('finds %j on %j through the Public Suffix List', (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
  });

  it.each([['127.0.0.1'], ['localhost'], [''], ['ac.th']])('finds no registrable domain in %j', (input) => {
    expect(registrableDomain(input)).toBeUndefined();
  });
});
