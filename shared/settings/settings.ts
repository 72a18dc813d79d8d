import type { Language } from '../i18n/language';

/** Weights of the engagement score's parts; they are shown in the sheet and sum to 100. */
export interface EngagementWeights {
  /** Recent contact (how fresh the relationship is). */
  recency: number;
  /** Activities in the last 12 months. */
  frequency: number;
  /** Participation depth: distinct stages reached, of five. */
  depth: number;
  /** Resources contributed. */
  resources: number;
  /** An agreement in force. */
  agreement: number;
}

export type ReportingPeriod = 'last_12_months' | 'academic_year' | 'fiscal_year';

/** What formulas and `compute` read from the register's Settings area. */
export interface Settings {
  /** The date figures are computed at, ISO `YYYY-MM-DD`; `null` means today. */
  as_of: string | null;
  /** @default 90 — a partner contacted within this many days is fresh. */
  fresh_days: number;
  /** @default 180 — beyond this many days since contact a partner is stale. */
  stale_days: number;
  /** @default 90 — an agreement ending within this many days is expiring soon. */
  expiring_days: number;
  weights: EngagementWeights;
  period: ReportingPeriod;
  /** First day of the Thai academic year (term 1), `MM-DD`. @default '05-16' */
  academic_year_start: string;
  /** First day of term 2, `MM-DD`. @default '11-01' */
  term2_start: string;
  language: Language;
}

export const DEFAULT_WEIGHTS: EngagementWeights = {
  recency: 30,
  frequency: 25,
  depth: 20,
  resources: 15,
  agreement: 10,
};

export const DEFAULT_SETTINGS: Settings = {
  as_of: null,
  fresh_days: 90,
  stale_days: 180,
  expiring_days: 90,
  weights: DEFAULT_WEIGHTS,
  period: 'last_12_months',
  academic_year_start: '05-16',
  term2_start: '11-01',
  language: 'th',
};
