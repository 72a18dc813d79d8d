import type { Bilingual } from '../i18n/language';
import { type ColumnDef, column as c } from './columns';
import { enumSpan } from './enums';

/** A data tab of the register: a table with a frozen header row and an id per row. */
export interface TabDef {
  key: DataTabKey;
  /** Id prefix, e.g. `P` → `P-0001`. */
  idPrefix: string;
  label: Bilingual;
  aliases?: readonly string[];
  columns: readonly ColumnDef[];
}

export type DataTabKey =
  | 'partners'
  | 'contacts'
  | 'activities'
  | 'agreements'
  | 'resources'
  | 'indicators'
  | 'reflections';

const id = (prefix: string) =>
  c(
    'id',
    'id',
    'ID',
    'รหัส',
    [`Given by the register (${prefix}-0001…); never reused.`, `ทะเบียนกำหนดให้ (${prefix}-0001…) ไม่ใช้ซ้ำ`],
    {
      aliases: ['id', 'รหัส', 'ลำดับที่', 'No.'],
    },
  );
const notes = c('notes', 'longtext', 'Notes', 'หมายเหตุ', ['Anything worth remembering.', 'ข้อมูลอื่นที่ควรบันทึก'], {
  aliases: ['หมายเหตุ', 'บันทึก', 'Note', 'Remarks', 'Comments'],
});
const sourceUrl = c(
  'source_url',
  'url',
  'Source page',
  'หน้าเว็บที่มา',
  [
    'The web page this came from (set by the browser extension).',
    'หน้าเว็บที่เก็บข้อมูลมา (ส่วนขยายเบราว์เซอร์บันทึกให้)',
  ],
  {
    aliases: ['แหล่งที่มา', 'Source', 'URL ที่มา'],
  },
);
const owner = c(
  'owner',
  'text',
  'Owner',
  'ผู้รับผิดชอบ',
  ['The staff member who looks after this.', 'บุคลากรที่ดูแลรายการนี้'],
  {
    aliases: ['ผู้ดูแล', 'ผู้ประสานงาน', 'Responsible', 'Coordinator'],
  },
);
const partnerRef = (en: string, th: string) =>
  c(
    'partner_id',
    'partner_ref',
    en,
    th,
    [
      'The partner id (P-…); a partner name is matched to its id.',
      'รหัสภาคีเครือข่าย (P-…) หากพิมพ์ชื่อ ระบบจะจับคู่กับรหัสให้',
    ],
    {
      aliases: ['ภาคีเครือข่าย', 'หน่วยงาน', 'Partner', 'partner', 'ชื่อหน่วยงาน', 'Organisation', 'Organization'],
    },
  );

