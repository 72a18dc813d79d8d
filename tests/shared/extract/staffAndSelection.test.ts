import { describe, expect, it } from 'vitest';
import {
  activityTypeOf,
  extractPage,
  guessSector,
  MAX_CONTACTS,
  toPlainProposal,
} from '../../../shared/extract';
import { MAX_LIST_VALUES } from '../../../shared/extract/fieldDraft';
import { bodyOf } from './pageOf';

const URL = 'https://www.school.ac.th/staff';

describe('Thai staff lists, tables and cards', () => {
  it('cards with the name, title and phone in separate blocks give one contact each', () => {
    const proposal = extractPage(
      bodyOf(`<div class="grid">
        <div class="card"><h3>ดร.สมพร ใจงาม</h3><p>ผู้อำนวยการสถานศึกษา</p><p>โทร 081-000-1111</p><p><a href="mailto:somporn@school.ac.th">อีเมล</a></p></div>
        <div class="card"><h3>นายก้อง ฟ้าใส</h3><p>ครูผู้ช่วย</p><p>โทร 082-000-2222</p></div>
      </div>`),
      URL,
    );
    expect(proposal.contacts).toEqual([
      expect.objectContaining({
        name: 'ดร.สมพร ใจงาม',
        role: 'ผู้อำนวยการสถานศึกษา',
        phone: ['+66810001111'],
        email: ['somporn@school.ac.th'],
      }),
      expect.objectContaining({ name: 'นายก้อง ฟ้าใส', role: 'ครูผู้ช่วย', phone: ['+66820002222'] }),
    ]);
    expect(proposal.sources.contacts[0].email).toEqual(['mailto']);
    // People's own lines are not the organisation's.
    expect(proposal.partner.phone).toEqual([]);
  });

  it('several people in one paragraph split at line breaks each get their own number', () => {
    const proposal = extractPage(
      bodyOf(
        '<p>นายหนึ่ง สองสาม หัวหน้างานวิชาการ โทร 081-111-1111<br>นางสี่ ห้าหก หัวหน้างานบุคคล โทร 082-222-2222</p>',
      ),
      URL,
    );
    expect(proposal.contacts).toEqual([
      expect.objectContaining({ name: 'นายหนึ่ง สองสาม', role: 'หัวหน้างานวิชาการ', phone: ['+66811111111'] }),
      expect.objectContaining({ name: 'นางสี่ ห้าหก', role: 'หัวหน้างานบุคคล', phone: ['+66822222222'] }),
    ]);
  });

  it('a mayor title starting with นายก is a role, not the honorific นาย', () => {
    const proposal = extractPage(
      bodyOf('<table><tr><td>นายกเทศมนตรีตำบลแม่แรม</td><td>นายกิตติ ใจดี</td><td>089-999-0000</td></tr></table>'),
      URL,
    );
    expect(proposal.contacts).toEqual([
      expect.objectContaining({ name: 'นายกิตติ ใจดี', role: 'นายกเทศมนตรีตำบลแม่แรม', phone: ['+66899990000'] }),
    ]);
    expect(proposal.sources.contacts[0].name).toBe('table');
  });

  it('a staff table with a name column finds names written without an honorific, titled by its role column', () => {
    const proposal = extractPage(
      bodyOf(`<table>
        <thead><tr><th>ลำดับ</th><th>ชื่อ-สกุล</th><th>ตำแหน่ง</th><th>เบอร์โทร</th><th>อีเมล</th></tr></thead>
        <tbody>
          <tr><td>1</td><td>สมหญิง รักเรียน</td><td>นักวิชาการศึกษาชำนาญการ</td><td>081-555-0001</td><td>somying@rimnuea.go.th</td></tr>
          <tr><td>2</td><td>Anan Chaiyo</td><td>IT support</td><td>081-555-0002</td><td></td></tr>
        </tbody></table>`),
      URL,
    );
    expect(proposal.contacts).toEqual([
      expect.objectContaining({
        name: 'สมหญิง รักเรียน',
        role: 'นักวิชาการศึกษาชำนาญการ',
        phone: ['+66815550001'],
        email: ['somying@rimnuea.go.th'],
      }),
      expect.objectContaining({ name: 'Anan Chaiyo', role: 'IT support', phone: ['+66815550002'] }),
    ]);
    expect(proposal.sources.contacts[1].name).toBe('table');
  });

  it('an English title is read up to its department, not to the end of the line', () => {
    const proposal = extractPage(
      bodyOf('<li>Ms. Jane Doe, Head of Science Department, tel. 081-234-5678</li>'),
      URL,
    );
    expect(proposal.contacts[0]).toMatchObject({
      name: 'Ms. Jane Doe',
      role: 'Head of Science Department',
      phone: ['+66812345678'],
    });
  });

  it('on a directory of hundreds of people, only the first fifty are proposed and nobody’s number becomes the office’s', () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) =>
        `<tr><td>ครู</td><td>นายสมชาย ใจดี${'ก'.repeat(1 + (i % 7))}${String.fromCharCode(0x0e01 + (i % 40))}</td><td>08${String(10000000 + i).slice(-8)}</td></tr>`,
    ).join('');
    const proposal = extractPage(bodyOf(`<p>สำนักงาน โทร 053-297-200</p><table>${rows}</table>`), URL);
    expect(proposal.contacts).toHaveLength(MAX_CONTACTS);
    expect(proposal.partner.phone).toEqual(['+6653297200']);
  });

  it('a page full of addresses proposes at most twenty per list', () => {
    const mails = Array.from({ length: 60 }, (_, i) => `<p>info${i}@office.example</p>`).join('');
    expect(extractPage(bodyOf(mails), URL).partner.email).toHaveLength(MAX_LIST_VALUES);
  });

  it('a person merely mentioned, with no title or way to reach them, is not a contact', () => {
    expect(extractPage(bodyOf('<p>ขอขอบคุณ นายสมชาย ใจดี ที่มาร่วมงาน</p>'), URL).contacts).toEqual([]);
  });
});

