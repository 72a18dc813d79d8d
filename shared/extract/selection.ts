import type { CountryCode } from 'libphonenumber-js/max';
import { normaliseDate } from '../normalise/date';
import { normaliseEmail } from '../normalise/email';
import { phoneWithoutExtension } from '../normalise/phone';
import { normaliseUrl } from '../normalise/url';
import { cleanFieldText } from './cleanText';
import { organisationNameIn } from './pageOrganisation';
import { phoneOnPage } from './pageRegion';
import { findPersonNames } from './staff';
import {
  findAddress,
  findEmails,
  findLineIds,
  findPhones,
  type TextAddress,
  type TextMatch,
} from './textFacts';

/** A selection longer than this is read only up to here. */
export const MAX_SELECTION_LENGTH = 10_000;
/** A selection that fits no other field is taken as the partner's name only when at most this long. */
const MAX_NAME_SELECTION = 120;

/** What the user's selected text gives, by the field it fits. */
export interface SelectionFacts {
  name?: string;
  website?: string;
  personName?: string;
  date?: string;
  emails: TextMatch[];
  phones: TextMatch[];
  lineIds: TextMatch[];
  address?: TextAddress;
}

/** Reads the selection: one value that fits a field whole (an email, a phone, a URL, a date, a name), or the facts inside a longer text. */
export function readSelection(raw: string | undefined, region?: CountryCode): SelectionFacts {
  const facts: SelectionFacts = { emails: [], phones: [], lineIds: [] };
  if (typeof raw !== 'string') return facts;
  const text = cleanFieldText(raw, MAX_SELECTION_LENGTH);
  if (text === '') return facts;
  const email = normaliseEmail(text);
  if (email.ok) return { ...facts, emails: [{ value: email.value, start: 0, end: text.length }] };
  const phone = phoneOnPage(text, region);
  if (phone.ok) {
    const extension = /;ext=(\d+)$/.exec(phone.value)?.[1];
    return {
      ...facts,
      phones: [{ value: phoneWithoutExtension(phone.value), start: 0, end: text.length, extension }],
    };
  }
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) {
    const url = normaliseUrl(text);
    if (url.ok) return { ...facts, website: url.value };
  }
  const date = normaliseDate(text);
  if (date.ok) return { ...facts, date: date.value };
  const people = findPersonNames(text);
  if (people.length === 1 && people[0].start === 0 && people[0].end === text.length)
    return { ...facts, personName: people[0].value };
  const found: SelectionFacts = {
    ...facts,
    emails: findEmails(text),
    phones: findPhones(text, undefined, region),
    lineIds: findLineIds(text),
    address: findAddress(text),
  };
  const organisation = organisationNameIn(text);
  if (organisation && organisation.length <= MAX_NAME_SELECTION) found.name = organisation;
  const foundSomething =
    found.emails.length + found.phones.length + found.lineIds.length > 0 || found.address;
  if (!found.name && !foundSomething && text.length <= MAX_NAME_SELECTION) found.name = text;
  return found;
}