export const PARTNERS: TabDef = {
  key: 'partners',
  idPrefix: 'P',
  label: { en: 'Partners', th: 'ภาคีเครือข่าย' },
  aliases: ['partners', 'Partner', 'ภาคี', 'หน่วยงาน'],
  columns: [
    id('P'),
    c(
      'name',
      'text',
      'Partner name',
      'ชื่อหน่วยงาน',
      ['Official name of the organisation or person.', 'ชื่อทางการของหน่วยงานหรือบุคคล'],
      {
        required: true,
        aliases: [
          'ชื่อ',
          'ชื่อภาคีเครือข่าย',
          'ชื่อองค์กร',
          'หน่วยงาน',
          'Name',
          'Organisation',
          'Organization',
          'Organization Name',
        ],
      },
    ),
    c('sector', 'enum', 'Sector', 'ภาคส่วน', ['Which kind of organisation.', 'ประเภทของหน่วยงาน'], {
      enum: 'sector',
      aliases: ['ประเภทหน่วยงาน', 'ประเภท', 'Type'],
    }),
    c(
      'network_type',
      'enum',
      'Network type',
      'ประเภทเครือข่าย',
      ['Which network this partner belongs to.', 'เครือข่ายที่ภาคีนี้สังกัด'],
      { enum: 'network_type', aliases: ['เครือข่าย', 'Network'] },
    ),
    c('status', 'enum', 'Status', 'สถานะ', ['Where the relationship stands.', 'สถานะความร่วมมือ'], {
      enum: 'partner_status',
      aliases: ['สถานะความร่วมมือ'],
    }),
    c('website', 'url', 'Website', 'เว็บไซต์', ['Home page.', 'เว็บไซต์หลัก'], {
      aliases: ['เว็บ', 'Web', 'URL', 'Website 1 - Value'],
    }),
    c('email', 'email', 'Email', 'อีเมล', ['One or more, separated by commas.', 'ใส่ได้หลายอีเมล คั่นด้วยจุลภาค'], {
      multiple: true,
      aliases: ['E-mail', 'อีเมล์', 'e-mail', 'ไปรษณีย์อิเล็กทรอนิกส์'],
    }),
    c(
      'phone',
      'phone',
      'Phone',
      'โทรศัพท์',
      ['Thai formats accepted; stored as +66…', 'พิมพ์รูปแบบไทยได้ ระบบจัดเก็บเป็น +66…'],
      { multiple: true, aliases: ['เบอร์โทร', 'เบอร์โทรศัพท์', 'โทร', 'Tel', 'Telephone', 'Phone number'] },
    ),
    c(
      'line_id',
      'line_id',
      'LINE ID',
      'ไลน์ไอดี',
      ['LINE ID or official account (@…).', 'ไอดีไลน์หรือบัญชีทางการ (@…)'],
      { aliases: ['LINE', 'Line', 'ไลน์', 'ID Line', 'ไอดีไลน์'] },
    ),
    c('address', 'text', 'Address', 'ที่อยู่', ['Street address.', 'ที่อยู่'], {
      aliases: ['Address 1 - Formatted'],
    }),
    c('province', 'text', 'Province', 'จังหวัด', ['Province.', 'จังหวัด']),
    c('district', 'text', 'District', 'อำเภอ', ['District (amphoe).', 'อำเภอ/เขต'], {
      aliases: ['อำเภอ/เขต', 'เขต', 'Amphoe'],
    }),
    c('postal_code', 'text', 'Postal code', 'รหัสไปรษณีย์', ['Five digits.', 'ห้าหลัก'], {
      aliases: ['Postcode', 'ZIP'],
    }),
    owner,
    c('tags', 'text', 'Tags', 'แท็ก', ['Free words to group partners.', 'คำสำคัญสำหรับจัดกลุ่ม'], {
      aliases: ['คำสำคัญ', 'Labels'],
    }),
    sourceUrl,
    notes,
    c('created_at', 'datetime', 'Created', 'วันที่สร้าง', ['When the row was added.', 'วันที่เพิ่มรายการ'], {
      aliases: ['สร้างเมื่อ'],
    }),
    c('updated_at', 'datetime', 'Updated', 'ปรับปรุงล่าสุด', ['When the row last changed.', 'วันที่แก้ไขล่าสุด'], {
      aliases: ['แก้ไขเมื่อ'],
    }),
  ],
};

export const CONTACTS: TabDef = {
  key: 'contacts',
  idPrefix: 'C',
  label: { en: 'Contacts', th: 'ผู้ติดต่อ' },
  aliases: ['contacts', 'บุคคลติดต่อ'],
  columns: [
    id('C'),
    partnerRef('Partner', 'ภาคีเครือข่าย'),
    c(
      'name',
      'text',
      'Contact name',
      'ผู้ติดต่อ',
      ['Full name, with title (นาย/นาง/ดร.).', 'ชื่อ-สกุล พร้อมคำนำหน้า'],
      {
        required: true,
        aliases: ['ชื่อผู้ติดต่อ', 'ชื่อ-สกุล', 'ชื่อ-นามสกุล', 'ชื่อ', 'Name', 'Full name', 'Contact'],
      },
    ),
    c('role', 'text', 'Role', 'ตำแหน่ง', ['Position in the organisation.', 'ตำแหน่งในหน่วยงาน'], {
      aliases: ['ตำแหน่งงาน', 'Position', 'Title', 'Job title', 'Organization Title'],
    }),
    c('email', 'email', 'Email', 'อีเมล', ['Personal data (PDPA).', 'ข้อมูลส่วนบุคคล (PDPA)'], {
      multiple: true,
      aliases: ['E-mail', 'อีเมล์', 'E-mail 1 - Value'],
    }),
    c('phone', 'phone', 'Phone', 'โทรศัพท์', ['Personal data (PDPA).', 'ข้อมูลส่วนบุคคล (PDPA)'], {
      multiple: true,
      aliases: ['เบอร์โทร', 'เบอร์โทรศัพท์', 'โทร', 'มือถือ', 'Tel', 'Mobile', 'Phone 1 - Value'],
    }),
    c('line_id', 'line_id', 'LINE ID', 'ไลน์ไอดี', ['Personal data (PDPA).', 'ข้อมูลส่วนบุคคล (PDPA)'], {
      aliases: ['LINE', 'Line', 'ไลน์', 'ไอดีไลน์'],
    }),
    c(
      'preferred_channel',
      'enum',
      'Preferred channel',
      'ช่องทางที่สะดวก',
      ['How this person prefers to be reached.', 'ช่องทางติดต่อที่บุคคลนี้สะดวก'],
      { enum: 'preferred_channel', aliases: ['ช่องทางติดต่อ', 'Channel'] },
    ),
    sourceUrl,
    notes,
  ],
};

