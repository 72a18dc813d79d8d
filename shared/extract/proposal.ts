import type { Bilingual } from '../i18n/language';
import type { ReadingLimit } from './partialNote';

/** A value found on a page and where it came from ('json-ld', 'microdata', 'h-card', 'meta:og', 'mailto', 'tel', 'text', 'table', 'selection', …). */
export interface Sourced<T> {
  value: T;
  source: string;
}

/** The partner a page proposes, in register column keys; emails bare and lower-case, phones E.164 without extension. */
export interface PartnerFields {
  name?: string;
  sector?: string;
  website?: string;
  email: string[];
  phone: string[];
  line_id?: string;
  address?: string;
  province?: string;
  district?: string;
  postal_code?: string;
  /** Extensions seen on the page, by bare number; the register cell is `${number};ext=${extension}`. */
  phone_ext?: Record<string, string>;
}

/** One person a page proposes as a contact of the partner. */
export interface ContactFields {
  name?: string;
  role?: string;
  email: string[];
  phone: string[];
  line_id?: string;
  /** Extensions seen on the page, by bare number. */
  phone_ext?: Record<string, string>;
}

/** An activity an event page proposes: ISO date, `type` an activity_type key. */
export interface ActivityFields {
  title?: string;
  date?: string;
  /** Where it takes place (a venue's name, or its address when it has no name). */
  place?: string;
  type?: string;
}

/** The same shape as a field set, each leaf the source of the value beside it. */
export type SourcesOf<T> = {
  [K in Exclude<keyof T, 'phone_ext'>]?: T[K] extends readonly string[] | undefined ? string[] : string;
};

/** Where each proposed value came from, in the shape of the proposal. */
export interface ProposalSources {
  partner: SourcesOf<PartnerFields>;
  contacts: SourcesOf<ContactFields>[];
  activity?: SourcesOf<ActivityFields>;
}

/** A proposal made from part of a page: the work limits reached, and a note for the person (th/en). */
export interface PartialReading {
  limits: ReadingLimit[];
  note: Bilingual;
}

/** Another organisation the page's structured data describes (an event's venue, a performing group), offered instead of the partner. */
export interface OtherPartner {
  partner: PartnerFields;
  sources: SourcesOf<PartnerFields>;
}

/** What a page proposes for a capture form: plain values plus, separately, where each came from. */
export interface PageProposal {
  url: string;
  partner: PartnerFields;
  contacts: ContactFields[];
  activity?: ActivityFields;
  sources: ProposalSources;
  /** Other organisations the page describes, offered instead of the partner; absent when there are none. */
  otherPartners?: OtherPartner[];
  /** Present when the page was too large or complex to read whole (see WORK_LIMITS). */
  partial?: PartialReading;
}
