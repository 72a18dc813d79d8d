import { describe, expect, it } from 'vitest';
import { typeInto } from '../../extension/capture/captureForm';
import { captureOf } from '../../extension/capture/captureOf';
import { formFromProposal } from '../../extension/capture/formFromProposal';
import { registerProblems } from '../../extension/capture/registerProblems';
import type { PageProposal } from '../../shared/extract/proposal';

const PAGE: PageProposal = {
  url: 'https://www.rimnuea.go.th/contact',
  partner: { name: 'องค์การบริหารส่วนตำบลริมเหนือ', email: ['saraban@rimnuea.go.th'], phone: ['+6653297200'] },
  contacts: [{ name: 'นายประเสริฐ คำดี', email: [], phone: ['+66861234567'] }],
  sources: { partner: { name: 'json-ld' }, contacts: [{ name: 'table' }] },
};
const NOW = { id: 'x', now: '2026-11-25T08:00:00.000Z', url: PAGE.url };

describe('what the register would refuse, said before anything is queued', () => {
  it('nothing, for what the page proposed', async () => {
    const form = formFromProposal(PAGE, PAGE.url);
    const captures = [
      captureOf('partner', form.fields.partner, NOW),
      captureOf('contact', form.fields.contact, { ...NOW, partnerId: 'P-0001' }),
    ];
    expect(await registerProblems(captures, 'th')).toEqual([]);
  });

  it('an email and a website typed wrong, each named with its column, in the reader’s language', async () => {
    let form = formFromProposal(PAGE, PAGE.url);
    form = typeInto(form, 'partner', 'email', 'saraban@@rimnuea');
    form = typeInto(form, 'partner', 'website', 'not a web address');
    const captures = [captureOf('partner', form.fields.partner, NOW)];
    const th = await registerProblems(captures, 'th');
    expect(th).toEqual([expect.stringMatching(/^เว็บไซต์: /), expect.stringMatching(/^อีเมล: /)]);
    const en = await registerProblems(captures, 'en');
    expect(en).toEqual([expect.stringMatching(/^Website: /), expect.stringMatching(/^Email: /)]);
  });

  it('leaves missing values to the form’s own check', async () => {
    const form = typeInto(formFromProposal(PAGE, PAGE.url), 'contact', 'name', '');
    expect(await registerProblems([captureOf('contact', form.fields.contact, NOW)], 'en')).toEqual([]);
  });
});