export const ACTIVITIES: TabDef = {
  key: 'activities',
  idPrefix: 'A',
  label: { en: 'Activities', th: 'กิจกรรม' },
  aliases: ['activities', 'กิจกรรมเครือข่าย'],
  columns: [
    id('A'),
    c('date', 'date', 'Date', 'วันที่', ['Day it took place; พ.ศ. accepted.', 'วันที่จัด พิมพ์ พ.ศ. ได้'], {
      required: true,
      aliases: ['วันที่จัด', 'วัน/เดือน/ปี', 'Date held'],
    }),
    c('title', 'text', 'Activity', 'กิจกรรม', ['What happened.', 'ชื่อกิจกรรม'], {
      required: true,
      aliases: ['ชื่อกิจกรรม', 'Title', 'Activity name', 'เรื่อง'],
    }),
    c('type', 'enum', 'Activity type', 'ประเภทกิจกรรม', ['Kind of activity.', 'ลักษณะกิจกรรม'], {
      enum: 'activity_type',
      aliases: ['ประเภท', 'Type'],
    }),
    c(
      'partner_ids',
      'partner_refs',
      'Partners',
      'ภาคีเครือข่าย',
      ['One or more partner ids, separated by commas.', 'รหัสภาคีเครือข่าย คั่นด้วยจุลภาคได้หลายราย'],
      {
        multiple: true,
        aliases: ['ภาคีที่ร่วม', 'หน่วยงานที่ร่วม', 'ผู้ร่วมจัด', 'Partner', 'Partner ids'],
      },
    ),
    c(
      'strategy',
      'enum',
      'Strategy',
      'กลยุทธ์',
      [`Which of the strategies ${enumSpan('strategy')}.`, `กลยุทธ์ที่เกี่ยวข้อง (${enumSpan('strategy')})`],
      { enum: 'strategy', aliases: ['กลยุทธ์ที่'] },
    ),
    c(
      'participation_stage',
      'enum',
      'Participation stage',
      'ขั้นการมีส่วนร่วม',
      ['How deeply partners took part.', 'ระดับการมีส่วนร่วมของภาคี'],
      { enum: 'participation_stage', aliases: ['การมีส่วนร่วม', 'ระดับการมีส่วนร่วม', 'Stage'] },
    ),
    c(
      'admin_roles',
      'enum',
      'Administrator roles',
      'บทบาทผู้บริหาร',
      [
        'Roles the school leader played; pick one or type several, separated by commas.',
        'บทบาทที่ผู้บริหารสถานศึกษาแสดงในกิจกรรมนี้ เลือกหนึ่งบทบาท หรือพิมพ์หลายบทบาทคั่นด้วยจุลภาค',
      ],
      {
        enum: 'admin_role',
        multiple: true,
        aliases: ['บทบาทของผู้บริหาร', 'บทบาท', 'บทบาทผู้บริหารสถานศึกษา', 'Admin roles', 'Roles', 'Leader roles'],
      },
    ),
    c('participants', 'integer', 'Participants', 'จำนวนผู้เข้าร่วม', ['Head count.', 'จำนวนคน'], {
      aliases: ['ผู้เข้าร่วม', 'จำนวนคน', 'Attendance'],
    }),
    c('outputs', 'longtext', 'Outputs', 'ผลผลิต', ['What was produced.', 'ผลผลิตที่ได้'], {
      aliases: ['ผลผลิตที่ได้'],
    }),
    c('outcomes', 'longtext', 'Outcomes', 'ผลลัพธ์', ['What changed.', 'ผลลัพธ์ที่เกิดขึ้น'], {
      aliases: ['ผลลัพธ์ที่เกิดขึ้น'],
    }),
    c(
      'evidence_url',
      'url',
      'Evidence',
      'หลักฐาน',
      ['Link to photos, minutes or reports.', 'ลิงก์ภาพถ่าย รายงานการประชุม หรือรายงาน'],
      { aliases: ['ลิงก์หลักฐาน', 'Evidence link'] },
    ),
    owner,
  ],
};

