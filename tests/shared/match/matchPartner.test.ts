import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MATCH_SCORES, matchPartner } from '../../../shared/match/matchPartner';
import { buildPartnerIndex, buildPartnerIndexEntries } from '../../../shared/match/partnerIndex';
import { normaliseRow } from '../../../shared/normalise/row';
import type { Row } from '../../../shared/register/register';

function csv(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

const fixturePartners: Row[] = csv(
  readFileSync(new URL('./fixtures/partners.csv', import.meta.url), 'utf8'),
).map((raw) => normaliseRow('partners', raw).row);
const index = buildPartnerIndex(fixturePartners);

describe('matching a record to an existing partner', () => {
  it('matches by the same email address first', () => {
    const match = matchPartner(index, { name: 'โรงเรียนบ้านแม่แรม', emails: ['BanMaeRam@obec.go.th'] });
    expect(match).toMatchObject({ id: 'P-0004', by: 'email', score: MATCH_SCORES.email });
    expect(match?.reason.message.en).toBe(
      'already in the register as “โรงเรียนบ้านแม่แรม” — matched by email banmaeram@obec.go.th',
    );
    expect(match?.reason.message.th).toContain('“โรงเรียนบ้านแม่แรม”');
    expect(match?.reason.message.th).not.toContain('P-0004');
  });

  it('matches the emails of a stored row as they are, as it matches the same addresses typed', () => {
    const typed = matchPartner(index, { emails: [' BanMaeRam@OBEC.go.th '] });
    const stored = matchPartner(index, { emails: ['banmaeram@obec.go.th'], emailsStored: true });
    expect(stored).toEqual(typed);
    expect(stored).toMatchObject({ id: 'P-0004', by: 'email' });
  });

  it('matches a new address on a partner’s own domain, found through the Public Suffix List', () => {
    const match = matchPartner(index, { name: 'Someone new', emails: ['anan.s@cmu.ac.th'] });
    expect(match).toMatchObject({ id: 'P-0003', by: 'domain', score: MATCH_SCORES.domain });
    expect(match?.reason).toEqual({
      code: 'match.domain',
      message: {
        en: 'already in the register as “มหาวิทยาลัยเชียงใหม่ คณะศึกษาศาสตร์” — matched by domain cmu.ac.th',
        th: 'มีอยู่ในทะเบียนแล้วเป็น “มหาวิทยาลัยเชียงใหม่ คณะศึกษาศาสตร์” — โดเมนตรงกัน (cmu.ac.th)',
      },
    });
    expect(matchPartner(index, { website: 'https://www.maeram.go.th/news/1' })).toMatchObject({
      id: 'P-0001',
      by: 'domain',
    });
  });

  it('never matches by a shared domain such as obec.go.th or gmail.com', () => {
    expect(
      matchPartner(index, { name: 'โรงเรียนบ้านดอนแก้ว', emails: ['bandonkaew@obec.go.th'] }),
    ).toBeUndefined();
    expect(matchPartner(index, { emails: ['somebody@gmail.com'] })).toBeUndefined();
    expect(matchPartner(index, { website: 'https://www.facebook.com/banmaeram' })).toBeUndefined();
  });

  it('matches a page on a shared host such as Facebook to the partner whose website it is', () => {
    const pages = buildPartnerIndex([
      { id: 'P-0001', name: 'โรงเรียนบ้านดอนแก้ว', website: 'https://www.facebook.com/bandonkaew' },
      { id: 'P-0002', name: 'โรงเรียนบ้านป่าแดด', website: 'https://sites.google.com/view/banpadad' },
    ]);
    const match = matchPartner(pages, { website: 'https://m.facebook.com/BanDonKaew/about' });
    expect(match).toMatchObject({ id: 'P-0001', by: 'domain', score: MATCH_SCORES.domain });
    expect(match?.reason.code).toBe('match.site');
    expect(match?.reason.message.en).toBe(
      'already in the register as “โรงเรียนบ้านดอนแก้ว” — matched by web page facebook.com/bandonkaew',
    );
    expect(matchPartner(pages, { website: 'https://sites.google.com/view/banpadad/contact' })).toMatchObject({
      id: 'P-0002',
    });
    expect(matchPartner(pages, { website: 'https://www.facebook.com/someoneelse' })).toBeUndefined();
    expect(matchPartner(pages, { website: 'https://sites.google.com/view/other' })).toBeUndefined();
  });

  it('matches by name through Thai prefixes and company forms', () => {
    expect(matchPartner(index, { name: 'อบต.แม่แรม' })).toMatchObject({
      id: 'P-0001',
      by: 'name',
      score: MATCH_SCORES.name,
    });
    expect(matchPartner(index, { name: 'ล้านนาซอฟต์' })).toMatchObject({ id: 'P-0005', by: 'name' });
    expect(matchPartner(index, { name: 'บมจ. ล้านนาซอฟต์' })).toMatchObject({ id: 'P-0005', by: 'name' });
    expect(matchPartner(index, { name: 'ร.ร.บ้านแม่แรม' })).toMatchObject({ id: 'P-0004', by: 'name' });
    expect(matchPartner(index, { name: 'เทศบาลตำบลแม่แรม' })).toBeUndefined();
  });

  it('matches by phone, ignoring an extension and the way it was written', () => {
    const match = matchPartner(index, { phones: ['02 123 4567 ต่อ 12'] });
    expect(match).toMatchObject({ id: 'P-0005', by: 'phone', score: MATCH_SCORES.phone });
    expect(match?.reason.message.en).toBe(
      'already in the register as “บริษัท ล้านนาซอฟต์ จำกัด” — matched by phone 02-123-4567',
    );
    expect(matchPartner(index, { phones: ['๐๕๓ ๒๒๒ ๐๑๐'] })).toMatchObject({ id: 'P-0002', by: 'phone' });
  });

  it('lets the strongest evidence win when the clues point at different partners', () => {
    const nameAndPhone = matchPartner(index, { name: 'อบต.แม่แรม', phones: ['053 222 010'] });
    expect(nameAndPhone).toMatchObject({ id: 'P-0001', by: 'name' });
    const emailAndName = matchPartner(index, { name: 'อบต.แม่แรม', emails: ['edu@cmu.ac.th'] });
    expect(emailAndName).toMatchObject({ id: 'P-0003', by: 'email' });
  });

  it('finds nothing for a partner that is not in the register, or for an empty record', () => {
    expect(matchPartner(index, { name: 'มูลนิธิเด็กดอย', phones: ['08-5555-0199'] })).toBeUndefined();
    expect(matchPartner(index, {})).toBeUndefined();
    expect(
      matchPartner(index, {
        name: '',
        emails: ['not-an-email'],
        phones: ['abc'],
        website: 'javascript:alert(1)',
      }),
    ).toBeUndefined();
  });

  it('matches the rows of the legacy Windows-874 contact list that are already in the register', () => {
    const bytes = readFileSync(new URL('./fixtures/legacy-contacts-windows-874.csv', import.meta.url));
    const rows = csv(new TextDecoder('windows-874').decode(bytes));
    const found = rows.map((row) =>
      matchPartner(index, {
        name: row.ชื่อหน่วยงาน,
        emails: row.อีเมล ? [row.อีเมล] : [],
        phones: row.โทรศัพท์ ? [row.โทรศัพท์] : [],
        website: row.เว็บไซต์,
      }),
    );
    expect(found.map((match) => match && `${match.id} by ${match.by}`)).toEqual([
      undefined,
      'P-0005 by domain',
      undefined,
      'P-0004 by email',
      undefined,
      undefined,
    ]);
  });

  it('matches the organisations of a Google Contacts export to partners, and leaves the rest new', () => {
    const rows = csv(readFileSync(new URL('./fixtures/google-contacts-export.csv', import.meta.url), 'utf8'));
    const found = rows.map((row) =>
      matchPartner(index, {
        name: row['Organization Name'],
        emails: [row['E-mail 1 - Value'], row['E-mail 2 - Value']].filter(Boolean),
        phones: [row['Phone 1 - Value'], row['Phone 2 - Value']].filter(Boolean),
        website: row['Website 1 - Value'],
      }),
    );
    expect(found.map((match) => match && `${match.id} by ${match.by}`)).toEqual([
      'P-0003 by domain',
      undefined,
      undefined,
    ]);
  });

  it('prefers, among partners sharing a domain, the one with the same name, and trusts a bare shared domain less', () => {
    const faculties = buildPartnerIndex([
      { id: 'P-0001', name: 'มหาวิทยาลัยเชียงใหม่ คณะศึกษาศาสตร์', website: 'https://edu.cmu.ac.th' },
      { id: 'P-0002', name: 'มหาวิทยาลัยเชียงใหม่ คณะวิทยาศาสตร์', website: 'https://science.cmu.ac.th' },
    ]);
    expect(
      matchPartner(faculties, { name: 'ม.เชียงใหม่ คณะวิทยาศาสตร์', emails: ['dean@science.cmu.ac.th'] }),
    ).toMatchObject({ id: 'P-0002', by: 'domain', score: MATCH_SCORES.domain });
    expect(matchPartner(faculties, { emails: ['someone@cmu.ac.th'] })).toMatchObject({
      id: 'P-0001',
      by: 'domain',
      score: MATCH_SCORES.sharedByPartners,
    });
  });

  it('matches a contact’s email or phone to the partner the contact belongs to', () => {
    const withContacts = buildPartnerIndex(fixturePartners, [
      {
        id: 'C-0001',
        partner_id: 'P-0002',
        name: 'พระครูสุนทร',
        email: 'sunthon@gmail.com',
        phone: '+66891112222',
      },
    ]);
    expect(matchPartner(withContacts, { emails: ['Sunthon@Gmail.com'] })).toMatchObject({
      id: 'P-0002',
      by: 'email',
    });
    expect(matchPartner(withContacts, { phones: ['089 111 2222'] })).toMatchObject({
      id: 'P-0002',
      by: 'phone',
    });
    // The contact's webmail domain does not make every gmail user this temple.
    expect(matchPartner(withContacts, { emails: ['other@gmail.com'] })).toBeUndefined();
  });
});

describe('the partner index', () => {
  it('keeps what identifies each partner, normalised, and leaves shared domains out', () => {
    const entries = buildPartnerIndexEntries(fixturePartners);
    expect(entries).toHaveLength(8);
    expect(entries.find((entry) => entry.id === 'P-0004')).toEqual({
      id: 'P-0004',
      name: 'โรงเรียนบ้านแม่แรม',
      domains: ['banmaeram.ac.th'],
      emails: ['banmaeram@obec.go.th'],
      phones: ['+66812345678'],
    });
    expect(entries.find((entry) => entry.id === 'P-0003')?.domains).toEqual(['cmu.ac.th']);
  });

  it('keeps a partner’s good addresses and numbers when one item of a list is mistyped', () => {
    const [entry] = buildPartnerIndexEntries([
      {
        id: 'P-0009',
        name: 'โรงเรียนบ้านดอนแก้ว',
        email: 'not-an-email; info@bandonkaew.ac.th',
        phone: '02 123 4567 ต่อ 12; 12345\n053 222 010',
      },
    ]);
    expect(entry.emails).toEqual(['info@bandonkaew.ac.th']);
    expect(entry.domains).toEqual(['bandonkaew.ac.th']);
    expect(entry.phones).toEqual(['+6621234567', '+6653222010']);
  });

  it('normalises raw rows the same way as stored ones', () => {
    const raw = csv(readFileSync(new URL('./fixtures/partners.csv', import.meta.url), 'utf8'));
    expect(buildPartnerIndexEntries(raw as unknown as Row[])).toEqual(
      buildPartnerIndexEntries(fixturePartners),
    );
  });

  it('gives the same matches when rebuilt from entries that crossed JSON', () => {
    const entries = JSON.parse(JSON.stringify(buildPartnerIndexEntries(fixturePartners)));
    const rebuilt = buildPartnerIndex(entries);
    expect(matchPartner(rebuilt, { emails: ['x@cmu.ac.th'] })).toEqual(
      matchPartner(index, { emails: ['x@cmu.ac.th'] }),
    );
    expect(rebuilt.byName('อบต.แม่แรม').map((entry) => entry.id)).toEqual(['P-0001']);
    expect(rebuilt.byPhone('+6621234567;ext=9').map((entry) => entry.id)).toEqual(['P-0005']);
    expect(rebuilt.get('P-0007')?.name).toContain('เขต 1');
  });
});
