import type { PageProposal } from './proposal';

/** A proposal as JSON: plain values (arrays for emails and phones) and, separately, where each came from. */
export interface PlainProposal {
  url: string;
  partner: Record<string, unknown>;
  contacts: Record<string, unknown>[];
  activity?: Record<string, unknown>;
  sources: Record<string, unknown>;
  /** Other organisations the page describes (an event's venue, its performers), each with its sources. */
  otherPartners?: { partner: Record<string, unknown>; sources: Record<string, unknown> }[];
  /** Present when the page was read only in part: which limits were reached, and a th/en note. */
  partial?: PageProposal['partial'];
}

/** The proposal without empty fields, ready for `JSON.stringify` (what `netreg extract` prints). */
export function toPlainProposal(proposal: PageProposal): PlainProposal {
  const plain: PlainProposal = {
    url: proposal.url,
    partner: withoutEmpty(proposal.partner),
    contacts: proposal.contacts.map((contact) => withoutEmpty(contact)),
    sources: {
      partner: withoutEmpty(proposal.sources.partner),
      contacts: proposal.sources.contacts.map((sources) => withoutEmpty(sources)),
      ...(proposal.sources.activity ? { activity: withoutEmpty(proposal.sources.activity) } : {}),
    },
  };
  if (proposal.activity) plain.activity = withoutEmpty(proposal.activity);
  if (proposal.otherPartners)
    plain.otherPartners = proposal.otherPartners.map((other) => ({
      partner: withoutEmpty(other.partner),
      sources: withoutEmpty(other.sources),
    }));
  if (proposal.partial) plain.partial = proposal.partial;
  return plain;
}

function withoutEmpty(fields: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0 && key !== 'email' && key !== 'phone') continue;
    out[key] = value;
  }
  return out;
}
