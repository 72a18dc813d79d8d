import type { PageProposal } from '../../shared/extract/proposal';
import { phoneDisplay } from '../../shared/normalise/phone';
import {
  type CaptureFormState,
  FORM_TABS,
  type FormTab,
  fieldsOf,
  type PersonState,
  showPerson,
  TAB_FIELDS,
  withOtherNames,
} from './captureForm';

// Its own module, loaded with the proposing code: showing phones needs the phone library, which
// the form's first paint does not.

/** A proposed phone as the form shows it: written as Thai people write it (`053-121-555 ต่อ 12`), never E.164. */
function phoneShown(phone: string, ext: Record<string, string> | undefined): string {
  return phoneDisplay(ext?.[phone] ? `${phone};ext=${ext[phone]}` : phone);
}

/** Emails on the organisation's own domain first (the partner's primary address), the page's order kept otherwise. */
function ownDomainFirst(emails: readonly string[], sources: readonly string[], host: string) {
  const own = (email: string) => {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    return host !== '' && (host === domain || host.endsWith(`.${domain}`) || domain.endsWith(`.${host}`));
  };
  const order = emails.map((_, i) => i).sort((a, b) => Number(own(emails[b])) - Number(own(emails[a])));
  return { emails: order.map((i) => emails[i]), sources: order.map((i) => sources[i]) };
}

function hostOf(url: string): string {
  return (/^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url)?.[1] ?? '').toLowerCase();
}

/** What the person opened the form with, besides the page: a context-menu kind, selection or link. */
export interface CaptureRequestParams {
  kind?: string;
  text?: string;
  link?: string;
}

/** The form filled from what the page proposes (and a selection or link from the context menu). */
export function formFromProposal(
  proposal: PageProposal | null,
  url: string,
  params: CaptureRequestParams = {},
): CaptureFormState {
  const empty: PageProposal = {
    url,
    partner: { email: [], phone: [] },
    contacts: [],
    sources: { partner: {}, contacts: [] },
  };
  const page = proposal ?? empty;
  const host = hostOf(page.partner.website ?? page.url ?? url);
  const emails = ownDomainFirst(page.partner.email, page.sources.partner.email ?? [], host);
  const people: PersonState[] = page.contacts.map((contact, index) => ({
    fields: fieldsOf(
      contact as unknown as Record<string, unknown>,
      page.sources.contacts[index] ?? {},
      TAB_FIELDS.contact,
      phoneShown,
    ),
    ticked: true,
  }));
  const activity = { ...(page.activity ?? {}) } as Record<string, unknown>;
  const fields: CaptureFormState['fields'] = {
    partner: fieldsOf(
      { ...page.partner, email: emails.emails } as unknown as Record<string, unknown>,
      { ...page.sources.partner, email: emails.sources },
      TAB_FIELDS.partner,
      phoneShown,
    ),
    contact: people[0] ? { ...people[0].fields } : fieldsOf({ email: [], phone: [] }, {}, TAB_FIELDS.contact),
    activity: fieldsOf(
      activity,
      (page.sources.activity ?? {}) as Record<string, unknown>,
      TAB_FIELDS.activity,
    ),
    note: { notes: { value: params.text ?? '', source: params.text ? 'selection' : '' } },
  };
  if (params.link && fields.partner.website.value === '')
    fields.partner.website = { value: params.link, source: 'chosen-link' };
  if (params.kind === 'contact' && params.text) {
    const name = params.text.trim().slice(0, 200);
    const known = people.findIndex((person) => person.fields.name.value === name);
    if (known < 0) {
      people.unshift({
        fields: {
          ...fieldsOf({ email: [], phone: [] }, {}, TAB_FIELDS.contact),
          name: { value: name, source: 'selection' },
        },
        ticked: true,
      });
    }
  }
  if (params.kind === 'partner' && params.text && fields.partner.name.value === '')
    fields.partner.name = { value: params.text.trim().slice(0, 200), source: 'selection' };
  const otherPartners = (page.otherPartners ?? []).map((other) =>
    fieldsOf(
      other.partner as unknown as Record<string, unknown>,
      other.sources as Record<string, unknown>,
      TAB_FIELDS.partner,
      phoneShown,
    ),
  );
  fields.partner = withOtherNames(fields.partner, otherPartners);
  const tab: FormTab = FORM_TABS.includes(params.kind as FormTab) ? (params.kind as FormTab) : 'partner';
  const form: CaptureFormState = {
    tab,
    url: page.url || url,
    fields,
    people,
    personIndex: -1,
    partnerChoice: fields.partner.name.value !== '' ? 'new' : '',
    otherPartners,
  };
  return people.length > 0 ? showPerson(form, params.kind === 'contact' && params.text ? 0 : 0) : form;
}
