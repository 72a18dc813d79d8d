import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { captureOf, formFromProposal, partnerCandidate } from '../../extension/capture/captureForm';
import { extractPage } from '../../shared/extract/extractPage';

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
    expect(link.fields.partner.website).toEqual({ value: 'https://www.tambon.go.th/', source: 'link' });
    const contact = formFromProposal(null, URL_, { kind: 'contact', text: '  นางมาลี ศรีสุข ' });
    expect(contact.fields.contact.name.value).toBe('นางมาลี ศรีสุข');
  });

  it('turns a tab into a capture: empty fields left out, lists split, partner attached', () => {
    const form = formFromProposal(proposal(), URL_);
    const capture = captureOf('contact', form.fields.contact, {
      id: 'c1',
      now: '2026-11-25T08:00:00.000Z',
      url: URL_,
      partnerId: 'p1',
    });
    expect(capture).toMatchObject({ id: 'c1', kind: 'contact', partner_id: 'p1', source_url: URL_ });
    expect(capture.fields.name).toBe('นายวิชัย รุ่งเรือง');
    expect(Array.isArray(capture.fields.phone)).toBe(true);
    expect(capture.fields.notes).toBeUndefined();
    expect(partnerCandidate(form.fields.partner)).toMatchObject({
      name: 'โรงเรียนบ้านดอนแก้ว',
      emails: ['bandonkaew@obec.go.th'],
    });
  });
});