describe('the user’s selection', () => {
  const page = bodyOf('<h1>โรงเรียนบ้านเหนือ</h1><p>โทร 053-111-111 อีเมล office@bannuea.ac.th</p>');

  it('a selected phone comes first among the partner’s phones', () => {
    const proposal = extractPage(page, URL, { selection: '081-234-5678 ต่อ 9' });
    expect(proposal.partner.phone).toEqual(['+66812345678', '+6653111111']);
    expect(proposal.partner.phone_ext).toEqual({ '+66812345678': '9' });
    expect(proposal.sources.partner.phone).toEqual(['selection', 'text']);
  });

  it('a selected organisation name replaces the one the page suggests', () => {
    const proposal = extractPage(page, URL, { selection: '  โรงเรียนบ้านเหนือวิทยา\n' });
    expect(proposal.partner).toMatchObject({ name: 'โรงเรียนบ้านเหนือวิทยา', sector: 'school' });
    expect(proposal.sources.partner.name).toBe('selection');
  });

  it('a selected person’s name becomes the first contact', () => {
    const proposal = extractPage(page, URL, { selection: 'นางสาวมณี ศรีงาม' });
    expect(proposal.contacts[0]).toMatchObject({ name: 'นางสาวมณี ศรีงาม' });
    expect(proposal.sources.contacts[0].name).toBe('selection');
  });

  it('a selected block of contact details gives each detail to its field', () => {
    const proposal = extractPage(page, URL, {
      selection: 'ติดต่อ ไลน์ @bannuea อีเมล head [at] bannuea [dot] ac [dot] th',
    });
    expect(proposal.partner.line_id).toBe('@bannuea');
    expect(proposal.partner.email[0]).toBe('head@bannuea.ac.th');
  });
});

