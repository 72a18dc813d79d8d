import type { Bilingual } from '../i18n/language';
import type { EnumKey } from '../schema/enums';

/**
 * What each administrator role does in a collaboration network, in one line from the research:
 * the nudge the sidebar shows beside a role not played in the period.
 */
export const ADMIN_ROLE_GUIDANCE: Record<EnumKey<'admin_role'>, Bilingual> = {
  initiator: {
    en: "Starts the collaboration: reads the school's context and sets a shared vision and direction with partners.",
    th: 'ริเริ่มความร่วมมือ วิเคราะห์บริบทของสถานศึกษา และกำหนดวิสัยทัศน์และทิศทางร่วมกับภาคี',
  },
  coordinator: {
    en: 'Links people and organisations, keeps communication flowing and builds trust between partners.',
    th: 'เชื่อมโยงบุคคลและหน่วยงาน ประสานการสื่อสาร และสร้างความไว้วางใจระหว่างภาคี',
  },
  facilitator: {
    en: 'Gives partners the time, resources and support they need to work together smoothly.',
    th: 'สนับสนุนเวลา ทรัพยากร และอำนวยความสะดวกให้ภาคีทำงานร่วมกันได้อย่างราบรื่น',
  },
  change_leader: {
    en: 'Leads change by example and inspires teachers and partners to try new practices.',
    th: 'นำการเปลี่ยนแปลงด้วยการเป็นแบบอย่าง และสร้างแรงบันดาลใจให้ครูและภาคีลองแนวปฏิบัติใหม่',
  },
  participation_promoter: {
    en: 'Opens room for partners to think, decide and act together, and shares leadership with them.',
    th: 'เปิดโอกาสให้ภาคีร่วมคิด ร่วมตัดสินใจ ร่วมลงมือทำ และกระจายบทบาทการนำสู่ภาคี',
  },
  evaluator_learner: {
    en: 'Follows up and evaluates results with partners, and turns lessons into the next round of improvement.',
    th: 'ติดตามประเมินผลร่วมกับภาคี และนำบทเรียนไปปรับปรุงการทำงานในรอบถัดไปอย่างต่อเนื่อง',
  },
};
