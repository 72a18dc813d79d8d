import type { CountryCode } from 'libphonenumber-js/max';
import { foldPersonName } from '../match/personName';
import { FieldDraft } from './fieldDraft';
import { addReach, type ContactList } from './partnerDraft';
import type { ContactFields, SourcesOf } from './proposal';
import type { OrganisationFacts, PersonFacts, SchemaFacts } from './schemaFacts';
import type { StaffMember } from './staff';

/** At most this many contacts are proposed from one page. */
export const MAX_CONTACTS = 50;

type ContactSingle = 'name' | 'role' | 'line_id';

/** A proposed contact: its values and where each came from. */
export interface ContactDraft {
  fields: ContactFields;
  sources: SourcesOf<ContactFields>;
}

/**
 * The page's contacts, one per person (names folded alike are one person): the selected name
 * first, then people in structured data, then staff rows and cards.
 */
export function contactsOf(
  selectedName: string | undefined,
  primary: OrganisationFacts | undefined,
  structured: SchemaFacts[],
  staff: StaffMember[],
  region?: CountryCode,
): ContactDraft[] {
  const drafts: FieldDraft<ContactSingle, ContactList>[] = [];
  const byName = new Map<string, FieldDraft<ContactSingle, ContactList>>();
  const draftFor = (name: string | undefined): FieldDraft<ContactSingle, ContactList> | undefined => {
    const key = name ? foldPersonName(name) : '';
    const existing = key ? byName.get(key) : undefined;
    if (existing) return existing;
    if (drafts.length >= MAX_CONTACTS) return undefined;
    const draft = new FieldDraft<ContactSingle, ContactList>(['email', 'phone']);
    drafts.push(draft);
    if (key) byName.set(key, draft);
    return draft;
  };
  if (selectedName) draftFor(selectedName)?.set('name', selectedName, 'selection');
  const people: PersonFacts[] = [...(primary?.people ?? []), ...structured.flatMap((facts) => facts.people)];
  for (const person of people) {
    const hasReach = person.emails.length > 0 || person.phones.length > 0;
    if (!person.name && !hasReach) continue;
    const draft = draftFor(person.name);
    if (!draft) break;
    draft.set('name', person.name, person.source);
    draft.set('role', person.role, person.source);
    addReach(draft, person.emails, person.phones, person.source, region);
  }
  for (const member of staff) {
    const draft = draftFor(member.name);
    if (!draft) break;
    draft.set('name', member.name, member.source);
    draft.set('role', member.role, member.source);
    for (const email of member.emails) draft.add('email', email.value, email.source ?? member.source);
    for (const phone of member.phones)
      draft.add('phone', phone.value, phone.source ?? member.source, phone.extension);
    const lineId = member.lineIds[0];
    draft.set('line_id', lineId?.value, lineId?.source ?? member.source);
  }
  const unique = drafts.filter((draft, index) => drafts.indexOf(draft) === index);
  return unique
    .filter((draft) => draft.has('name') || draft.lists.email.length > 0 || draft.lists.phone.length > 0)
    .map((draft) => {
      const fields: ContactFields = { ...draft.values, email: draft.lists.email, phone: draft.lists.phone };
      if (Object.keys(draft.extensions).length > 0) fields.phone_ext = draft.extensions;
      return {
        fields,
        sources: { ...draft.sources, email: draft.listSources.email, phone: draft.listSources.phone },
      };
    });
}
