import type { Translation } from './types';

/** Talent profiles and the honours lists. */
export const vi = {
  'talent.photoOf': 'Ảnh của {name}',
  'talent.unit': 'Đơn vị',
  'talent.fields': 'Lĩnh vực',
  'talent.birthYear': 'Năm sinh',
  'talent.gender': 'Giới tính',
  'talent.place': 'Nơi sinh sống',
  'talent.about': 'Giới thiệu',
  'talent.links': 'Liên kết',
  'talent.contact': 'Liên hệ',
  'talent.achievements': 'Thành tích',
  'talent.honours': 'Vinh danh',
  'talent.verified': 'Đã xác minh',
  'talent.unverified': 'Chưa xác minh',
  'talent.evidence': 'Minh chứng',
  'talent.issuedBy': 'Đơn vị trao giải: {body}',
  'talent.openToOpportunities': 'Sẵn sàng đón nhận cơ hội',
  'talent.statusHonoured': 'Đã được vinh danh',
  'talent.statusVerified': 'Hồ sơ đã xác minh',
  'talent.privateNotice': 'Một số thông tin được chủ hồ sơ giữ riêng tư.',
  'talent.noAchievements': 'Chưa có thành tích được công khai.',

  'place.in_province': 'An Giang',
  'place.elsewhere_vn': '{place}',
  'place.abroad': 'Nước ngoài – {place}',

  'gender.female': 'Nữ',
  'gender.male': 'Nam',
  'gender.other': 'Khác',

  'level.school': 'Cấp trường',
  'level.unit': 'Cấp cơ sở',
  'level.provincial': 'Cấp tỉnh',
  'level.national': 'Cấp quốc gia',
  'level.international': 'Quốc tế',

  'honourKind.featured_young_face': 'Gương mặt trẻ tiêu biểu',
  'honourKind.promising_young_face': 'Gương mặt trẻ triển vọng',
  'honourKind.other': 'Danh hiệu khác',

  'honours.group.featured_young_face': { other: 'Gương mặt trẻ tiêu biểu' },
  'honours.group.promising_young_face': { other: 'Gương mặt trẻ triển vọng' },
  'honours.group.other': { other: 'Danh hiệu khác' },

  'honours.title': 'Vinh danh tài năng trẻ',
  'honours.lead':
    'Mỗi năm, Ban Thường vụ Tỉnh Đoàn An Giang tuyên dương những gương mặt trẻ tiêu biểu trên mọi lĩnh vực. Chọn một năm để xem danh sách.',
  'honours.yearTitle': 'Vinh danh năm {year}',
  'honours.yearLead': 'Những người trẻ được Tỉnh Đoàn An Giang tuyên dương trong năm {year}, xếp theo tên.',
  'honours.count': { other: '{count} lượt vinh danh' },
  'honours.years': 'Các năm',
  'honours.empty': 'Năm này chưa có ai được vinh danh.',
  'honours.seeAll': 'Xem tất cả {count} người: {kind}',
} as const;

export const en: Translation<typeof vi> = {
  'talent.photoOf': 'Photo of {name}',
  'talent.unit': 'Unit',
  'talent.fields': 'Fields',
  'talent.birthYear': 'Born',
  'talent.gender': 'Gender',
  'talent.place': 'Based in',
  'talent.about': 'About',
  'talent.links': 'Links',
  'talent.contact': 'Contact',
  'talent.achievements': 'Achievements',
  'talent.honours': 'Honours',
  'talent.verified': 'Verified',
  'talent.unverified': 'Not yet verified',
  'talent.evidence': 'Evidence',
  'talent.issuedBy': 'Awarded by {body}',
  'talent.openToOpportunities': 'Open to opportunities',
  'talent.statusHonoured': 'Honoured',
  'talent.statusVerified': 'Verified profile',
  'talent.privateNotice': 'Some details are kept private by the profile owner.',
  'talent.noAchievements': 'No achievements have been made public yet.',

  'place.in_province': 'An Giang',
  'place.elsewhere_vn': '{place}',
  'place.abroad': 'Abroad – {place}',

  'gender.female': 'Female',
  'gender.male': 'Male',
  'gender.other': 'Other',

  'level.school': 'School level',
  'level.unit': 'Local level',
  'level.provincial': 'Provincial level',
  'level.national': 'National level',
  'level.international': 'International',

  'honourKind.featured_young_face': 'Outstanding Young Face',
  'honourKind.promising_young_face': 'Promising Young Face',
  'honourKind.other': 'Other honour',

  'honours.group.featured_young_face': {
    one: 'Outstanding Young Face of An Giang',
    other: 'Outstanding Young Faces of An Giang',
  },
  'honours.group.promising_young_face': { one: 'Promising Young Face', other: 'Promising Young Faces' },
  'honours.group.other': { one: 'Other honour', other: 'Other honours' },

  'honours.title': 'Honoured young talents',
  'honours.lead':
    'Every year the Standing Committee of the An Giang Provincial Youth Union honours outstanding young people in every field. Choose a year to see its list.',
  'honours.yearTitle': '{year} honours',
  'honours.yearLead': 'Young people honoured by the An Giang Provincial Youth Union in {year}, by name.',
  'honours.count': { one: '{count} honour', other: '{count} honours' },
  'honours.years': 'Years',
  'honours.empty': 'No one has been honoured for this year yet.',
  'honours.seeAll': 'See all {count}: {kind}',
};
