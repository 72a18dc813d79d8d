import { normaliseDate } from '../../../shared/normalise/date';
import { UsageError } from '../command';

/**
 * The --as-of date as an ISO day. It is read as any date a person types is (a Buddhist Era
 * year such as 2567-06-01 is 2024-06-01), and a day that does not exist (2024-02-30) is refused
 * with the reason in both languages rather than rolled over into the next month.
 */
export function asOfOption(value: string): string {
  const result = normaliseDate(value);
  if (result.ok) return result.value;
  const { en, th } = result.reason.message;
  throw new UsageError({ en: `--as-of (YYYY-MM-DD): ${en}`, th: `--as-of (ปปปป-ดด-วว): ${th}` });
}
