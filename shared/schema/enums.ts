import type { Bilingual } from '../i18n/language';

/** One allowed value of an enum: a stable key and its labels. */
export interface EnumValue extends Bilingual {
  key: string;
  /** Other spellings a person may type or an older file may carry. */
  aliases?: readonly string[];
}

const v = (key: string, en: string, th: string, aliases: string[] = []): EnumValue => ({
  key,
  en,
  th,
  aliases,
});

/** Every enum of the register, keyed by enum name. Order is the order shown in dropdowns. */
export const ENUMS = {
  network_type: [
    v('school_cluster', 'School cluster', 'กลุ่มเครือข่ายสถานศึกษา', ['กลุ่มโรงเรียน', 'เครือข่ายสถานศึกษา']),
    v('academic', 'Academic collaboration', 'เครือข่ายความร่วมมือทางวิชาการ', ['วิชาการ']),
    v('community', 'Community relations', 'เครือข่ายชุมชนสัมพันธ์', ['ชุมชนสัมพันธ์']),
    v('area', 'Area partnership', 'ภาคีเครือข่ายในพื้นที่', ['ภาคีในพื้นที่']),
  ],
  sector: [
    v('school', 'Other school', 'สถานศึกษา', ['โรงเรียน', 'school']),
    v('esa_office', 'Educational service area office', 'สำนักงานเขตพื้นที่การศึกษา', [
      'สพท.',
      'สพป.',
      'สพม.',
      'ESA office',
    ]),
    v('local_gov', 'Local administrative organisation', 'องค์กรปกครองส่วนท้องถิ่น', [
      'อปท.',
      'อบต.',
      'เทศบาล',
      'อบจ.',
      'Local government',
    ]),
    v('gov_agency', 'Government agency', 'หน่วยงานภาครัฐ', ['ภาครัฐ', 'Government']),
    v('private', 'Private sector', 'ภาคเอกชน', ['เอกชน', 'บริษัท', 'Business', 'Company']),
    v('community', 'Community', 'ชุมชน'),
    v('civil_society', 'NGO, foundation', 'ภาคประชาสังคม', ['มูลนิธิ', 'NGO', 'Foundation', 'Civil society']),
    v('higher_ed', 'University', 'สถาบันอุดมศึกษา', ['มหาวิทยาลัย', 'Higher education']),
    v('religious', 'Temple, religious body', 'ศาสนสถาน', ['วัด', 'Temple', 'Religious']),
    v('expert', 'Expert, individual', 'ผู้เชี่ยวชาญ', ['ปราชญ์ชาวบ้าน', 'Expert', 'Individual']),
    v('parents', "Parents' group", 'ผู้ปกครอง', ['เครือข่ายผู้ปกครอง', 'Parents']),
    v('other', 'Other', 'อื่น ๆ', ['อื่นๆ']),
  ],
  strategy: [
    v('S1', 'S1 Environmental analysis and clear direction', 'S1 การวิเคราะห์สภาพแวดล้อมและการกำหนดทิศทาง', [
      'กลยุทธ์ที่ 1',
    ]),
    v('S2', 'S2 Alliance building and stakeholder engagement', 'S2 การสร้างพันธมิตรและการมีส่วนร่วม', ['กลยุทธ์ที่ 2']),
    v('S3', 'S3 Effective network management', 'S3 การบริหารจัดการเครือข่าย', ['กลยุทธ์ที่ 3']),
    v('S4', 'S4 Relationships and communication', 'S4 การสร้างความสัมพันธ์และการสื่อสาร', ['กลยุทธ์ที่ 4']),
    v('S5', 'S5 Monitoring, evaluation and continuous learning', 'S5 การติดตาม ประเมินผล และการเรียนรู้', [
      'กลยุทธ์ที่ 5',
    ]),
    v('S6', 'S6 Sustainability', 'S6 การสร้างความยั่งยืน', ['กลยุทธ์ที่ 6']),
  ],
  participation_stage: [
    v('decide', 'Co-thinking and deciding', 'ร่วมคิดและตัดสินใจ', ['ร่วมคิด', 'ร่วมตัดสินใจ']),
    v('plan', 'Planning', 'ร่วมวางแผน'),
    v('implement', 'Investing and implementing', 'ร่วมลงทุนและดำเนินการ', ['ร่วมดำเนินการ', 'ร่วมลงทุน']),
    v('evaluate', 'Monitoring and evaluating', 'ร่วมติดตามและประเมินผล', ['ร่วมประเมินผล']),
    v('benefit', 'Sharing benefits', 'ร่วมรับผลประโยชน์', ['ร่วมรับประโยชน์']),
  ],
  admin_role: [
    v('initiator', 'Initiator and strategic direction setter', 'ผู้ริเริ่มและผู้กำหนดทิศทางเชิงกลยุทธ์', [
      'ผู้ริเริ่ม',
      'ผู้กำหนดทิศทาง',
      'ริเริ่ม',
      'Initiator',
    ]),
    v('coordinator', 'Coordinator and relationship builder', 'ผู้ประสานงานและผู้สร้างความสัมพันธ์', [
      'ผู้ประสานงาน',
      'ประสานงาน',
      'ผู้สร้างความสัมพันธ์',
      'Coordinator',
    ]),
    v('facilitator', 'Supporter and facilitator', 'ผู้สนับสนุนและผู้อำนวยความสะดวก', [
      'ผู้สนับสนุน',
      'ผู้อำนวยความสะดวก',
      'สนับสนุน',
      'Supporter',
      'Facilitator',
    ]),
    v('change_leader', 'Change leader and inspirer', 'ผู้นำการเปลี่ยนแปลงและผู้สร้างแรงบันดาลใจ', [
      'ผู้นำการเปลี่ยนแปลง',
      'ผู้สร้างแรงบันดาลใจ',
      'ผู้นำ',
      'Change leader',
      'Inspirer',
    ]),
    v(
      'participation_promoter',
      'Promoter of participation and empowerment',
      'ผู้ส่งเสริมการมีส่วนร่วมและการเสริมพลัง',
      ['ผู้ส่งเสริมการมีส่วนร่วม', 'ส่งเสริมการมีส่วนร่วม', 'การเสริมพลัง', 'Promoter', 'Empowerment'],
    ),
    v('evaluator_learner', 'Evaluator and continuous learner', 'ผู้ติดตามประเมินผลและผู้เรียนรู้อย่างต่อเนื่อง', [
      'ผู้ติดตามประเมินผล',
      'ผู้ประเมินผล',
      'ผู้เรียนรู้',
      'Evaluator',
      'Learner',
    ]),
  ],
  activity_type: [
    v('meeting', 'Meeting', 'ประชุม'),
    v('joint_planning', 'Joint planning meeting', 'ประชุมวางแผนร่วม'),
    v('training', 'Training / workshop', 'อบรม/สัมมนาเชิงปฏิบัติการ', [
      'อบรม',
      'สัมมนา',
      'อบรมเชิงปฏิบัติการ',
      'Workshop',
    ]),
    v('study_visit', 'Study visit', 'ศึกษาดูงาน'),
    v('mentoring', 'Mentoring / supervision', 'พี่เลี้ยง/นิเทศ', ['นิเทศ', 'พี่เลี้ยง', 'Coaching']),
    v('good_practice_exchange', 'Good practice exchange', 'แลกเปลี่ยนเรียนรู้แนวปฏิบัติที่ดี', ['แลกเปลี่ยนเรียนรู้', 'PLC']),
    v('resource_support', 'Resource support', 'สนับสนุนทรัพยากร'),
    v('agreement_signing', 'Agreement signing', 'ลงนามความร่วมมือ', ['ลงนาม MOU']),
    v('joint_event', 'Joint event', 'กิจกรรมร่วม'),
    v('reflection', 'Reflection', 'สะท้อนผลการดำเนินงาน', ['สะท้อนผล', 'AAR']),
    v('contact', 'Contact / coordination', 'ติดต่อประสานงาน', ['ประสานงาน']),
  ],
  resource_type: [
    v('budget', 'Budget', 'งบประมาณ', ['เงิน', 'Money', 'Funding']),
    v('personnel', 'Personnel', 'บุคลากร', ['Staff']),
    v('materials', 'Materials and equipment', 'วัสดุอุปกรณ์', ['Equipment']),
    v('ict', 'ICT', 'เทคโนโลยีสารสนเทศ', ['ไอที', 'IT']),
    v('venue', 'Venue', 'สถานที่'),
    v('expertise', 'Expertise', 'ความเชี่ยวชาญ', ['วิทยากร']),
  ],
  agreement_kind: [
    v('formal', 'MOU/MOA', 'บันทึกข้อตกลงความร่วมมือ', ['MOU', 'MOA', 'Formal']),
    v('informal', 'Informal commitment', 'พันธะสัญญาไม่เป็นทางการ', ['Informal', 'ไม่เป็นทางการ']),
  ],
  agreement_status: [
    v('draft', 'Draft', 'ร่าง'),
    v('active', 'In force', 'มีผลบังคับใช้', ['Active']),
    v('expired', 'Expired', 'หมดอายุ'),
    v('terminated', 'Terminated', 'ยกเลิก'),
  ],
  partner_status: [
    v('prospect', 'Prospect', 'ติดต่อเบื้องต้น'),
    v('active', 'Active', 'ดำเนินงานร่วม'),
    v('dormant', 'Dormant', 'ห่างหาย'),
    v('ended', 'Ended', 'สิ้นสุด'),
  ],
  indicator_level: [
    v('output', 'Output', 'ผลผลิต'),
    v('outcome', 'Outcome', 'ผลลัพธ์'),
    v('impact', 'Impact', 'ผลกระทบ'),
  ],
  indicator_direction: [
    v('higher', 'Higher is better', 'ยิ่งมากยิ่งดี', ['higher', 'up', 'มาก']),
    v('lower', 'Lower is better', 'ยิ่งน้อยยิ่งดี', ['lower', 'down', 'น้อย']),
  ],
  pdsa_phase: [
    v('plan', 'Plan', 'วางแผน', ['P']),
    v('do', 'Do', 'ปฏิบัติ', ['D']),
    v('study', 'Study', 'ศึกษาผล', ['S', 'Check', 'ตรวจสอบ']),
    v('act', 'Act', 'ปรับปรุง', ['A']),
  ],
  challenge: [
    v(
      'vision_culture',
      'Differences in vision and organisational culture',
      'ความแตกต่างด้านวิสัยทัศน์และวัฒนธรรมองค์กร',
    ),
    v('communication', 'Communication and coordination', 'การสื่อสารและการประสานงาน'),
    v('resources', 'Resource constraints', 'ข้อจำกัดด้านทรัพยากร'),
    v('continuity', 'Continuity and sustainability', 'ความต่อเนื่องและความยั่งยืน'),
    v('leadership', 'Leadership and management', 'ภาวะผู้นำและการบริหารจัดการ'),
    v('trust', 'Trust and sense of belonging', 'ความไว้วางใจและความรู้สึกเป็นส่วนหนึ่ง'),
    v('evaluation_use', 'Evaluation and use of results', 'การประเมินผลและการนำผลไปใช้'),
    v('context', 'Context-specific challenges', 'ความท้าทายเฉพาะบริบท'),
  ],
  preferred_channel: [
    v('phone', 'Phone', 'โทรศัพท์'),
    v('email', 'Email', 'อีเมล'),
    v('line', 'LINE', 'ไลน์'),
    v('letter', 'Official letter', 'หนังสือราชการ', ['หนังสือ']),
    v('visit', 'In person', 'พบปะโดยตรง', ['พบตัว']),
  ],
} as const satisfies Record<string, readonly EnumValue[]>;

export type EnumName = keyof typeof ENUMS;

/**
 * Enums whose cell holds a list (an activity may show several administrator roles): keys are
 * stored joined by `,`, labels shown joined by `, `. No label of these enums holds a comma.
 */
export const LIST_ENUMS: ReadonlySet<EnumName> = new Set<EnumName>(['admin_role']);
export type EnumKey<E extends EnumName> = (typeof ENUMS)[E][number]['key'];

export function enumValues(name: EnumName): readonly EnumValue[] {
  return ENUMS[name];
}

/** An enum's whole range as a text names it, by its first and last keys (`S1–S6`). */
export function enumSpan(name: EnumName): string {
  const values = ENUMS[name];
  return `${values[0].key}–${values[values.length - 1].key}`;
}

export function enumKeys<E extends EnumName>(name: E): EnumKey<E>[] {
  return ENUMS[name].map((value) => value.key) as EnumKey<E>[];
}
