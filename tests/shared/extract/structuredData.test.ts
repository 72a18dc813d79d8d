import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/extract';
import { bodyOf, jsonLdPage, pageOf } from './pageOf';

describe('JSON-LD', () => {
  it('an organisation inside @graph, with contact points and employees, gives the partner and its contacts', () => {
    const proposal = extractPage(
      jsonLdPage({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'เว็บไซต์', url: 'https://www.cmpeo1.go.th/' },
          {
            '@type': ['GovernmentOrganization'],
            name: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1',
            url: 'https://www.cmpeo1.go.th/',
            telephone: ['053-112-333'],
            address: {
              '@type': 'PostalAddress',
              addressLocality: 'อำเภอเมืองเชียงใหม่',
              addressRegion: 'Chiang Mai',
              postalCode: '๕๐๓๐๐',
            },
            contactPoint: [
              { '@type': 'ContactPoint', contactType: 'งานสารบรรณ', email: 'saraban@cmpeo1.go.th' },
              {
                '@type': 'ContactPoint',
                name: 'นายสมศักดิ์ ดีงาม',
                contactType: 'ผู้อำนวยการ',
                telephone: '081-111-2222',
              },
            ],
            employee: {
              '@type': 'Person',
              name: 'นางสาวสุดา แก้วใส',
              jobTitle: 'ศึกษานิเทศก์',
              email: 'suda@cmpeo1.go.th',
            },
          },
        ],
      }),
      'https://www.cmpeo1.go.th/contact',
    );
    expect(proposal.partner).toMatchObject({
      name: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1',
      sector: 'esa_office',
      website: 'https://www.cmpeo1.go.th/',
      province: 'เชียงใหม่',
      district: 'เมืองเชียงใหม่',
      postal_code: '50300',
    });
    expect(proposal.partner.phone).toEqual(['+6653112333']);
    expect(proposal.partner.email).toEqual(['saraban@cmpeo1.go.th']);
    expect(proposal.contacts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'นายสมศักดิ์ ดีงาม', role: 'ผู้อำนวยการ', phone: ['+66811112222'] }),
        expect.objectContaining({ name: 'นางสาวสุดา แก้วใส', role: 'ศึกษานิเทศก์', email: ['suda@cmpeo1.go.th'] }),
      ]),
    );
    expect(proposal.sources.partner.name).toBe('json-ld');
  });

  it('a person who works for an organisation gives both', () => {
    const proposal = extractPage(
      jsonLdPage({
        '@type': 'Person',
        name: 'Dr. Anan Chai',
        jobTitle: 'Dean',
        worksFor: { '@type': 'CollegeOrUniversity', name: 'Faculty of Education' },
      }),
      'https://example.org/',
    );
    expect(proposal.partner).toMatchObject({ name: 'Faculty of Education', sector: 'higher_ed' });
    expect(proposal.contacts[0]).toMatchObject({ name: 'Dr. Anan Chai', role: 'Dean' });
  });

  it('an event proposes an activity at its venue, and its organiser (not the venue) as the partner', () => {
    const proposal = extractPage(
      jsonLdPage([
        {
          '@type': 'EducationEvent',
          name: 'ศึกษาดูงานโรงเรียนต้นแบบ',
          startDate: '2025-08-20',
          location: { '@type': 'Place', name: 'โรงแรมริมน้ำ' },
          organizer: {
            '@type': 'GovernmentOrganization',
            name: 'องค์การบริหารส่วนจังหวัดลำปาง',
            email: 'edu@lampangpao.go.th',
          },
        },
      ]),
      'https://www.lampangpao.go.th/news/1',
    );
    expect(proposal.activity).toEqual({
      title: 'ศึกษาดูงานโรงเรียนต้นแบบ',
      date: '2025-08-20',
      place: 'โรงแรมริมน้ำ',
      type: 'study_visit',
    });
    expect(proposal.partner).toMatchObject({ name: 'องค์การบริหารส่วนจังหวัดลำปาง', sector: 'local_gov' });
  });

  it('the organisation whose site the page is on is preferred over others the page mentions', () => {
    const proposal = extractPage(
      jsonLdPage([
        { '@type': 'Organization', name: 'บริษัท ผู้สนับสนุน จำกัด', url: 'https://sponsor.example/' },
        { '@type': 'School', name: 'โรงเรียนบ้านเหนือ', url: 'https://www.bannuea.ac.th/' },
      ]),
      'https://www.bannuea.ac.th/about',
    );
    expect(proposal.partner.name).toBe('โรงเรียนบ้านเหนือ');
  });
});