export const AGREEMENTS: TabDef = {
  key: 'agreements',
  idPrefix: 'M',
  label: { en: 'Agreements', th: 'ข้อตกลงความร่วมมือ' },
  aliases: ['agreements', 'MOU', 'บันทึกข้อตกลง'],
  columns: [
    id('M'),
    partnerRef('Partner', 'ภาคีเครือข่าย'),
    c('title', 'text', 'Agreement', 'ชื่อข้อตกลง', ['What the agreement is about.', 'เรื่องของข้อตกลง'], {
      required: true,
      aliases: ['ข้อตกลง', 'เรื่อง', 'Title'],
    }),
    c(
      'kind',
      'enum',
      'Kind',
      'ลักษณะข้อตกลง',
      ['Formal MOU/MOA or an informal commitment.', 'MOU/MOA หรือพันธะสัญญาไม่เป็นทางการ'],
      { enum: 'agreement_kind', aliases: ['ประเภท', 'Type'] },
    ),
    c('signed', 'date', 'Signed', 'วันที่ลงนาม', ['Date signed; พ.ศ. accepted.', 'วันที่ลงนาม พิมพ์ พ.ศ. ได้'], {
      aliases: ['ลงนามเมื่อ', 'Start'],
    }),
    c('expires', 'date', 'Expires', 'วันหมดอายุ', ['Last day in force.', 'วันสุดท้ายที่มีผล'], {
      aliases: ['สิ้นสุด', 'วันสิ้นสุด', 'End'],
    }),
    c(
      'status',
      'enum',
      'Status',
      'สถานะ',
      ['Draft, in force, expired or terminated.', 'ร่าง มีผล หมดอายุ หรือยกเลิก'],
      { enum: 'agreement_status' },
    ),
    c(
      'commitments',
      'longtext',
      'Commitments',
      'พันธะที่ตกลง',
      ['What each side promised.', 'สิ่งที่แต่ละฝ่ายตกลงจะทำ'],
      { aliases: ['สาระสำคัญ'] },
    ),
    c('document_url', 'url', 'Document', 'เอกสาร', ['Link to the signed document.', 'ลิงก์เอกสารที่ลงนาม'], {
      aliases: ['ลิงก์เอกสาร', 'Document link'],
    }),
  ],
};

export const RESOURCES: TabDef = {
  key: 'resources',
  idPrefix: 'R',
  label: { en: 'Resources', th: 'ทรัพยากร' },
  aliases: ['resources', 'การสนับสนุน'],
  columns: [
    id('R'),
    c('date', 'date', 'Date', 'วันที่', ['When it was received; พ.ศ. accepted.', 'วันที่ได้รับ พิมพ์ พ.ศ. ได้'], {
      required: true,
      aliases: ['วันที่ได้รับ'],
    }),
    partnerRef('Source partner', 'ภาคีผู้สนับสนุน'),
    c(
      'type',
      'enum',
      'Resource type',
      'ประเภททรัพยากร',
      ['Budget, personnel, materials…', 'งบประมาณ บุคลากร วัสดุ…'],
      { enum: 'resource_type', aliases: ['ประเภท', 'Type'] },
    ),
    c('description', 'text', 'Description', 'รายละเอียด', ['What was given.', 'สิ่งที่ได้รับ'], {
      aliases: ['รายการ', 'Item'],
    }),
    c(
      'value',
      'money',
      'Value (THB)',
      'มูลค่า (บาท)',
      ['Money or estimated value in baht.', 'จำนวนเงินหรือมูลค่าโดยประมาณ (บาท)'],
      { aliases: ['มูลค่า', 'จำนวนเงิน', 'Value', 'Amount'] },
    ),
    c(
      'activity_id',
      'activity_ref',
      'Activity',
      'กิจกรรมที่เกี่ยวข้อง',
      ['The activity it supported (A-…), if any.', 'กิจกรรมที่ใช้ทรัพยากรนี้ (A-…) ถ้ามี'],
      { aliases: ['รหัสกิจกรรม', 'Activity id'] },
    ),
  ],
};

