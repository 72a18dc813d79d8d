import { describe, expect, it } from 'vitest';
import { isSharedDomain } from '../../../shared/match/sharedDomains';

describe('shared domains', () => {
  it.each([
    ['gmail.com'],
    ['hotmail.com'],
    ['outlook.com'],
    ['live.com'],
    ['yahoo.com'],
    ['yahoo.co.th'],
    ['icloud.com'],
  ])('knows the webmail domain %s identifies no partner', (domain) => {
    expect(isSharedDomain(domain)).toBe(true);
  });

  it('knows the Thai government mail domains many schools share', () => {
    expect(isSharedDomain('obec.go.th')).toBe(true);
    expect(isSharedDomain('moe.go.th')).toBe(true);
    expect(isSharedDomain('OBEC.GO.TH')).toBe(true);
  });

  it('knows site hosts where many organisations keep pages', () => {
    expect(isSharedDomain('facebook.com')).toBe(true);
    expect(isSharedDomain('sites.google.com')).toBe(true);
    expect(isSharedDomain('banmaeram.blogspot.com')).toBe(true);
  });

  it('takes an organisation’s own domain as identifying it', () => {
    expect(isSharedDomain('cmu.ac.th')).toBe(false);
    expect(isSharedDomain('maeram.go.th')).toBe(false);
    expect(isSharedDomain('lannasoft.co.th')).toBe(false);
  });
});