describe('hand-edited JSON-LD', () => {
  it('comments and trailing commas are forgiven, without touching the same characters inside strings', () => {
    const page = pageOf(`<html><head><script type="application/ld+json">
      {
        "@type": "NGO", // the foundation
        "name": "มูลนิธิ ก,} ข",
        /* contact */ "url": "https://found.example/a//b",
        "email": ["info@found.example",],
      }
      </script></head><body></body></html>`);
    const proposal = extractPage(page, 'https://found.example/');
    expect(proposal.partner).toMatchObject({
      name: 'มูลนิธิ ก,} ข',
      website: 'https://found.example/a//b',
      sector: 'civil_society',
    });
    expect(proposal.partner.email).toEqual(['info@found.example']);
  });

  it('an event organised by a person makes them a contact, not the partner', () => {
    const proposal = extractPage(
      jsonLdPage({
        '@type': 'Event',
        name: 'ประชุมผู้ปกครอง',
        startDate: '2025-06-01',
        organizer: { '@type': 'Person', name: 'นางสาวดวงใจ ดีมาก', telephone: '081-000-9999' },
      }),
      'https://example.org/',
    );
    expect(proposal.partner.name).toBeUndefined();
    expect(proposal.contacts[0]).toMatchObject({ name: 'นางสาวดวงใจ ดีมาก', phone: ['+66810009999'] });
  });

  it('a contact point without a name gives the organisation its lines and adds no nameless contact', () => {
    const proposal = extractPage(
      jsonLdPage({
        '@type': 'School',
        name: 'โรงเรียนบ้านนา',
        contactPoint: { '@type': 'ContactPoint', contactType: 'customer service', telephone: '053-000-111' },
      }),
      'https://example.org/',
    );
    expect(proposal.partner.phone).toEqual(['+6653000111']);
    expect(proposal.contacts).toEqual([]);
  });
});

describe('microdata', () => {
  it('an organisation with a nested address and an employee is read, hidden properties skipped', () => {
    const proposal = extractPage(
      bodyOf(`<div itemscope itemtype="http://schema.org/LocalBusiness">
        <span itemprop="name">ร้านหนังสือล้านนา</span>
        <meta itemprop="telephone" content="053-222-333">
        <span itemprop="email" hidden>hidden@shop.example</span>
        <div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
          <span itemprop="addressRegion">จังหวัดเชียงราย</span> <span itemprop="postalCode">57000</span></div>
        <div itemprop="employee" itemscope itemtype="http://schema.org/Person">
          <span itemprop="name">นายเอก ใจดี</span> <span itemprop="jobTitle">ผู้จัดการ</span></div>
      </div>`),
      'https://shop.example/',
    );
    expect(proposal.partner).toMatchObject({
      name: 'ร้านหนังสือล้านนา',
      sector: 'private',
      province: 'เชียงราย',
      postal_code: '57000',
    });
    expect(proposal.partner.phone).toEqual(['+6653222333']);
    expect(proposal.partner.email).not.toContain('hidden@shop.example');
    expect(proposal.contacts[0]).toMatchObject({ name: 'นายเอก ใจดี', role: 'ผู้จัดการ' });
    expect(proposal.sources.partner.name).toBe('microdata');
  });
});

describe('microformats', () => {
  it('an organisation h-card gives the partner', () => {
    const proposal = extractPage(
      bodyOf(`<div class="h-card"><a class="p-name p-org u-url" href="https://www.watphrasing.or.th/">วัดพระสิงห์</a>
        <a class="u-email" href="mailto:info@watphrasing.or.th">อีเมล</a> <span class="p-tel">053-814-164</span>
        <div class="p-adr h-adr"><span class="p-locality">อำเภอเมืองเชียงใหม่</span> <span class="p-region">เชียงใหม่</span> <span class="p-postal-code">50200</span></div></div>`),
      'https://www.watphrasing.or.th/contact',
    );
    expect(proposal.partner).toMatchObject({
      name: 'วัดพระสิงห์',
      sector: 'religious',
      website: 'https://www.watphrasing.or.th/',
      province: 'เชียงใหม่',
      postal_code: '50200',
    });
    expect(proposal.partner.email).toEqual(['info@watphrasing.or.th']);
    expect(proposal.sources.partner.name).toBe('h-card');
  });

  it('a person h-card is a contact of the organisation it names', () => {
    const proposal = extractPage(
      bodyOf(`<div class="h-card"><span class="p-name">นางสาวพร สวยงาม</span> <span class="p-job-title">ครูชำนาญการ</span>
        <span class="p-org">โรงเรียนบ้านใต้</span> <span class="p-tel">089-123-4567</span></div>`),
      'https://example.org/',
    );
    expect(proposal.partner).toMatchObject({ name: 'โรงเรียนบ้านใต้', sector: 'school' });
    expect(proposal.contacts[0]).toMatchObject({
      name: 'นางสาวพร สวยงาม',
      role: 'ครูชำนาญการ',
      phone: ['+66891234567'],
    });
  });

  it('an h-event gives an activity with its ISO date', () => {
    const proposal = extractPage(
      bodyOf(`<div class="h-event"><h1 class="p-name">ประชุมเครือข่ายผู้บริหารสถานศึกษา</h1>
        <time class="dt-start" datetime="2025-11-03T09:00">3 พ.ย. 2568</time></div>`),
      'https://example.org/',
    );
    expect(proposal.activity).toEqual({
      title: 'ประชุมเครือข่ายผู้บริหารสถานศึกษา',
      date: '2025-11-03',
      type: 'meeting',
    });
    expect(proposal.sources.activity?.title).toBe('h-event');
  });
});

