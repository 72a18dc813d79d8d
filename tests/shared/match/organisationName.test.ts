import { describe, expect, it } from 'vitest';
import { foldOrganisationName } from '../../../shared/match/organisationName';

const same = (a: string, b: string) => expect(foldOrganisationName(a)).toBe(foldOrganisationName(b));
const different = (a: string, b: string) => expect(foldOrganisationName(a)).not.toBe(foldOrganisationName(b));

describe('folding organisation names', () => {
  it('folds the long and the abbreviated name of a local government body alike', () => {
    same('อบต.แม่แรม', 'องค์การบริหารส่วนตำบลแม่แรม');
    same('อบต. แม่แรม', 'องค์การบริหารส่วนตำบล แม่แรม');
    same('ทต.ริมใต้', 'เทศบาลตำบลริมใต้');
    same('ทม.แม่เหียะ', 'เทศบาลเมืองแม่เหียะ');
    same('ทน.เชียงใหม่', 'เทศบาลนครเชียงใหม่');
    same('อบจ.เชียงใหม่', 'องค์การบริหารส่วนจังหวัดเชียงใหม่');
  });

  it('keeps different kinds of body apart even with the same place name', () => {
    different('อบต.แม่แรม', 'เทศบาลตำบลแม่แรม');
    different('วัดแม่แรม', 'โรงเรียนแม่แรม');
    different('โรงเรียนวัดแม่แรม', 'วัดแม่แรม');
    different('อบจ.เชียงใหม่', 'มหาวิทยาลัยเชียงใหม่');
  });

  it('drops a company’s legal form, Thai or English', () => {
    same('บริษัท ล้านนาซอฟต์ จำกัด', 'ล้านนาซอฟต์');
    same('บริษัทล้านนาซอฟต์จำกัด', 'ล้านนาซอฟต์');
    same('บริษัท ล้านนาซอฟต์ จำกัด (มหาชน)', 'ล้านนาซอฟต์');
    same('บมจ. ล้านนาซอฟต์', 'ล้านนาซอฟต์');
    same('บจก.ล้านนาซอฟต์', 'ล้านนาซอฟต์');
    same('หจก. ล้านนาซอฟต์', 'ห้างหุ้นส่วนจำกัด ล้านนาซอฟต์');
    same('Lanna Soft Co., Ltd.', 'LANNA SOFT');
    same('Lanna Soft Company Limited', 'lannasoft');
    same('Lanna Soft Public Company Limited', 'Lanna-Soft');
    same('The Lanna Soft Co.', 'Lanna Soft');
  });

  it('does not mistake the letters of a word for a legal form', () => {
    expect(foldOrganisationName('Lannasoftltd')).toBe('lannasoftltd');
    expect(foldOrganisationName('Theatre Co., Ltd.')).toBe('theatre');
  });

  it('folds schools, universities, temples and foundations by their usual abbreviations', () => {
    same('โรงเรียนบ้านแม่แรม', 'ร.ร.บ้านแม่แรม');
    same('โรงเรียนบ้านแม่แรม', 'รร.บ้านแม่แรม');
    same('มหาวิทยาลัยเชียงใหม่', 'ม.เชียงใหม่');
    same('วัด พระธาตุดอยคำ', 'วัดพระธาตุดอยคำ');
    same('มูลนิธิ เด็กดอย', 'มูลนิธิเด็กดอย');
    same('โรงพยาบาลส่งเสริมสุขภาพตำบลแม่แรม', 'รพ.สต.แม่แรม');
    same('สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1', 'สพป.เชียงใหม่ เขต 1');
    same('สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเชียงใหม่', 'สพม.เชียงใหม่');
    different('สพป.เชียงใหม่ เขต 1', 'สพม.เชียงใหม่ เขต 1');
    same('กศน.อำเภอแม่ริม', 'ศูนย์การศึกษานอกระบบและการศึกษาตามอัธยาศัยอำเภอแม่ริม');
    same('สภ.แม่ริม', 'สถานีตำรวจภูธรแม่ริม');
  });

  it('ignores case, spacing, punctuation, Thai digits and invisible characters', () => {
    same('สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1', 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่เขต๑');
    same('ชมรมผู้ปกครอง\u200Bโรงเรียนบ้านดอนแก้ว', 'ชมรมผู้ปกครองโรงเรียนบ้านดอนแก้ว');
    same('องค์การบริหารส่วนตําบลแม่แรม', 'องค์การบริหารส่วนตำบลแม่แรม');
  });

  it('folds a bare kind or an empty name to nothing, so it matches nothing', () => {
    expect(foldOrganisationName('โรงเรียน')).toBe('');
    expect(foldOrganisationName('  ')).toBe('');
    expect(foldOrganisationName('บริษัท จำกัด')).toBe('');
  });
});
