import type { Bilingual } from '../i18n/language';
/** One allowed value of an enum: a stable key and its labels. */
export interface EnumValue extends Bilingual {
  key: string;
  /** Other spellings a person may type or an older file may carry. */
  aliases?: readonly string[];
}
/** Every enum of the register, keyed by enum name. Order is the order shown in dropdowns. */
export declare const ENUMS: {
  readonly network_type: readonly [EnumValue, EnumValue, EnumValue, EnumValue];
  readonly sector: readonly [
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
  ];
  readonly strategy: readonly [EnumValue, EnumValue, EnumValue, EnumValue, EnumValue, EnumValue];
  readonly participation_stage: readonly [EnumValue, EnumValue, EnumValue, EnumValue, EnumValue];
  readonly activity_type: readonly [
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
  ];
  readonly resource_type: readonly [EnumValue, EnumValue, EnumValue, EnumValue, EnumValue, EnumValue];
  readonly agreement_kind: readonly [EnumValue, EnumValue];
  readonly agreement_status: readonly [EnumValue, EnumValue, EnumValue, EnumValue];
  readonly partner_status: readonly [EnumValue, EnumValue, EnumValue, EnumValue];
  readonly indicator_level: readonly [EnumValue, EnumValue, EnumValue];
  readonly indicator_direction: readonly [EnumValue, EnumValue];
  readonly pdsa_phase: readonly [EnumValue, EnumValue, EnumValue, EnumValue];
  readonly challenge: readonly [
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
    EnumValue,
  ];
  readonly preferred_channel: readonly [EnumValue, EnumValue, EnumValue, EnumValue, EnumValue];
};
export type EnumName = keyof typeof ENUMS;
export type EnumKey<E extends EnumName> = (typeof ENUMS)[E][number]['key'];
export declare function enumValues(name: EnumName): readonly EnumValue[];
export declare function enumKeys<E extends EnumName>(name: E): EnumKey<E>[];