describe('OpenGraph, title and headings', () => {
  it('spellings of one name that fold alike count as one, shown unabbreviated', () => {
    const proposal = extractPage(
      pageOf(`<html><head><title>หน้าแรก - เทศบาลตำบลแม่แรม</title><meta property="og:site_name" content="ทต.แม่แรม"></head>
        <body><h1>ยินดีต้อนรับสู่ ทต.แม่แรม</h1></body></html>`),
      'https://www.maeraem.go.th/',
    );
    expect(proposal.partner).toMatchObject({ name: 'เทศบาลตำบลแม่แรม', sector: 'local_gov' });
  });

  it('an affiliation after a school name is not part of it', () => {
    const proposal = extractPage(
      pageOf(
        '<html><head><meta property="og:site_name" content="โรงเรียนบ้านดอนแก้ว สพป.เชียงใหม่ เขต 1"></head><body></body></html>',
      ),
      'https://www.bandonkaew.ac.th/',
    );
    expect(proposal.partner).toMatchObject({ name: 'โรงเรียนบ้านดอนแก้ว', sector: 'school' });
    expect(proposal.sources.partner.name).toBe('meta:og');
  });
});

describe('any schema.org subtype names the partner, through the type hierarchy', () => {
  it.each([
    ['Restaurant', 'ร้านอาหารครัวบ้านสวน', '053-222-111', 'private'],
    ['GovernmentOffice', 'ที่ว่าการอำเภอสันทราย', '053-491-222', 'gov_agency'],
    ['EducationalOrganization', 'ศูนย์การเรียนรู้ชุมชนบ้านป่าตึง', '053-333-444', 'school'],
    ['MusicVenue', 'Lanna Music Hall', '053-444-555', undefined],
  ])('a %s', (type, name, phone, sector) => {
    const proposal = extractPage(
      jsonLdPage({ '@context': 'https://schema.org', '@type': type, name, telephone: phone }),
      'https://partner.example/',
    );
    expect(proposal.partner.name).toBe(name);
    expect(proposal.partner.phone).toEqual([`+66${phone.replace(/-/g, '').slice(1)}`]);
    expect(proposal.partner.sector).toBe(sector);
  });

  it('a place is the partner only when no organisation is named beside it', () => {
    const proposal = extractPage(
      jsonLdPage([
        { '@context': 'https://schema.org', '@type': 'Park', name: 'สวนสาธารณะหนองบวกหาด' },
        { '@context': 'https://schema.org', '@type': 'NGO', name: 'มูลนิธิรักษ์ล้านนา' },
      ]),
      'https://partner.example/',
    );
    expect(proposal.partner.name).toBe('มูลนิธิรักษ์ล้านนา');
    expect(proposal.otherPartners?.map((other) => other.partner.name)).toEqual(['สวนสาธารณะหนองบวกหาด']);
  });

  it('an event offers its organiser as the partner, its venue and performing group as other partners, its performers as contacts', () => {
    const proposal = extractPage(
      jsonLdPage({
        '@context': 'https://schema.org',
        '@type': 'MusicEvent',
        name: 'คอนเสิร์ตดนตรีพื้นเมืองเพื่อการศึกษา',
        startDate: '2026-01-17T18:00:00+07:00',
        organizer: { '@type': 'GovernmentOrganization', name: 'สำนักงานวัฒนธรรมจังหวัดเชียงใหม่' },
        location: {
          '@type': 'MusicVenue',
          name: 'หอประชุมดนตรีล้านนา',
          telephone: '053-999-111',
          address: { '@type': 'PostalAddress', addressLocality: 'เมืองเชียงใหม่', postalCode: '50200' },
        },
        performer: [
          { '@type': 'MusicGroup', name: 'วงสะล้อซอซึง บ้านป่าตึง', email: 'wong@patueng.example' },
          { '@type': 'Person', name: 'นายบุญศรี รัตนัง', jobTitle: 'ศิลปินแห่งชาติ' },
        ],
      }),
      'https://www.culture.example.go.th/concert',
    );
    expect(proposal.partner.name).toBe('สำนักงานวัฒนธรรมจังหวัดเชียงใหม่');
    expect(proposal.activity).toMatchObject({
      title: 'คอนเสิร์ตดนตรีพื้นเมืองเพื่อการศึกษา',
      date: '2026-01-17',
      place: 'หอประชุมดนตรีล้านนา',
    });
    expect(proposal.contacts).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'นายบุญศรี รัตนัง', role: 'ศิลปินแห่งชาติ' })]),
    );
    const others = proposal.otherPartners ?? [];
    expect(others.map((other) => other.partner.name)).toEqual(['หอประชุมดนตรีล้านนา', 'วงสะล้อซอซึง บ้านป่าตึง']);
    expect(others[0].partner).toMatchObject({ phone: ['+6653999111'], postal_code: '50200' });
    expect(others[0].sources).toMatchObject({ name: 'json-ld', phone: ['json-ld'] });
    expect(others[1].partner.email).toEqual(['wong@patueng.example']);
  });
});
