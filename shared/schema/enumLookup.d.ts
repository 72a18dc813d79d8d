import type { Language } from '../i18n/language';
import { type EnumName } from './enums';
/** The key of an enum value written as its key, Thai or English label, or an alias. */
export declare function enumKeyOf(name: EnumName, text: string): string | undefined;
/** The label a sheet shows for an enum key in the given language (the key itself if unknown). */
export declare function enumLabel(name: EnumName, key: string, language: Language): string;
