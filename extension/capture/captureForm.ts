import { normaliseDate } from '../../shared/normalise/date';

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

function joinSources(sources: readonly string[] | string | undefined, index = 0): string {
  if (sources === undefined) return '';
  return Array.isArray(sources) ? (sources[index] ?? sources[0] ?? '') : (sources as string);
}

/** Shows a proposed phone (and its extension) as the form writes it. */
export type PhoneShown = (phone: string, ext: Record<string, string> | undefined) => string;

/** The fields for `keys` from proposed values and their sources; a one-value field offers the page's other values as choices. */
export function fieldsOf(
  values: Record<string, unknown>,
  sources: Record<string, unknown>,
  keys: readonly string[],
  phoneShown: PhoneShown = (phone) => phone,
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
export function withOtherNames(
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
