import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  chooseValue,
  contactsToSave,
  partnerCandidate,
  showPerson,
  tickPerson,
  typeInto,
  understoodDate,
} from '../../extension/capture/captureForm';
import { captureOf } from '../../extension/capture/captureOf';
import { formFromProposal } from '../../extension/capture/formFromProposal';
import { formProblems } from '../../extension/capture/formProblems';
import { sourceInWords } from '../../extension/capture/sourceWords';
import { extractPage } from '../../shared/extract/extractPage';
import type { PageProposal } from '../../shared/extract/proposal';

const URL_ = 'http://localhost/school-contact';
const html = readFileSync(join(import.meta.dirname, '../fixtures/pages/school-contact/source.html'), 'utf8');
const proposal = () => extractPage(parseHTML(html).document as unknown as Document, URL_);

describe('the capture form', () => {
  it('is filled from what the page proposes, each field with where it came from', () => {
    const form = formFromProposal(proposal(), URL_);
    expect(form.tab).toBe('partner');
    expect(form.fields.partner.name.value).toBe('โรงเรียนบ้านดอนแก้ว');
    expect(form.fields.partner.name.source).not.toBe('');
    expect(form.fields.partner.email.value).toBe('bandonkaew@obec.go.th');
    expect(form.fields.contact.name.value).toBe('นายวิชัย รุ่งเรือง');
    expect(form.fields.contact.role.value).toBe('ผู้อำนวยการโรงเรียน');
    expect(form.partnerChoice).toBe('new');
    expect(form.fields.partner.notes).toEqual({ value: '', source: '' });
  });

  it('opens on the context menu’s kind with the selection or link it was given', () => {
    const note = formFromProposal(null, URL_, { kind: 'note', text: 'ประชุมทุกวันศุกร์' });
    expect(note.tab).toBe('note');
    expect(note.fields.note.notes).toEqual({ value: 'ประชุมทุกวันศุกร์', source: 'selection' });
    const link = formFromProposal(null, URL_, { kind: 'partner', link: 'https://www.tambon.go.th/' });
    expect(link.fields.partner.website).toEqual({
      value: 'https://www.tambon.go.th/',
      source: 'chosen-link',
    });
    const contact = formFromProposal(null, URL_, { kind: 'contact', text: '  นางมาลี ศรีสุข ' });
    expect(contact.fields.contact.name.value).toBe('นางมาลี ศรีสุข');
  });

  it('turns a tab into a capture: empty fields left out, one value per field, partner attached', () => {
    const form = formFromProposal(proposal(), URL_);
    const capture = captureOf('contact', form.fields.contact, {
      id: 'c1',
      now: '2026-11-25T08:00:00.000Z',
      url: URL_,
      partnerId: 'p1',
    });
    expect(capture).toMatchObject({ id: 'c1', kind: 'contact', partner_id: 'p1', source_url: URL_ });
    expect(capture.fields.name).toBe('นายวิชัย รุ่งเรือง');
    expect(form.fields.contact.phone.value).toBe('086-345-6789');
    expect(capture.fields.phone).toEqual(['+66863456789']);
    expect(capture.fields.notes).toBeUndefined();
    expect(partnerCandidate(form.fields.partner)).toMatchObject({
      name: 'โรงเรียนบ้านดอนแก้ว',
      emails: ['bandonkaew@obec.go.th'],
    });
  });
});

const PROPOSAL: PageProposal = {
  url: 'https://www.rimnuea.go.th/contact',
  partner: {
    name: 'องค์การบริหารส่วนตำบลริมเหนือ',
    website: 'https://www.rimnuea.go.th/',
    email: ['rimnuea@gmail.com', 'saraban@rimnuea.go.th'],
    phone: ['+6653297200', '+6653297201'],
    phone_ext: { '+6653297200': '101' },
  },
  contacts: [
    { name: 'นายประเสริฐ คำดี', role: 'นายก อบต.', email: [], phone: ['+66861234567'] },
    { name: 'นางสาวจันทร์เพ็ญ ใจงาม', role: 'ปลัด อบต.', email: [], phone: [] },
    { name: 'นายสมศักดิ์ ดีมาก', role: 'ผู้อำนวยการกองการศึกษา', email: ['somsak@rimnuea.go.th'], phone: [] },
  ],
  activity: { title: 'ประชุมประชาคมหมู่บ้าน', date: '2025-11-12', place: 'ศาลาประชาคม' },
  sources: {
    partner: { name: 'meta:title', email: ['text', 'mailto'], phone: ['tel', 'text'] },
    contacts: [{ name: 'table' }, { name: 'table' }, { name: 'json-ld' }],
    activity: { title: 'heading', date: 'text' },
  },
};
const NOW = { id: 'x', now: '2026-11-25T08:00:00.000Z', url: PROPOSAL.url };

