import { withSupertypes } from './schemaTypes';

// In order: the more specific phrase first (ประชุมวางแผน before ประชุม, อบรม before กิจกรรม).
const BY_TITLE: readonly [RegExp, string][] = [
  [/ลงนาม|\bmou\b|\bmoa\b|บันทึกข้อตกลง|signing/i, 'agreement_signing'],
  [/ศึกษาดูงาน|ดูงาน|study\s*(?:visit|tour)|field\s*trip/i, 'study_visit'],
  [/อบรม|สัมมนา|เชิงปฏิบัติการ|workshop|training|seminar|bootcamp/i, 'training'],
  [/ประชุมวางแผน|วางแผนร่วม|joint\s*planning|planning\s*meeting/i, 'joint_planning'],
  [/นิเทศ|พี่เลี้ยง|coaching|mentoring|supervision/i, 'mentoring'],
  [/แลกเปลี่ยนเรียนรู้|\bplc\b|good\s*practice|best\s*practice/i, 'good_practice_exchange'],
  [/สะท้อนผล|\baar\b|after\s*action\s*review|reflection/i, 'reflection'],
  [/มอบ|บริจาค|สนับสนุนทุน|donation|donate/i, 'resource_support'],
  [/ประชุม|meeting|conference/i, 'meeting'],
  [/ประสานงาน|coordination/i, 'contact'],
  [/กิจกรรม|งาน|ค่าย|festival|fair|camp|event/i, 'joint_event'],
];

/** The activity_type key an event's title suggests (อบรม → training, ศึกษาดูงาน → study_visit, ประชุม → meeting …). */
export function activityTypeOf(
  title: string | undefined,
  schemaTypes: readonly string[] = [],
): string | undefined {
  const byTitle = title ? BY_TITLE.find(([pattern]) => pattern.test(title))?.[1] : undefined;
  if (byTitle) return byTitle;
  const types = withSupertypes(schemaTypes);
  if (types.has('educationevent')) return 'training';
  if (types.has('businessevent')) return 'meeting';
  return types.has('event') || schemaTypes.some((type) => type.endsWith('event')) ? 'joint_event' : undefined;
}

/** Whether a title reads like an activity (training, visit, meeting …) rather than a general page. */
export function isActivityTitle(title: string): boolean {
  return BY_TITLE.slice(0, -1).some(([pattern]) => pattern.test(title));
}
