import type { Capture, CaptureKind } from '../../shared/capture/protocol';
import type { PageProposal } from '../../shared/extract/proposal';

/** One form field: its value and where the value came from (a page source, or 'typed'). */
export interface FieldState {
  value: string;
  source: string;
}

/** The tabs of the capture form. */
export type FormTab = 'partner' | 'contact' | 'activity' | 'note';

export const FORM_TABS: readonly FormTab[] = ['partner', 'contact', 'activity', 'note'];

/** The fields each tab shows, in order (register column keys). */
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
  activity: ['title', 'date', 'type', 'admin_roles'],
  note: ['notes'],
};

/** The form as the person sees it: a field set per tab, the partner chosen for the others. */
export interface CaptureFormState {
  tab: FormTab;
  url: string;
  fields: Record<FormTab, Record<string, FieldState>>;
  /** `new` (the partner on the Partner tab), an existing `P-…` id, or '' for none. */
  partnerChoice: string;
}

/** Fields whose value may hold several items, separated by commas. */
const LIST_FIELDS = new Set(['email', 'phone']);

function joinSources(sources: readonly string[] | string | undefined): string {
  if (sources === undefined) return '';
  const list = Array.isArray(sources) ? sources : [sources];
  return [...new Set(list)].join(', ');
}

function phonesWithExtensions(phones: readonly string[], ext: Record<string, string> | undefined): string {
  return phones.map((phone) => (ext?.[phone] ? `${phone};ext=${ext[phone]}` : phone)).join(', ');
}

function fieldsOf(
  values: Record<string, unknown>,
  sources: Record<string, unknown>,
  keys: readonly string[],
) {
  const fields: Record<string, FieldState> = {};
  for (const key of keys) {
    const raw = values[key];
    const value = Array.isArray(raw)
      ? key === 'phone'
        ? phonesWithExtensions(raw as string[], values.phone_ext as Record<string, string> | undefined)
        : raw.join(', ')
      : typeof raw === 'string'
        ? raw
        : '';
    fields[key] = {
      value,
      source: value === '' ? '' : joinSources(sources[key] as string[] | string | undefined),
    };
  }
  return fields;
}

/** What the person opened the form with, besides the page: a context-menu kind, selection or link. */
export interface CaptureRequestParams {
  kind?: string;
  text?: string;
  link?: string;
  contactIndex?: number;
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
  const contact = page.contacts[params.contactIndex ?? 0] ?? { email: [], phone: [] };
  const contactSources = page.sources.contacts[params.contactIndex ?? 0] ?? {};
  const fields: CaptureFormState['fields'] = {
    partner: fieldsOf(
      page.partner as unknown as Record<string, unknown>,
      page.sources.partner,
      TAB_FIELDS.partner,
    ),
    contact: fieldsOf(contact as unknown as Record<string, unknown>, contactSources, TAB_FIELDS.contact),
    activity: fieldsOf(
      (page.activity ?? {}) as Record<string, unknown>,
      page.sources.activity ?? {},
      TAB_FIELDS.activity,
    ),
    note: { notes: { value: params.text ?? '', source: params.text ? 'selection' : '' } },
  };
  if (params.link && fields.partner.website.value === '')
    fields.partner.website = { value: params.link, source: 'link' };
  if (params.kind === 'contact' && params.text && fields.contact.name.value === '')
    fields.contact.name = { value: params.text.trim().slice(0, 200), source: 'selection' };
  if (params.kind === 'partner' && params.text && fields.partner.name.value === '')
    fields.partner.name = { value: params.text.trim().slice(0, 200), source: 'selection' };
  if (fields.activity.date.value === '') fields.activity.date = { value: '', source: '' };
  const tab: FormTab = FORM_TABS.includes(params.kind as FormTab) ? (params.kind as FormTab) : 'partner';
  return { tab, url: page.url || url, fields, partnerChoice: fields.partner.name.value !== '' ? 'new' : '' };
}

/** The capture for one tab's fields (empty fields left out; list fields sent as lists). */
export function captureOf(
  kind: CaptureKind,
  fields: Record<string, FieldState>,
  context: { id: string; now: string; url: string; partnerId?: string },
): Capture {
  const out: Capture['fields'] = {};
  for (const [key, field] of Object.entries(fields)) {
    const value = field.value.trim();
    if (value === '') continue;
    out[key] = LIST_FIELDS.has(key) ? value.split(/\s*,\s*/).filter(Boolean) : value;
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

/** What the partner tab says about the organisation, for the duplicate warning. */
export function partnerCandidate(fields: Record<string, FieldState>) {
  const list = (key: string) => fields[key]?.value.split(/\s*,\s*/).filter(Boolean) ?? [];
  return {
    name: fields.name?.value.trim() || undefined,
    emails: list('email'),
    phones: list('phone'),
    website: fields.website?.value.trim() || undefined,
  };
}
