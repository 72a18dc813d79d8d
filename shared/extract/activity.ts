import { normaliseDate } from '../normalise/date';
import { activityTypeOf, isActivityTitle } from './activityType';
import { cleanFieldText } from './cleanText';
import { FieldDraft } from './fieldDraft';
import type { PageScan } from './pageScan';
import type { ActivityFields, SourcesOf } from './proposal';
import type { SchemaFacts } from './schemaFacts';
import { findDate } from './textFacts';

/**
 * The activity an event page proposes: a structured event first (title, start date, type from
 * the title), else a heading that names an activity with the first date written in the text.
 */
export function activityOf(
  events: SchemaFacts['events'],
  selectedDate: string | undefined,
  scan: PageScan,
  title: string,
): { fields: ActivityFields; sources: SourcesOf<ActivityFields> } | undefined {
  const draft = new FieldDraft<keyof ActivityFields, never>([]);
  const event = events.find((candidate) => candidate.title || candidate.start);
  if (event) {
    draft.set('title', event.title, event.source);
    const start = event.start ? dateOf(event.start) : undefined;
    draft.set('date', selectedDate, 'selection');
    draft.set('date', start, event.source);
    draft.set('place', event.place, event.source);
    draft.set('place', placeInText(scan.text), 'text');
    const type = activityTypeOf(draft.values.title, event.types);
    draft.set('type', type, event.title ? 'title' : event.source);
  } else {
    const heading = [...scan.headings, title].find((text) => isActivityTitle(text));
    if (!heading) return undefined;
    draft.set('title', heading, scan.headings.includes(heading) ? 'heading' : 'meta:title');
    draft.set('date', selectedDate, 'selection');
    draft.set('date', findDate(scan.text)?.value, 'text');
    draft.set('place', placeInText(scan.text), 'text');
    draft.set('type', activityTypeOf(heading), 'title');
  }
  if (!draft.has('title') && !draft.has('date')) return undefined;
  return { fields: { ...draft.values }, sources: { ...draft.sources } };
}

/** A place written after a label (สถานที่:, Venue:, Location:) or after ณ, up to the end of its line. */
const PLACE_IN_TEXT =
  /(?:สถานที่(?:จัด(?:งาน|กิจกรรม)?)?\s*[:：]?|(?<![\u0E01-\u0E4E])ณ\s|\b(?:venue|location)\s*[:：])\s*([^\n\t]{3,120})/i;

function placeInText(text: string): string | undefined {
  const found = PLACE_IN_TEXT.exec(text)?.[1];
  return found ? cleanFieldText(found.replace(/\s+(?:วันที่|เวลา|โทร).*$/, '')) : undefined;
}

function dateOf(raw: string): string | undefined {
  const text = cleanFieldText(raw);
  // An ISO date-time keeps its calendar day as written (the organiser's local day), not the UTC day.
  const isoDay = /^(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(text)?.[1];
  const date = normaliseDate(isoDay ?? text);
  return date.ok ? date.value : undefined;
}
