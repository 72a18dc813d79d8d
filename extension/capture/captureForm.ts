import type { Capture, CaptureKind } from '../../shared/capture/protocol';
import type { PageProposal } from '../../shared/extract/proposal';
import { normaliseDate } from '../../shared/normalise/date';
import { normalisePhone, phoneDisplay } from '../../shared/normalise/phone';

/** One form field: its value, where the value came from (a page source, or 'typed'), and other values the page offered. */
export interface FieldState {
  value: string;
  source: string;
  /** Other values found for a one-value field (a second phone, another email): the person may pick one instead. */
  choices?: string[];
}

/** The tabs of the capture form. */
export type FormTab = 'partner' | 'contact' | 'activity' | 'note';

export const FORM_TABS: readonly FormTab[] = ['partner', 'contact', 'activity', 'note'];

/** The fields each tab shows, in order (register column keys; `place` is folded into the activity's title). */
export const TAB_FIELDS: Record<FormTab, readonly string[]> = {
  partner: [
    'name',
    'sector',
    'website',
    'email',
    'phone',
    'line_id',
    'address',
    'province',
    'district',
    'postal_code',
    'notes',
  ],
  contact: ['name', 'role', 'email', 'phone', 'line_id', 'notes'],
  activity: ['title', 'date', 'place', 'type', 'admin_roles'],
  note: ['notes'],
};

/** A person the page lists, offered on the Contact tab with a tick. */
export interface PersonState {
  fields: Record<string, FieldState>;
  ticked: boolean;
}

/** The form as the person sees it: a field set per tab, the people found, the partner chosen for the others. */
export interface CaptureFormState {
  tab: FormTab;
  url: string;
  fields: Record<FormTab, Record<string, FieldState>>;
  /** Everyone the page lists; the Contact tab's fields edit `people[personIndex]`. */
  people: PersonState[];
  /** The person the Contact fields show; -1 for a person typed by hand. */
  personIndex: number;
  /** `new` (the partner on the Partner tab), an existing `P-…` id, or '' for none. */
  partnerChoice: string;
  /**
   * Other organisations the page describes (an event's venue, a performing group): their names
   * are offered on the partner's name, and taking one fills the Partner tab with its fields.
   */
  otherPartners: Record<string, FieldState>[];
}

/** Fields that hold one value in the form and the register, though a page may offer several. */
const ONE_OF_SEVERAL = new Set(['email', 'phone']);

function joinSources(sources: readonly string[] | string | undefined, index = 0): string {
  if (sources === undefined) return '';
  return Array.isArray(sources) ? (sources[index] ?? sources[0] ?? '') : (sources as string);
}

/** A proposed phone as the form shows it: written as Thai people write it (`053-121-555 ต่อ 12`), never E.164. */
function phoneShown(phone: string, ext: Record<string, string> | undefined): string {
  return phoneDisplay(ext?.[phone] ? `${phone};ext=${ext[phone]}` : phone);
}

