/** Thailand's 77 provinces: the Thai name the register stores and the usual English spelling. */
export const THAI_PROVINCES: readonly { th: string; en: string }[] = [
  ['กรุงเทพมหานคร', 'Bangkok'],
  ['กระบี่', 'Krabi'],
  ['กาญจนบุรี', 'Kanchanaburi'],
  ['กาฬสินธุ์', 'Kalasin'],
  ['กำแพงเพชร', 'Kamphaeng Phet'],
  ['ขอนแก่น', 'Khon Kaen'],
  ['จันทบุรี', 'Chanthaburi'],
  ['ฉะเชิงเทรา', 'Chachoengsao'],
  ['ชลบุรี', 'Chon Buri'],
  ['ชัยนาท', 'Chai Nat'],
  ['ชัยภูมิ', 'Chaiyaphum'],
  ['ชุมพร', 'Chumphon'],
  ['เชียงราย', 'Chiang Rai'],
  ['เชียงใหม่', 'Chiang Mai'],
  ['ตรัง', 'Trang'],
  ['ตราด', 'Trat'],
  ['ตาก', 'Tak'],
  ['นครนายก', 'Nakhon Nayok'],
  ['นครปฐม', 'Nakhon Pathom'],
  ['นครพนม', 'Nakhon Phanom'],
  ['นครราชสีมา', 'Nakhon Ratchasima'],
  ['นครศรีธรรมราช', 'Nakhon Si Thammarat'],
  ['นครสวรรค์', 'Nakhon Sawan'],
  ['นนทบุรี', 'Nonthaburi'],
  ['นราธิวาส', 'Narathiwat'],
  ['น่าน', 'Nan'],
  ['บึงกาฬ', 'Bueng Kan'],
  ['บุรีรัมย์', 'Buri Ram'],
  ['ปทุมธานี', 'Pathum Thani'],
  ['ประจวบคีรีขันธ์', 'Prachuap Khiri Khan'],
  ['ปราจีนบุรี', 'Prachin Buri'],
  ['ปัตตานี', 'Pattani'],
  ['พระนครศรีอยุธยา', 'Phra Nakhon Si Ayutthaya'],
  ['พะเยา', 'Phayao'],
  ['พังงา', 'Phangnga'],
  ['พัทลุง', 'Phatthalung'],
  ['พิจิตร', 'Phichit'],
  ['พิษณุโลก', 'Phitsanulok'],
  ['เพชรบุรี', 'Phetchaburi'],
  ['เพชรบูรณ์', 'Phetchabun'],
  ['แพร่', 'Phrae'],
  ['ภูเก็ต', 'Phuket'],
  ['มหาสารคาม', 'Maha Sarakham'],
  ['มุกดาหาร', 'Mukdahan'],
  ['แม่ฮ่องสอน', 'Mae Hong Son'],
  ['ยโสธร', 'Yasothon'],
  ['ยะลา', 'Yala'],
  ['ร้อยเอ็ด', 'Roi Et'],
  ['ระนอง', 'Ranong'],
  ['ระยอง', 'Rayong'],
  ['ราชบุรี', 'Ratchaburi'],
  ['ลพบุรี', 'Lop Buri'],
  ['ลำปาง', 'Lampang'],
  ['ลำพูน', 'Lamphun'],
  ['เลย', 'Loei'],
  ['ศรีสะเกษ', 'Si Sa Ket'],
  ['สกลนคร', 'Sakon Nakhon'],
  ['สงขลา', 'Songkhla'],
  ['สตูล', 'Satun'],
  ['สมุทรปราการ', 'Samut Prakan'],
  ['สมุทรสงคราม', 'Samut Songkhram'],
  ['สมุทรสาคร', 'Samut Sakhon'],
  ['สระแก้ว', 'Sa Kaeo'],
  ['สระบุรี', 'Saraburi'],
  ['สิงห์บุรี', 'Sing Buri'],
  ['สุโขทัย', 'Sukhothai'],
  ['สุพรรณบุรี', 'Suphan Buri'],
  ['สุราษฎร์ธานี', 'Surat Thani'],
  ['สุรินทร์', 'Surin'],
  ['หนองคาย', 'Nong Khai'],
  ['หนองบัวลำภู', 'Nong Bua Lam Phu'],
  ['อ่างทอง', 'Ang Thong'],
  ['อำนาจเจริญ', 'Amnat Charoen'],
  ['อุดรธานี', 'Udon Thani'],
  ['อุตรดิตถ์', 'Uttaradit'],
  ['อุทัยธานี', 'Uthai Thani'],
  ['อุบลราชธานี', 'Ubon Ratchathani'],
].map(([th, en]) => ({ th, en }));

const fold = (text: string) => text.toLowerCase().replace(/[\s.-]/g, '');
const BY_FOLDED = new Map<string, string>(
  THAI_PROVINCES.flatMap(({ th, en }) => [
    [fold(th), th],
    [fold(en), th],
  ]),
);
for (const alias of ['กรุงเทพ', 'กรุงเทพฯ', 'กทม', 'bangkokmetropolis'])
  BY_FOLDED.set(fold(alias), 'กรุงเทพมหานคร');
BY_FOLDED.set('อยุธยา', 'พระนครศรีอยุธยา');
BY_FOLDED.set('ayutthaya', 'พระนครศรีอยุธยา');

/** The province's Thai name for a Thai or English spelling, with or without จังหวัด/จ./Province. */
export function provinceOf(raw: string): string | undefined {
  const text = raw
    .trim()
    .replace(/^(?:จังหวัด|จ\.)\s*/, '')
    .replace(/\s*province$/i, '');
  return BY_FOLDED.get(fold(text));
}

/** Thai province names, longest first, for finding one inside running text. */
export const PROVINCE_NAMES_LONGEST_FIRST: readonly string[] = THAI_PROVINCES.map(({ th }) => th).sort(
  (a, b) => b.length - a.length,
);