describe('every person on the page', () => {
  it('is listed, ticked, and saved together; an untick leaves that person out', () => {
    const form = formFromProposal(PROPOSAL, PROPOSAL.url);
    expect(form.people.map((person) => person.fields.name.value)).toEqual([
      'นายประเสริฐ คำดี',
      'นางสาวจันทร์เพ็ญ ใจงาม',
      'นายสมศักดิ์ ดีมาก',
    ]);
    expect(contactsToSave(form)).toHaveLength(3);
    const two = tickPerson(form, 1, false);
    expect(contactsToSave(two).map((fields) => fields.name.value)).toEqual([
      'นายประเสริฐ คำดี',
      'นายสมศักดิ์ ดีมาก',
    ]);
  });

  it('edits the person shown, and a person typed by hand is saved beside the ticked ones', () => {
    const form = showPerson(formFromProposal(PROPOSAL, PROPOSAL.url), 2);
    expect(form.fields.contact.email.value).toBe('somsak@rimnuea.go.th');
    const edited = typeInto(form, 'contact', 'role', 'ผอ.กองการศึกษา');
    expect(edited.people[2].fields.role.value).toBe('ผอ.กองการศึกษา');
    const typed = typeInto(showPerson(tickPerson(edited, 0, false), -1), 'contact', 'name', 'นางมาลี ศรีสุข');
    expect(contactsToSave(typed).map((fields) => fields.name.value)).toEqual([
      'นางสาวจันทร์เพ็ญ ใจงาม',
      'นายสมศักดิ์ ดีมาก',
      'นางมาลี ศรีสุข',
    ]);
  });
});

describe('one value per cell', () => {
  it('fills the partner with its own domain’s email and first phone, offering the others as choices', () => {
    const form = formFromProposal(PROPOSAL, PROPOSAL.url);
    expect(form.fields.partner.email).toMatchObject({
      value: 'saraban@rimnuea.go.th',
      choices: ['rimnuea@gmail.com'],
    });
    expect(form.fields.partner.phone).toMatchObject({
      value: '053-297-200 ต่อ 101',
      choices: ['053-297-201'],
    });
    const capture = captureOf('partner', form.fields.partner, NOW);
    expect(capture.fields.email).toEqual(['saraban@rimnuea.go.th']);
    expect(capture.fields.phone).toEqual(['+6653297200;ext=101']);
  });

  it('takes a choice in place of the value shown, which stays on offer', () => {
    const form = chooseValue(formFromProposal(PROPOSAL, PROPOSAL.url), 'partner', 'phone', '053-297-201');
    expect(form.fields.partner.phone).toMatchObject({
      value: '053-297-201',
      choices: ['053-297-200 ต่อ 101'],
    });
    expect(captureOf('partner', form.fields.partner, NOW).fields.phone).toEqual(['+6653297201']);
  });
});

describe('phones in the form', () => {
  it('are shown as Thai people write them, a foreign one in international form, and sent in E.164', () => {
    const foreign: PageProposal = {
      ...PROPOSAL,
      partner: { ...PROPOSAL.partner, phone: ['+441174960123', '+66812345678'] },
    };
    const form = formFromProposal(foreign, foreign.url);
    expect(form.fields.partner.phone).toMatchObject({ value: '+44 117-496-0123', choices: ['081-234-5678'] });
    expect(form.fields.contact.phone.value).toBe('086-123-4567');
    expect(captureOf('partner', form.fields.partner, NOW).fields.phone).toEqual(['+441174960123']);
  });

  it('take what a person types in any format and send it in E.164', () => {
    const form = typeInto(formFromProposal(PROPOSAL, PROPOSAL.url), 'partner', 'phone', '๐๕๓ ๒๙๗ ๒๐๐ ext. 7');
    expect(captureOf('partner', form.fields.partner, NOW).fields.phone).toEqual(['+6653297200;ext=7']);
  });

  it('that cannot be read stop the save with a message in the person’s language', () => {
    const form = typeInto(formFromProposal(PROPOSAL, PROPOSAL.url), 'partner', 'phone', '12345');
    expect(formProblems(form, 'th')).toEqual([expect.stringContaining('อ่านเบอร์โทร “12345” ไม่ออก')]);
    expect(formProblems(form, 'en')).toEqual([
      expect.stringContaining('The phone “12345” could not be read'),
    ]);
  });
});

