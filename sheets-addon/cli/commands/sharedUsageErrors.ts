import type { Bilingual } from '../../../shared/i18n/language';
import { DATA_TAB_KEYS } from '../../../shared/schema/tabs';
import { UsageError } from '../command';

// The usage errors more than one command gives, worded once.

export function missingValue(option: string): UsageError {
  return new UsageError({ en: `${option} needs a value`, th: `ต้องระบุค่าต่อจาก ${option}` });
}

export function unknownOption(option: string): UsageError {
  return new UsageError({ en: `unknown option ${option}`, th: `ไม่รู้จักตัวเลือก ${option}` });
}

/** For the commands that take options only. */
export function unexpectedArgument(argument: string): UsageError {
  return new UsageError({ en: `unexpected argument "${argument}"`, th: `คำสั่งนี้ไม่รับ "${argument}"` });
}

/** The tabs --tab takes, as usages and errors list them. */
export const TAB_CHOICES = DATA_TAB_KEYS.join('|');

export function unknownTab(tab: string): UsageError {
  return new UsageError({
    en: `unknown tab "${tab}"; use ${TAB_CHOICES}`,
    th: `ไม่รู้จักแท็บ "${tab}" ใช้ได้: ${TAB_CHOICES}`,
  });
}

/** --tab left out where it is needed; `need` says it as the command does, the tabs are listed after. */
export function tabRequired(need: Bilingual): UsageError {
  return new UsageError({ en: `${need.en}: ${TAB_CHOICES}`, th: `${need.th}: ${TAB_CHOICES}` });
}