function fieldsOf(
  values: Record<string, unknown>,
  sources: Record<string, unknown>,
  keys: readonly string[],
): Record<string, FieldState> {
  const fields: Record<string, FieldState> = {};
  for (const key of keys) {
    const raw = values[key];
    if (Array.isArray(raw)) {
      const items = (raw as string[]).map((item) =>
        key === 'phone' ? phoneShown(item, values.phone_ext as Record<string, string> | undefined) : item,
      );
      const [first = '', ...others] = items;
      fields[key] = {
        value: first,
        source: first === '' ? '' : joinSources(sources[key] as string[] | undefined),
        ...(others.length > 0 ? { choices: others } : {}),
      };
      continue;
    }
    const value = typeof raw === 'string' ? raw : '';
    fields[key] = { value, source: value === '' ? '' : joinSources(sources[key] as string | undefined) };
  }
  return fields;
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
    ),
    ticked: true,
  }));
  const activity = { ...(page.activity ?? {}) } as Record<string, unknown>;
  const fields: CaptureFormState['fields'] = {
    partner: fieldsOf(
      { ...page.partner, email: emails.emails } as unknown as Record<string, unknown>,
      { ...page.sources.partner, email: emails.sources },
      TAB_FIELDS.partner,
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

/** The form with the Contact fields showing person `index` (ticked, since the person chose them), or a blank person (-1). */
export function showPerson(form: CaptureFormState, index: number): CaptureFormState {
  const people = form.people.map((person, i) => (i === index ? { ...person, ticked: true } : person));
  const contact =
    index >= 0 && people[index]
      ? { ...people[index].fields }
      : fieldsOf({ email: [], phone: [] }, {}, TAB_FIELDS.contact);
  return { ...form, people, personIndex: index, fields: { ...form.fields, contact } };
}

/** The form with one field typed into; on the Contact tab the shown person changes with it. */
export function typeInto(form: CaptureFormState, tab: FormTab, key: string, value: string): CaptureFormState {
  const field: FieldState = { ...form.fields[tab][key], value, source: 'typed' };
  const fields = { ...form.fields, [tab]: { ...form.fields[tab], [key]: field } };
  if (tab !== 'contact' || form.personIndex < 0) return { ...form, fields };
  const people = form.people.map((person, i) =>
    i === form.personIndex ? { ...person, fields: fields.contact } : person,
  );
  return { ...form, fields, people };
}

/** The form with another value the page offered taken for a field; the one it replaces stays on offer. */
export function chooseValue(
  form: CaptureFormState,
  tab: FormTab,
  key: string,
  choice: string,
): CaptureFormState {
  if (tab === 'partner' && key === 'name') {
    const other = form.otherPartners.findIndex((fields) => fields.name.value === choice);
    if (other >= 0) return takeOtherPartner(form, other);
  }
  const field = form.fields[tab][key];
  const choices = [field.value, ...(field.choices ?? []).filter((other) => other !== choice)].filter(Boolean);
  const typed = typeInto(form, tab, key, choice);
  const chosen = { ...typed.fields[tab][key], source: field.source, choices };
  const fields = { ...typed.fields, [tab]: { ...typed.fields[tab], [key]: chosen } };
  const people =
    tab === 'contact' && form.personIndex >= 0
      ? typed.people.map((person, i) =>
          i === form.personIndex ? { ...person, fields: fields.contact } : person,
        )
      : typed.people;
  return { ...typed, fields, people };
}

/** The partner's fields with the other organisations' names offered on its name. */
function withOtherNames(
  partner: Record<string, FieldState>,
  others: readonly Record<string, FieldState>[],
): Record<string, FieldState> {
  const names = others.map((other) => other.name.value).filter((name) => name !== '');
  const { choices: _old, ...name } = partner.name;
  return { ...partner, name: names.length > 0 ? { ...name, choices: names } : name };
}

/** The form with another organisation the page describes taken as the partner; the one it replaces is offered instead. */
function takeOtherPartner(form: CaptureFormState, index: number): CaptureFormState {
  const { choices: _names, ...name } = form.fields.partner.name;
  const replaced = { ...form.fields.partner, name };
  const others = form.otherPartners.map((other, i) => (i === index ? replaced : other));
  const partner = withOtherNames({ ...form.otherPartners[index] }, others);
  return { ...form, otherPartners: others, fields: { ...form.fields, partner } };
}

/** The form with a person ticked or unticked. */
export function tickPerson(form: CaptureFormState, index: number, ticked: boolean): CaptureFormState {
  return { ...form, people: form.people.map((person, i) => (i === index ? { ...person, ticked } : person)) };
}

/** The field sets the Contact tab saves: every ticked person, and a person typed by hand. */
export function contactsToSave(form: CaptureFormState): Record<string, FieldState>[] {
  const ticked = form.people.filter((person) => person.ticked).map((person) => person.fields);
  const typed = form.personIndex < 0 && form.fields.contact.name.value.trim() !== '';
  return typed ? [...ticked, form.fields.contact] : ticked;
}

/** The ISO date a typed date means (BE or CE, Thai digits, month names), or undefined. */
export function understoodDate(typed: string): string | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  const date = normaliseDate(text);
  return date.ok ? date.value : undefined;
}

/** A phone as the person left it in the form, in E.164 (`+6653121555;ext=12`); undefined when it is no number. */
export function phoneToSend(shown: string): string | undefined {
  const phone = normalisePhone(shown);
  return phone.ok ? phone.value : undefined;
}

/**
 * The capture for one tab's fields: empty fields left out, one value per field, a phone in
 * its canonical E.164 form, the activity's date as ISO.
 */
export function captureOf(
  kind: CaptureKind,
  fields: Record<string, FieldState>,
  context: { id: string; now: string; url: string; partnerId?: string },
): Capture {
  const out: Capture['fields'] = {};
  for (const [key, field] of Object.entries(fields)) {
    const value = field.value.trim();
    if (value === '' || key === 'place') continue;
    const sent = key === 'phone' ? (phoneToSend(value) ?? value) : value;
    out[key] = ONE_OF_SEVERAL.has(key) ? [sent] : sent;
  }
  if (kind === 'activity') {
    const date = understoodDate(fields.date?.value ?? '');
    if (date) out.date = date;
    const place = fields.place?.value.trim() ?? '';
    const title = typeof out.title === 'string' ? out.title : '';
    if (place !== '' && !title.includes(place)) out.title = title === '' ? place : `${title} (${place})`;
  }
  return {
    id: context.id,
    kind,
    captured_at: context.now,
    source_url: context.url,
    fields: out,
    ...(context.partnerId ? { partner_id: context.partnerId } : {}),
  };
}

/** What the partner tab says about the organisation, for the duplicate warning and the matched partner. */
export function partnerCandidate(fields: Record<string, FieldState>) {
  const all = (key: string) =>
    [fields[key]?.value ?? '', ...(fields[key]?.choices ?? [])].map((v) => v.trim()).filter(Boolean);
  return {
    name: fields.name?.value.trim() || undefined,
    emails: all('email'),
    phones: all('phone'),
    website: fields.website?.value.trim() || undefined,
  };
}