describe('an activity', () => {
  it('takes a date as people type it and saves it as the day it means', () => {
    for (const typed of [
      '12/11/2568',
      '๑๒ พ.ย. ๒๕๖๘',
      '12 November 2025',
      '2025-11-12',
      '12 พฤศจิกายน พ.ศ. 2568',
    ])
      expect(understoodDate(typed), typed).toBe('2025-11-12');
    const form = formFromProposal(PROPOSAL, PROPOSAL.url);
    const typed = { ...form, tab: 'activity' as const };
    const withDate = typeInto(typed, 'activity', 'date', '12/11/2568');
    const capture = captureOf('activity', withDate.fields.activity, NOW);
    expect(capture.fields).toMatchObject({ date: '2025-11-12', title: 'ประชุมประชาคมหมู่บ้าน (ศาลาประชาคม)' });
    expect(formProblems(withDate, 'th')).toEqual([]);
  });

  it('says what is missing or unreadable before anything is saved', () => {
    const blank = { ...formFromProposal(null, PROPOSAL.url), tab: 'activity' as const };
    expect(formProblems(blank, 'th')).toEqual(['ยังบันทึกไม่ได้ — ยังไม่ได้กรอก: ชื่อกิจกรรม, วันที่']);
    const garbled = typeInto(typeInto(blank, 'activity', 'title', 'อบรม'), 'activity', 'date', '31/02/2568');
    expect(formProblems(garbled, 'en')).toEqual([
      'The date “31/02/2568” could not be read; try e.g. 12/11/2568 or 12 Nov 2025',
    ]);
  });
});

describe('sources', () => {
  it('are said in words a person understands, in both languages', () => {
    expect(sourceInWords('meta:title', 'th')).toBe('จากชื่อหน้าเว็บ');
    expect(sourceInWords('json-ld', 'en')).toBe('from the page’s structured data');
    expect(sourceInWords('text, mailto', 'th')).toBe('จากข้อความในหน้าเว็บ และจากลิงก์ในหน้าเว็บ');
    expect(sourceInWords('selection', 'en')).toBe('from your selection');
    expect(sourceInWords('typed', 'th')).toBe('พิมพ์เอง');
  });
});

describe('other organisations the page describes', () => {
  const EVENT: PageProposal = {
    url: 'https://www.culture.example.go.th/concert',
    partner: { name: 'สำนักงานวัฒนธรรมจังหวัดเชียงใหม่', email: [], phone: ['+6653112233'] },
    contacts: [],
    otherPartners: [
      {
        partner: { name: 'หอประชุมดนตรีล้านนา', email: [], phone: ['+6653999111'], postal_code: '50200' },
        sources: { name: 'json-ld', phone: ['json-ld'], postal_code: 'json-ld' },
      },
    ],
    sources: { partner: { name: 'json-ld', phone: ['json-ld'] }, contacts: [] },
  };

  it('are offered on the partner’s name, and taking one fills the Partner tab with its details', () => {
    const form = formFromProposal(EVENT, EVENT.url);
    expect(form.fields.partner.name.choices).toEqual(['หอประชุมดนตรีล้านนา']);
    const venue = chooseValue(form, 'partner', 'name', 'หอประชุมดนตรีล้านนา');
    expect(venue.fields.partner.name).toEqual({
      value: 'หอประชุมดนตรีล้านนา',
      source: 'json-ld',
      choices: ['สำนักงานวัฒนธรรมจังหวัดเชียงใหม่'],
    });
    expect(venue.fields.partner.phone.value).toBe('053-999-111');
    expect(venue.fields.partner.postal_code.value).toBe('50200');
    expect(captureOf('partner', venue.fields.partner, NOW).fields).toMatchObject({
      name: 'หอประชุมดนตรีล้านนา',
      phone: ['+6653999111'],
    });
    const back = chooseValue(venue, 'partner', 'name', 'สำนักงานวัฒนธรรมจังหวัดเชียงใหม่');
    expect(back.fields.partner.name.value).toBe('สำนักงานวัฒนธรรมจังหวัดเชียงใหม่');
    expect(back.fields.partner.phone.value).toBe('053-112-233');
    expect(back.fields.partner.postal_code.value).toBe('');
  });
});
