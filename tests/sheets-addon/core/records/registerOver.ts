import type { Row } from '../../../../shared/register/register';
import type { SidebarApi } from '../../../../sheets-addon/core/contract';
import { registerFormulaLayer } from '../../../../sheets-addon/core/registerFormulaLayer';
import { createSidebarApi } from '../../../../sheets-addon/core/sidebarApi';
import type { Workbook } from '../../../../sheets-addon/core/workbook';

export const now = '2026-11-29T14:28:35.087Z';

/** The sidebar's server functions over a workbook, at a fixed time (`at`, or this file's `now`). */
export function apiOver(workbook: Workbook, at = now): SidebarApi {
  return createSidebarApi({
    workbook,
    layer: registerFormulaLayer,
    now: () => at,
    endpoint: () => 'http://127.0.0.1:8787/exec',
    newToken: () => '0123456789abcdef0123456789abcdef',
  });
}

/** A register with two partners, a contact of each, and two activities: one with both partners, one with the first only. */
export function smallRegister(api: SidebarApi): void {
  api.setupOrRepair('th');
  for (const fields of <Row[]>[
    { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', sector: 'local_gov', phone: '053-121-234 ต่อ 12' },
    { name: 'โรงเรียนบ้านห้วยทราย', sector: 'school', email: 'info@huaysai.ac.th' },
  ])
    if (!api.addRecord('partner', fields).ok) throw new Error('partner not added');
  for (const fields of <Row[]>[
    { partner_id: 'P-0001', name: 'นางสาวมาลี ศรีสุข', role: 'ปลัด', phone: '081-234-5678' },
    { partner_id: 'P-0002', name: 'นายสมศักดิ์ ใจดี', role: 'ผู้อำนวยการ' },
  ])
    if (!api.addRecord('contact', fields).ok) throw new Error('contact not added');
  for (const fields of <Row[]>[
    { date: '2025-06-15', title: 'ประชุมวางแผนร่วม', partner_ids: 'P-0001,P-0002' },
    { date: '2025-07-01', title: 'อบรมครู', partner_ids: 'P-0001' },
  ])
    if (!api.addRecord('activity', fields).ok) throw new Error('activity not added');
}
