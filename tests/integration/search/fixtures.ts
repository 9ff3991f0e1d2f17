import type { TalentDocument } from '@/lib/search/types';

const year = new Date().getFullYear();

function doc(id: number, fields: Partial<TalentDocument> & Pick<TalentDocument, 'fullName'>): TalentDocument {
  return {
    id,
    slug: `talent-${id}`,
    unitSlug: 'thanh-doan-long-xuyen',
    unitName: 'Thành Đoàn Long Xuyên',
    fields: [],
    fieldNames: [],
    awards: [],
    highestLevel: null,
    honourYears: [],
    honourTitles: [],
    latestHonourYear: null,
    birthYear: year - 25,
    place: 'in_province',
    open: false,
    shortBio: '',
    photoPath: null,
    ...fields,
  };
}

const informatics = {
  fields: ['tin-hoc-lap-trinh'],
  fieldNames: ['Tin học – Lập trình', 'Informatics & programming'],
};
const startup = {
  fields: ['khoi-nghiep-kinh-doanh'],
  fieldNames: ['Khởi nghiệp – Kinh doanh', 'Startup & business'],
};
const culture = { fields: ['van-hoa-nghe-thuat'], fieldNames: ['Văn hóa – Nghệ thuật', 'Culture & arts'] };

/** A small directory with one talent per behaviour the contract checks. */
export const fixtures: TalentDocument[] = [
  doc(1, {
    fullName: 'Nguyễn Văn Đức',
    ...informatics,
    awards: ['Giải Nhất Hội thi Tin học trẻ toàn quốc', 'Hội thi Tin học trẻ toàn quốc'],
    highestLevel: 'national',
    honourYears: [2024],
    honourTitles: ['Gương mặt trẻ tiêu biểu tỉnh An Giang năm 2024'],
    latestHonourYear: 2024,
    open: true,
    shortBio: 'Lập trình viên trẻ yêu thích trí tuệ nhân tạo.',
  }),
  doc(2, {
    fullName: 'Đường Thị Mai',
    ...startup,
    unitSlug: 'thanh-doan-chau-doc',
    unitName: 'Thành Đoàn Châu Đốc',
    awards: ['Giải Nhì Cuộc thi Khởi nghiệp thanh niên', 'Cuộc thi Khởi nghiệp thanh niên'],
    highestLevel: 'provincial',
    honourYears: [2023],
    honourTitles: ['Gương mặt trẻ tiêu biểu tỉnh An Giang năm 2023'],
    latestHonourYear: 2023,
    place: 'abroad',
    birthYear: year - 31,
    shortBio: 'Nhà sáng lập một doanh nghiệp nông sản.',
  }),
  doc(3, {
    fullName: 'Dương Minh Khoa',
    ...informatics,
    unitSlug: 'thi-doan-tan-chau',
    unitName: 'Thị Đoàn Tân Châu',
    awards: ['Huy chương Bạc Olympic Tin học quốc tế', 'Olympic Tin học quốc tế'],
    highestLevel: 'international',
    birthYear: year - 17,
    shortBio: 'Học sinh chuyên công nghệ thông tin.',
  }),
  doc(4, {
    fullName: 'Trần Thị Lan',
    ...culture,
    unitSlug: 'huyen-doan-an-phu',
    unitName: 'Huyện Đoàn An Phú',
    awards: ['Danh hiệu Sinh viên 5 tốt cấp Trung ương', 'Sinh viên 5 tốt'],
    highestLevel: 'national',
    honourYears: [2025, 2022],
    honourTitles: ['Gương mặt trẻ tiêu biểu tỉnh An Giang năm 2025'],
    latestHonourYear: 2025,
    place: 'elsewhere_vn',
    open: true,
  }),
  doc(5, {
    fullName: 'Lê Hoàng Phúc',
    ...informatics,
    unitSlug: 'huyen-doan-an-phu',
    unitName: 'Huyện Đoàn An Phú',
    awards: ['Giải Ba Hội thi CNTT sinh viên', 'Hội thi CNTT sinh viên'],
    highestLevel: 'provincial',
    shortBio: 'Kỹ sư phần mềm, thích dạy lập trình cho thiếu nhi.',
  }),
  doc(6, {
    fullName: 'Chau Sóc Phol',
    ...culture,
    unitSlug: 'huyen-doan-tri-ton',
    unitName: 'Huyện Đoàn Tri Tôn',
    awards: ['Giải thưởng Quả Cầu Vàng', 'Quả Cầu Vàng'],
    highestLevel: 'national',
    birthYear: null,
    place: null,
  }),
  doc(7, {
    fullName: 'Võ Thị Ánh',
    ...startup,
    unitSlug: 'huyen-doan-cho-moi',
    unitName: 'Huyện Đoàn Chợ Mới',
    highestLevel: 'unit',
  }),
  doc(8, {
    fullName: 'Huỳnh Gia Bảo',
    ...culture,
    unitSlug: 'huyen-doan-cho-moi',
    unitName: 'Huyện Đoàn Chợ Mới',
    highestLevel: 'school',
  }),
  doc(9, {
    fullName: 'Phạm Ngọc Ân',
    fields: ['tin-hoc-lap-trinh', 'khoi-nghiep-kinh-doanh'],
    fieldNames: [...informatics.fieldNames, ...startup.fieldNames],
    shortBio: 'Bio có <script>alert(1)</script> và dấu & để kiểm tra.',
  }),
];

/** Every field slug used above. */
export const fixtureYear = year;