export const INDICATORS: TabDef = {
  key: 'indicators',
  idPrefix: 'I',
  label: { en: 'Indicators', th: 'ตัวชี้วัด' },
  aliases: ['indicators', 'KPI'],
  columns: [
    id('I'),
    c('strategy', 'enum', 'Strategy', 'กลยุทธ์', ['Which strategy it measures.', 'กลยุทธ์ที่วัด'], {
      enum: 'strategy',
    }),
    c('name', 'text', 'Indicator', 'ตัวชี้วัด', ['What is measured.', 'สิ่งที่วัด'], {
      required: true,
      aliases: ['ชื่อตัวชี้วัด', 'Name', 'KPI'],
    }),
    c('level', 'enum', 'Level', 'ระดับ', ['Output, outcome or impact.', 'ผลผลิต ผลลัพธ์ หรือผลกระทบ'], {
      enum: 'indicator_level',
      aliases: ['ระดับตัวชี้วัด'],
    }),
    c(
      'direction',
      'enum',
      'Direction',
      'ทิศทาง',
      ['Whether higher or lower is better.', 'ค่ายิ่งมากหรือยิ่งน้อยยิ่งดี'],
      { enum: 'indicator_direction' },
    ),
    c('target', 'number', 'Target', 'ค่าเป้าหมาย', ['The value aimed for.', 'ค่าที่ตั้งเป้าไว้'], {
      aliases: ['เป้าหมาย', 'Goal'],
    }),
    c('unit', 'text', 'Unit', 'หน่วยนับ', ['Unit of the value.', 'หน่วยของค่า'], { aliases: ['หน่วย'] }),
    c(
      'actual',
      'number',
      'Actual',
      'ผลการดำเนินงาน',
      ['A live formula for starter indicators, or typed.', 'สูตรคำนวณอัตโนมัติสำหรับตัวชี้วัดตั้งต้น หรือกรอกเอง'],
      { aliases: ['ผลที่ได้', 'ค่าจริง', 'ผลจริง'] },
    ),
    c(
      'achievement',
      'number',
      'Achievement',
      'ร้อยละความสำเร็จ',
      ['Actual against target.', 'ผลเทียบกับเป้าหมาย'],
      { aliases: ['ความสำเร็จ', 'ผลสัมฤทธิ์'] },
    ),
  ],
};

export const REFLECTIONS: TabDef = {
  key: 'reflections',
  idPrefix: 'L',
  label: { en: 'Reflections', th: 'บันทึกการเรียนรู้' },
  aliases: ['reflections', 'learning log', 'PDSA'],
  columns: [
    id('L'),
    c('date', 'date', 'Date', 'วันที่', ['Day of the reflection; พ.ศ. accepted.', 'วันที่สะท้อนผล พิมพ์ พ.ศ. ได้'], {
      required: true,
    }),
    c('phase', 'enum', 'PDSA phase', 'ขั้น PDSA', ['Plan, do, study or act.', 'วางแผน ปฏิบัติ ศึกษาผล หรือปรับปรุง'], {
      enum: 'pdsa_phase',
      aliases: ['ขั้น', 'Phase', 'วงจร PDSA'],
    }),
    c(
      'challenge',
      'enum',
      'Challenge',
      'ความท้าทาย',
      ['Which known challenge this is about.', 'ความท้าทายที่เกี่ยวข้อง'],
      { enum: 'challenge', aliases: ['ปัญหา/อุปสรรค', 'อุปสรรค'] },
    ),
    c('lesson', 'longtext', 'Lesson learned', 'บทเรียนที่ได้', ['What was learned.', 'สิ่งที่ได้เรียนรู้'], {
      aliases: ['บทเรียน', 'Lesson'],
    }),
    c('next_action', 'longtext', 'Next action', 'สิ่งที่จะทำต่อ', ['What will change next.', 'การปรับปรุงครั้งต่อไป'], {
      aliases: ['แนวทางปรับปรุง', 'Next step'],
    }),
    owner,
    c('due', 'date', 'Due', 'กำหนดเสร็จ', ['When the next action is due.', 'วันที่ควรทำให้เสร็จ'], {
      aliases: ['กำหนดส่ง', 'Deadline'],
    }),
  ],
};

/** Every data tab, in the order they appear in a register. */
export const DATA_TABS: readonly TabDef[] = [
  PARTNERS,
  CONTACTS,
  ACTIVITIES,
  AGREEMENTS,
  RESOURCES,
  INDICATORS,
  REFLECTIONS,
];

export const DATA_TAB_KEYS: readonly DataTabKey[] = DATA_TABS.map((tab) => tab.key);

/** Tabs the generators own, and the hidden ones the register keeps for itself. */
export const GENERATED_TABS = {
  summary: { en: 'Summary', th: 'สรุปผล' },
  district: { en: 'District', th: 'ภาพรวมเขต' },
  settings: { en: 'Settings', th: 'ตั้งค่า' },
  lists: { en: 'Lists', th: 'รายการตัวเลือก' },
  captureLog: { en: 'Capture log', th: 'บันทึกการรับข้อมูล' },
} as const satisfies Record<string, Bilingual>;

export function tabDef(key: DataTabKey): TabDef {
  const tab = DATA_TABS.find((candidate) => candidate.key === key);
  if (!tab) throw new Error(`unknown tab ${key}`);
  return tab;
}

export function isDataTabKey(value: unknown): value is DataTabKey {
  return typeof value === 'string' && DATA_TAB_KEYS.includes(value as DataTabKey);
}
