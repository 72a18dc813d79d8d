import type { Capture, CaptureKind } from '../../shared/capture/protocol';
import { normalisePhone } from '../../shared/normalise/phone';
import { type FieldState, understoodDate } from './captureForm';

// Its own module, loaded when the person saves: sending a phone needs the phone library, which
// the form's first paint does not.

/** Fields that hold one value in the form and the register, though a page may offer several. */
const ONE_OF_SEVERAL = new Set(['email', 'phone']);

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
