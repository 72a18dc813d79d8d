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

export function unknownTab(tab: string): UsageError {
  const tabs = DATA_TAB_KEYS.join('|');
  return new UsageError({
    en: `unknown tab "${tab}"; use ${tabs}`,
    th: `ไม่รู้จักแท็บ "${tab}" ใช้ได้: ${tabs}`,
  });
}
