import type { Language } from '../../shared/i18n/language';
import { fill, MESSAGES } from '../i18n/messages';
import { type CaptureFormState, contactsToSave, type FormTab, understoodDate } from './captureForm';
import { phoneToSend } from './captureOf';

/** What the register requires of each kind of capture (the columns marked required in shared/schema/tabs.ts). */
const REQUIRED: Record<FormTab, readonly string[]> = {
  partner: ['name'],
  contact: ['name'],
  activity: ['title', 'date'],
  note: ['notes'],
};

/**
 * Why the open tab cannot be saved yet, in the reader's language; empty when it can. Checked
 * before anything is queued, so the form never says "saved" for a capture the register refuses
 * for a missing or unreadable value.
 */
export function formProblems(form: CaptureFormState, language: Language): string[] {
  const text = MESSAGES[language];
  const label = (key: string) =>
    form.tab === 'contact' && key === 'name'
      ? text.fields.contactName
      : (text.fields as Record<string, string>)[key];
  const problems: string[] = [];
  const sets = form.tab === 'contact' ? contactsToSave(form) : [form.fields[form.tab]];
  const missing = new Set<string>();
  for (const fields of sets.length > 0 ? sets : [form.fields[form.tab]])
    for (const key of REQUIRED[form.tab])
      if ((fields[key]?.value ?? '').trim() === '') missing.add(label(key));
  if (form.tab === 'note' && form.partnerChoice === '') problems.push(text.choosePartner);
  if (missing.size > 0) problems.unshift(fill(text.missing, { fields: [...missing].join(', ') }));
  const date = form.tab === 'activity' ? form.fields.activity.date.value.trim() : '';
  if (date !== '' && !understoodDate(date)) problems.push(fill(text.badDate, { date }));
  // The register refuses a phone it cannot read: say so here rather than after "saved".
  for (const fields of sets.length > 0 ? sets : [form.fields[form.tab]]) {
    const phone = fields.phone?.value.trim() ?? '';
    if (phone !== '' && !phoneToSend(phone)) problems.push(fill(text.badPhone, { phone }));
  }
  return problems;
}
