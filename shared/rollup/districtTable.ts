import type { Bilingual, Language } from '../i18n/language';
import type { Cell } from '../register/register';
import type { DistrictModel } from './districtModel';
import { DISTRICT_FIGURES, type FigureDef, type FigureKey } from './figures';

/** Where things sit on the District tab: the officer types names and links; the rest is generated. */
export const DISTRICT_LAYOUT = {
  headerRow: 1,
  totalRow: 2,
  firstSchoolRow: 3,
  nameColumn: 1,
  refColumn: 2,
  firstGeneratedColumn: 3,
} as const;

/** How a District column's cells are shown. */
export type ColumnFormat = FigureDef['format'] | 'text' | 'rank' | 'score';

/** One column of the District table. */
export interface DistrictColumn {
  id: 'name' | 'ref' | 'status' | 'rank' | 'score' | FigureKey | 'weakest';
  label: string;
  note: string;
  format: ColumnFormat;
  /** Set on figures the sheet highlights when a school is among the district's weakest quarter. */
  better?: 'higher' | 'lower';
}

/** The District tab as cells, ready for any host to write (Sheets, the local xlsx). */
export interface DistrictTable {
  language: Language;
  columns: DistrictColumn[];
  /** Full-width rows: the district total, then one per school in the officer's order. */
  totalRow: Cell[];
  schoolRows: Cell[][];
  /** The ranking block beside the table (1-based first column), strongest first. */
  ranking: { column: number; header: string[]; rows: Cell[][] };
}

const FIXED: Record<
  'name' | 'ref' | 'status' | 'rank' | 'score' | 'weakest' | 'total',
  { label: Bilingual; note: Bilingual }
> = {
  name: {
    label: { th: 'โรงเรียน', en: 'School' },
    note: { th: 'ชื่อโรงเรียน (พิมพ์เอง)', en: 'School name (typed by you)' },
  },
  ref: {
    label: { th: 'ลิงก์หรือรหัสทะเบียน', en: 'Register link or ID' },
    note: {
      th: 'ลิงก์ Google Sheets ของทะเบียนโรงเรียน (พิมพ์เอง) โรงเรียนต้องแชร์ให้บัญชีเขตดูได้',
      en: 'The school register’s Google Sheets link (typed by you); the school shares it with the district account',
    },
  },
  status: {
    label: { th: 'สถานะ', en: 'Status' },
    note: { th: 'อ่านทะเบียนได้หรือไม่ และเพราะอะไร', en: 'Whether the register was read, and why not' },
  },
  rank: {
    label: { th: 'อันดับ', en: 'Rank' },
    note: { th: '1 = ภาพรวมดีที่สุดในเขต (ตามคะแนน)', en: '1 = strongest in the district (by score)' },
  },
  score: {
    label: { th: 'คะแนน (0–100)', en: 'Score (0–100)' },
    note: {
      th: 'ค่าเฉลี่ยตำแหน่งของโรงเรียนเทียบกับโรงเรียนอื่นในเขต ในตัวเลขที่ใช้จัดอันดับ',
      en: 'Mean standing among the district’s schools over the ranked figures',
    },
  },
  weakest: {
    label: { th: 'จุดที่ควรพัฒนา', en: 'Weakest areas' },
    note: {
      th: 'ตัวเลขที่โรงเรียนอยู่ในกลุ่มหนึ่งในสี่ที่อ่อนที่สุดของเขต (ระบายสีในตาราง)',
      en: 'Figures on which the school is in the district’s weakest quarter (highlighted)',
    },
  },
  total: {
    label: { th: 'รวมทั้งเขต (รวม/เฉลี่ย)', en: 'District (total / average)' },
    note: {
      th: 'นับรวมจำนวน สัดส่วนถ่วงด้วยจำนวนภาคี ค่าอื่นเป็นค่าเฉลี่ยของโรงเรียนที่อ่านได้',
      en: 'Counts summed, shares weighted by partners, other figures averaged over readable schools',
    },
  },
};

/** The label of the total row's name cell, in both languages, so a reader of the list skips it. */
export const TOTAL_LABEL: Bilingual = FIXED.total.label;

function weakestText(keys: readonly FigureKey[], language: Language): string {
  return keys
    .map((key) => DISTRICT_FIGURES.find((def) => def.key === key)?.label[language] ?? key)
    .join(', ');
}

/** Lays the model out as the District tab's cells, in the officer's language. */
export function districtTable(model: DistrictModel, language: Language): DistrictTable {
  const fixed = (id: keyof typeof FIXED, format: ColumnFormat): DistrictColumn => ({
    id: id as DistrictColumn['id'],
    label: FIXED[id].label[language],
    note: FIXED[id].note[language],
    format,
  });
  const columns: DistrictColumn[] = [
    fixed('name', 'text'),
    fixed('ref', 'text'),
    fixed('status', 'text'),
    fixed('rank', 'rank'),
    fixed('score', 'score'),
    ...DISTRICT_FIGURES.map(
      (def): DistrictColumn => ({
        id: def.key,
        label: def.label[language],
        note: def.explanation[language],
        format: def.format,
        ...(def.better === 'none' ? {} : { better: def.better }),
      }),
    ),
    fixed('weakest', 'text'),
  ];
  const figureCells = (figures: Record<FigureKey, Cell> | null) =>
    DISTRICT_FIGURES.map((def) => (figures ? figures[def.key] : null));
  const schoolRows = model.rows.map((row) => [
    row.result.name,
    row.result.ref,
    row.result.reason.message[language],
    row.rank,
    row.score,
    ...figureCells(row.result.figures),
    weakestText(row.weakest, language),
  ]);
  const unreadable = model.schools - model.readable;
  const totalStatus =
    language === 'th'
      ? `อ่านได้ ${model.readable} จาก ${model.schools} โรงเรียน${unreadable > 0 ? ` (อ่านไม่ได้ ${unreadable})` : ''}`
      : `${model.readable} of ${model.schools} schools read${unreadable > 0 ? ` (${unreadable} unreadable)` : ''}`;
  const totalRow: Cell[] = [
    FIXED.total.label[language],
    null,
    totalStatus,
    null,
    null,
    ...figureCells(model.total),
    '',
  ];
  const ranking = {
    column: columns.length + 2,
    header: [
      FIXED.rank.label[language],
      FIXED.name.label[language],
      FIXED.score.label[language],
      FIXED.weakest.label[language],
    ],
    rows: model.ranking.map((position) => {
      const row = model.rows[position];
      return [row.rank, row.result.name, row.score, weakestText(row.weakest, language)];
    }),
  };
  return { language, columns, totalRow, schoolRows, ranking };
}