describe('sector and activity type guesses', () => {
  it.each([
    ['โรงเรียนบ้านดอนแก้ว', [], 'school'],
    ['มหาวิทยาลัยราชภัฏเชียงใหม่', [], 'higher_ed'],
    ['คณะศึกษาศาสตร์ มหาวิทยาลัยเชียงใหม่', [], 'higher_ed'],
    ['บริษัท ล้านนาซอฟต์ จำกัด', [], 'private'],
    ['หจก.ดอยคำ', [], 'private'],
    ['วัดพระธาตุดอยสุเทพ', [], 'religious'],
    ['มูลนิธิเด็ก', [], 'civil_society'],
    ['สมาคมครูภาคเหนือ', [], 'civil_society'],
    ['อบต.ริมเหนือ', [], 'local_gov'],
    ['เทศบาลนครเชียงใหม่', [], 'local_gov'],
    ['สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเชียงใหม่', [], 'esa_office'],
    ['สพป.ลำปาง เขต 1', [], 'esa_office'],
    ['ไม่มีคำบอก', ['www.bandon.obec.go.th'], 'school'],
    ['ไม่มีคำบอก', ['www.lannasoft.co.th'], 'private'],
  ] as const)('%s (%j) is %s', (name, hosts, sector) => {
    expect(guessSector({ name, hosts: [...hosts] })?.value).toBe(sector);
  });

  it('mail at obec.go.th means a school; free or shared mail says nothing', () => {
    expect(guessSector({ name: 'ไม่มีคำบอก', hosts: [], emailDomains: ['obec.go.th'] })?.value).toBe('school');
    expect(
      guessSector({ name: 'ไม่มีคำบอก', hosts: [], emailDomains: ['gmail.com', 'moe.go.th'] }),
    ).toBeUndefined();
  });

  it('a .ac.th domain alone does not decide between a school and a university', () => {
    expect(guessSector({ name: 'ไม่มีคำบอก', hosts: ['www.bandonkaew.ac.th'] })).toBeUndefined();
  });

  it('a government organisation named as a local body is local government', () => {
    expect(
      guessSector({
        types: { names: ['governmentorganization'], source: 'json-ld' },
        name: 'องค์การบริหารส่วนตำบลริมเหนือ',
        hosts: [],
      })?.value,
    ).toBe('local_gov');
    expect(
      guessSector({
        types: { names: ['governmentorganization'], source: 'json-ld' },
        name: 'กรมส่งเสริมการเรียนรู้',
        hosts: [],
      })?.value,
    ).toBe('gov_agency');
  });

  it.each([
    ['อบรมเชิงปฏิบัติการ การจัดการเรียนรู้แบบ Active Learning', 'training'],
    ['สัมมนาวิชาการ', 'training'],
    ['Workshop on STEM', 'training'],
    ['ศึกษาดูงานโรงเรียนต้นแบบ', 'study_visit'],
    ['ประชุมวางแผนร่วม ปีการศึกษา 2568', 'joint_planning'],
    ['ประชุมคณะกรรมการสถานศึกษา', 'meeting'],
    ['พิธีลงนาม MOU', 'agreement_signing'],
    ['นิเทศติดตามการจัดการเรียนรู้', 'mentoring'],
  ])('%s is %s', (title, type) => {
    expect(activityTypeOf(title)).toBe(type);
  });
});

describe('pages without structured data', () => {
  it('an activity page with a Thai date in its text proposes the activity', () => {
    const proposal = extractPage(
      bodyOf('<h1>ศึกษาดูงานการจัดการเรียนรู้ โรงเรียนบ้านใต้</h1><p>วันที่ ๕ มี.ค. ๒๕๖๘ เวลา 09.00 น.</p>'),
      'https://www.bantai.ac.th/news/12',
    );
    expect(proposal.activity).toEqual({
      title: 'ศึกษาดูงานการจัดการเรียนรู้ โรงเรียนบ้านใต้',
      date: '2025-03-05',
      type: 'study_visit',
    });
    expect(proposal.sources.activity).toEqual({ title: 'heading', date: 'text', type: 'title' });
  });

  it('a page with no activity words proposes no activity', () => {
    expect(extractPage(bodyOf('<h1>โรงเรียนบ้านใต้</h1><p>วันที่ 5 มีนาคม 2568</p>'), URL).activity).toBeUndefined();
  });

  it('a school page on Facebook keeps the page address as its website, not facebook.com', () => {
    const proposal = extractPage(
      bodyOf('<h1>โรงเรียนบ้านดอนแก้ว</h1>'),
      'https://www.facebook.com/bandonkaewschool?ref=page_internal',
    );
    expect(proposal.partner.website).toBe('https://www.facebook.com/bandonkaewschool');
  });
});

describe('the plain proposal', () => {
  it('drops empty fields and keeps the sources apart from the values', () => {
    const proposal = extractPage(
      bodyOf('<h1>มูลนิธิเด็ก</h1><p>อีเมล info@ffc.or.th</p>'),
      'https://www.ffc.or.th/',
    );
    expect(toPlainProposal(proposal)).toEqual({
      url: 'https://www.ffc.or.th/',
      partner: {
        name: 'มูลนิธิเด็ก',
        sector: 'civil_society',
        website: 'https://www.ffc.or.th/',
        email: ['info@ffc.or.th'],
        phone: [],
      },
      contacts: [],
      sources: {
        partner: { name: 'heading', sector: 'name', website: 'url', email: ['text'], phone: [] },
        contacts: [],
      },
    });
  });
});
