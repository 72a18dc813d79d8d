import type { Language } from './language';

const MONTHS: Record<Language, readonly string[]> = {
  th: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Thailand has one time zone and no daylight saving: UTC+7. */
const THAI_OFFSET_MINUTES = 7 * 60;

/** Thai dates count years in the Buddhist Era. */
const BUDDHIST_ERA_OFFSET = 543;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * A date as a person reads it: `15 มิ.ย. 2568` in Thai (Buddhist Era), `15 Jun 2025` in English.
 * Written by hand rather than with Intl: Apps Script's V8 and Node ship different locale data.
 * Text that is no ISO date is returned as it is.
 */
export function dateText(iso: string, language: Language): string {
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const shownYear = Number(year) + (language === 'th' ? BUDDHIST_ERA_OFFSET : 0);
  return `${Number(day)} ${MONTHS[language][Number(month) - 1]} ${shownYear}`;
}

/** A moment (ISO, any offset) as Thai local date and time: `29 พ.ย. 2569 21:28`, `29 Nov 2026 21:28`. */
export function dateTimeText(iso: string, language: Language): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const local = new Date(time + THAI_OFFSET_MINUTES * 60_000).toISOString();
  return `${dateText(local, language)} ${local.slice(11, 16)}`;
}
