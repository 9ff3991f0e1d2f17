/**
 * What the demo talents have won and how they are described. Award names follow real Vietnamese
 * competitions and titles so that lists, filters and search behave as they will with real records;
 * the people who "won" them are fictional, and every long bio says so.
 */
import type { AchievementLevel } from '@db/schema';
import type { Random } from './random';
import type { ChildUnitSlug, FieldSlug } from './reference';

/** How an award is graded; the rank is stored apart from the award name. */
export type RankKind = 'competition' | 'medal' | 'title' | 'prize' | 'commendation';

const RANKS: Record<RankKind, readonly (readonly [string, number])[]> = {
  competition: [
    ['Giải Nhất', 1],
    ['Giải Nhì', 2],
    ['Giải Ba', 3],
    ['Giải Khuyến khích', 3],
  ],
  medal: [
    ['Huy chương Vàng', 1],
    ['Huy chương Bạc', 2],
    ['Huy chương Đồng', 3],
  ],
  title: [['Danh hiệu', 1]],
  // A named prize ("Giải thưởng Khoa học công nghệ Quả Cầu Vàng") has no grade: the award name says it all.
  prize: [['', 1]],
  commendation: [['Bằng khen', 1]],
};

/** Issuer placeholders, resolved per talent: the talent's own unit, or the school the talent attended. */
export const UNIT_ISSUER = '@unit';
export const SCHOOL_ISSUER = '@school';

export interface AwardDefinition {
  name: string;
  level: AchievementLevel;
  /** The fields the award belongs to; 'all' for awards any talent may receive. */
  fields: readonly FieldSlug[] | 'all';
  issuer: string;
  rank: RankKind;
  /** The ages at which the award is open, as the plan counts age (year minus birth year). */
  ages?: readonly [number, number];
  /** Relative frequency among the candidates; 1 unless the award is unusually rare or common. */
  weight?: number;
}

const HS: readonly [number, number] = [15, 18];
const SV: readonly [number, number] = [19, 25];
const STUDENT: readonly [number, number] = [15, 24];

const TINH_DOAN = 'Tỉnh Đoàn An Giang';
const TW_DOAN = 'Trung ương Đoàn TNCS Hồ Chí Minh';
const BO_GD = 'Bộ Giáo dục và Đào tạo';
const SO_GD = 'Sở Giáo dục và Đào tạo An Giang';
const SO_KHCN = 'Sở Khoa học và Công nghệ An Giang';
const SO_VHTTDL = 'Sở Văn hóa, Thể thao và Du lịch An Giang';

export const AWARDS: readonly AwardDefinition[] = [
  // Học tập
  {
    name: 'Kỳ thi chọn học sinh giỏi cấp trường',
    level: 'school',
    fields: ['hoc-tap'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: HS,
  },
  {
    name: 'Sinh viên 5 tốt cấp trường',
    level: 'school',
    fields: ['hoc-tap'],
    issuer: SCHOOL_ISSUER,
    rank: 'title',
    ages: SV,
  },
  {
    name: 'Học sinh 3 tốt cấp cơ sở',
    level: 'unit',
    fields: ['hoc-tap'],
    issuer: UNIT_ISSUER,
    rank: 'title',
    ages: HS,
  },
  {
    name: 'Kỳ thi chọn học sinh giỏi cấp tỉnh',
    level: 'provincial',
    fields: ['hoc-tap'],
    issuer: SO_GD,
    rank: 'competition',
    ages: HS,
  },
  {
    name: 'Học sinh 3 tốt cấp tỉnh',
    level: 'provincial',
    fields: ['hoc-tap'],
    issuer: TINH_DOAN,
    rank: 'title',
    ages: HS,
  },
  {
    name: 'Sinh viên 5 tốt cấp tỉnh',
    level: 'provincial',
    fields: ['hoc-tap'],
    issuer: 'Hội Sinh viên Việt Nam tỉnh An Giang',
    rank: 'title',
    ages: SV,
  },
  {
    name: 'Kỳ thi chọn học sinh giỏi quốc gia',
    level: 'national',
    fields: ['hoc-tap'],
    issuer: BO_GD,
    rank: 'competition',
    ages: HS,
  },
  {
    name: 'Học sinh 3 tốt cấp Trung ương',
    level: 'national',
    fields: ['hoc-tap'],
    issuer: TW_DOAN,
    rank: 'title',
    ages: HS,
  },
  {
    name: 'Sinh viên 5 tốt cấp Trung ương',
    level: 'national',
    fields: ['hoc-tap'],
    issuer: 'Trung ương Hội Sinh viên Việt Nam',
    rank: 'title',
    ages: SV,
  },
  {
    name: 'Giải thưởng Sao Tháng Giêng',
    level: 'national',
    fields: ['hoc-tap', 'cong-dong-tinh-nguyen'],
    issuer: 'Trung ương Hội Sinh viên Việt Nam',
    rank: 'prize',
    ages: [19, 25],
    weight: 0.5,
  },
  {
    name: 'Olympic Toán học quốc tế (IMO)',
    level: 'international',
    fields: ['hoc-tap'],
    issuer: 'Ban Tổ chức Olympic Toán học quốc tế',
    rank: 'medal',
    ages: [15, 19],
  },
  {
    name: 'Olympic Hóa học quốc tế (IChO)',
    level: 'international',
    fields: ['hoc-tap', 'khoa-hoc-cong-nghe'],
    issuer: 'Ban Tổ chức Olympic Hóa học quốc tế',
    rank: 'medal',
    ages: [15, 19],
  },

  // Khoa học – Công nghệ
  {
    name: 'Cuộc thi Khoa học kỹ thuật cấp trường',
    level: 'school',
    fields: ['khoa-hoc-cong-nghe'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: HS,
  },
  {
    name: 'Hội nghị Sinh viên nghiên cứu khoa học cấp trường',
    level: 'school',
    fields: ['khoa-hoc-cong-nghe', 'y-te'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: SV,
  },
  {
    name: 'Cuộc thi Ý tưởng sáng tạo trẻ cấp cơ sở',
    level: 'unit',
    fields: ['khoa-hoc-cong-nghe', 'lao-dong-san-xuat'],
    issuer: UNIT_ISSUER,
    rank: 'competition',
  },
  {
    name: 'Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh An Giang',
    level: 'provincial',
    fields: ['khoa-hoc-cong-nghe'],
    issuer: TINH_DOAN,
    rank: 'competition',
  },
  {
    name: 'Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học',
    level: 'provincial',
    fields: ['khoa-hoc-cong-nghe'],
    issuer: SO_GD,
    rank: 'competition',
    ages: HS,
  },
  {
    name: 'Hội thi Sáng tạo kỹ thuật tỉnh An Giang',
    level: 'provincial',
    fields: ['khoa-hoc-cong-nghe', 'lao-dong-san-xuat', 'nong-nghiep'],
    issuer: SO_KHCN,
    rank: 'competition',
    ages: [18, 35],
  },
  {
    name: 'Giải thưởng Khoa học công nghệ Quả Cầu Vàng',
    level: 'national',
    fields: ['khoa-hoc-cong-nghe', 'tin-hoc-lap-trinh'],
    issuer: TW_DOAN,
    rank: 'prize',
    ages: [20, 35],
    weight: 0.5,
  },
  {
    name: 'Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học',
    level: 'national',
    fields: ['khoa-hoc-cong-nghe'],
    issuer: BO_GD,
    rank: 'competition',
    ages: HS,
  },
  {
    name: 'Giải thưởng Sinh viên nghiên cứu khoa học Euréka',
    level: 'national',
    fields: ['khoa-hoc-cong-nghe', 'y-te', 'nong-nghiep'],
    issuer: 'Thành Đoàn TP. Hồ Chí Minh',
    rank: 'competition',
    ages: SV,
  },
  {
    name: 'Cuộc thi Sáng tạo thanh thiếu niên nhi đồng toàn quốc',
    level: 'national',
    fields: ['khoa-hoc-cong-nghe'],
    issuer: 'Quỹ Hỗ trợ sáng tạo kỹ thuật Việt Nam (VIFOTEC)',
    rank: 'competition',
  },
  {
    name: 'Hội chợ Khoa học kỹ thuật quốc tế (ISEF)',
    level: 'international',
    fields: ['khoa-hoc-cong-nghe'],
    issuer: 'Society for Science (Hoa Kỳ)',
    rank: 'competition',
    ages: [15, 19],
  },
  {
    name: 'Olympic Vật lý quốc tế (IPhO)',
    level: 'international',
    fields: ['khoa-hoc-cong-nghe', 'hoc-tap'],
    issuer: 'Ban Tổ chức Olympic Vật lý quốc tế',
    rank: 'medal',
    ages: [15, 19],
  },

  // Tin học – Lập trình
  {
    name: 'Hội thi Tin học cấp trường',
    level: 'school',
    fields: ['tin-hoc-lap-trinh'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: HS,
  },
  {
    name: 'Cuộc thi Lập trình sinh viên cấp trường',
    level: 'school',
    fields: ['tin-hoc-lap-trinh'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: SV,
  },
  {
    name: 'Hội thi Tin học trẻ cấp cơ sở',
    level: 'unit',
    fields: ['tin-hoc-lap-trinh'],
    issuer: UNIT_ISSUER,
    rank: 'competition',
    ages: [15, 24],
  },
  {
    name: 'Hội thi Tin học trẻ tỉnh An Giang',
    level: 'provincial',
    fields: ['tin-hoc-lap-trinh'],
    issuer: TINH_DOAN,
    rank: 'competition',
    ages: [15, 24],
  },
  {
    name: 'Kỳ thi chọn học sinh giỏi môn Tin học cấp tỉnh',
    level: 'provincial',
    fields: ['tin-hoc-lap-trinh'],
    issuer: SO_GD,
    rank: 'competition',
    ages: HS,
  },
  {
    name: 'Cuộc thi Ý tưởng chuyển đổi số tỉnh An Giang',
    level: 'provincial',
    fields: ['tin-hoc-lap-trinh', 'khoi-nghiep-kinh-doanh'],
    issuer: SO_KHCN,
    rank: 'competition',
    ages: [18, 35],
  },
  {
    name: 'Hội thi Tin học trẻ toàn quốc',
    level: 'national',
    fields: ['tin-hoc-lap-trinh'],
    issuer: TW_DOAN,
    rank: 'competition',
    ages: [15, 24],
  },
  {
    name: 'Kỳ thi Olympic Tin học sinh viên Việt Nam',
    level: 'national',
    fields: ['tin-hoc-lap-trinh'],
    issuer: 'Hội Tin học Việt Nam',
    rank: 'competition',
    ages: SV,
  },
  {
    name: 'Olympic Tin học quốc tế (IOI)',
    level: 'international',
    fields: ['tin-hoc-lap-trinh'],
    issuer: 'Ban Tổ chức Olympic Tin học quốc tế',
    rank: 'medal',
    ages: [15, 19],
  },
  {
    name: 'Kỳ thi Lập trình sinh viên quốc tế ICPC khu vực châu Á',
    level: 'international',
    fields: ['tin-hoc-lap-trinh'],
    issuer: 'ICPC Foundation',
    rank: 'competition',
    ages: SV,
  },

  // Khởi nghiệp – Kinh doanh
  {
    name: 'Cuộc thi Ý tưởng khởi nghiệp cấp trường',
    level: 'school',
    fields: ['khoi-nghiep-kinh-doanh'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: STUDENT,
  },
  {
    name: 'Cuộc thi Ý tưởng khởi nghiệp thanh niên cấp cơ sở',
    level: 'unit',
    fields: ['khoi-nghiep-kinh-doanh'],
    issuer: UNIT_ISSUER,
    rank: 'competition',
  },
  {
    name: 'Gương thanh niên làm kinh tế giỏi cấp cơ sở',
    level: 'unit',
    fields: ['khoi-nghiep-kinh-doanh', 'nong-nghiep'],
    issuer: UNIT_ISSUER,
    rank: 'title',
    ages: [20, 35],
  },
  {
    name: 'Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh An Giang',
    level: 'provincial',
    fields: ['khoi-nghiep-kinh-doanh'],
    issuer: SO_KHCN,
    rank: 'competition',
    ages: [18, 35],
  },
  {
    name: 'Cuộc thi Ý tưởng khởi nghiệp thanh niên tỉnh An Giang',
    level: 'provincial',
    fields: ['khoi-nghiep-kinh-doanh'],
    issuer: TINH_DOAN,
    rank: 'competition',
  },
  {
    name: 'Doanh nhân trẻ tiêu biểu tỉnh An Giang',
    level: 'provincial',
    fields: ['khoi-nghiep-kinh-doanh'],
    issuer: 'Hội Doanh nhân trẻ tỉnh An Giang',
    rank: 'title',
    ages: [25, 35],
  },
  {
    name: 'Cuộc thi Khởi nghiệp thanh niên nông thôn',
    level: 'national',
    fields: ['khoi-nghiep-kinh-doanh', 'nong-nghiep'],
    issuer: TW_DOAN,
    rank: 'competition',
    ages: [18, 35],
  },
  {
    name: 'Cuộc thi Học sinh, sinh viên với ý tưởng khởi nghiệp (SV-Startup)',
    level: 'national',
    fields: ['khoi-nghiep-kinh-doanh'],
    issuer: BO_GD,
    rank: 'competition',
    ages: STUDENT,
  },
  {
    name: 'Giải thưởng Sao Đỏ',
    level: 'national',
    fields: ['khoi-nghiep-kinh-doanh'],
    issuer: 'Hội Doanh nhân trẻ Việt Nam',
    rank: 'prize',
    ages: [27, 35],
    weight: 0.4,
  },
  {
    name: 'Giải thưởng Doanh nhân sinh viên toàn cầu (GSEA)',
    level: 'international',
    fields: ['khoi-nghiep-kinh-doanh'],
    issuer: "Entrepreneurs' Organization",
    rank: 'competition',
    ages: SV,
  },

  // Văn hóa – Nghệ thuật
  {
    name: 'Hội diễn văn nghệ cấp trường',
    level: 'school',
    fields: ['van-hoa-nghe-thuat'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: STUDENT,
  },
  {
    name: 'Hội thi Tiếng hát thanh niên cấp cơ sở',
    level: 'unit',
    fields: ['van-hoa-nghe-thuat'],
    issuer: UNIT_ISSUER,
    rank: 'competition',
  },
  {
    name: 'Liên hoan Đờn ca tài tử cấp huyện',
    level: 'unit',
    fields: ['van-hoa-nghe-thuat'],
    issuer: UNIT_ISSUER,
    rank: 'competition',
  },
  {
    name: 'Liên hoan Đờn ca tài tử Nam Bộ tỉnh An Giang',
    level: 'provincial',
    fields: ['van-hoa-nghe-thuat'],
    issuer: SO_VHTTDL,
    rank: 'competition',
  },
  {
    name: 'Hội thi Tiếng hát Thanh niên tỉnh An Giang',
    level: 'provincial',
    fields: ['van-hoa-nghe-thuat'],
    issuer: TINH_DOAN,
    rank: 'competition',
  },
  {
    name: 'Cuộc thi Sáng tác văn học tuổi trẻ tỉnh An Giang',
    level: 'provincial',
    fields: ['van-hoa-nghe-thuat'],
    issuer: 'Hội Văn học Nghệ thuật tỉnh An Giang',
    rank: 'competition',
  },
  {
    name: 'Liên hoan Đờn ca tài tử quốc gia',
    level: 'national',
    fields: ['van-hoa-nghe-thuat'],
    issuer: 'Bộ Văn hóa, Thể thao và Du lịch',
    rank: 'competition',
  },
  {
    name: 'Cuộc thi Văn học tuổi 20',
    level: 'national',
    fields: ['van-hoa-nghe-thuat'],
    issuer: 'Hội Nhà văn TP. Hồ Chí Minh',
    rank: 'competition',
    ages: [18, 35],
  },
  {
    name: 'Liên hoan Nghệ thuật thanh niên ASEAN',
    level: 'international',
    fields: ['van-hoa-nghe-thuat'],
    issuer: 'Ban Tổ chức Liên hoan Nghệ thuật thanh niên ASEAN',
    rank: 'competition',
  },

  // Thể dục thể thao
  {
    name: 'Hội khỏe Phù Đổng cấp trường',
    level: 'school',
    fields: ['the-thao'],
    issuer: SCHOOL_ISSUER,
    rank: 'medal',
    ages: HS,
  },
  {
    name: 'Giải Thể thao sinh viên cấp trường',
    level: 'school',
    fields: ['the-thao'],
    issuer: SCHOOL_ISSUER,
    rank: 'medal',
    ages: SV,
  },
  {
    name: 'Đại hội Thể dục thể thao cấp huyện',
    level: 'unit',
    fields: ['the-thao'],
    issuer: UNIT_ISSUER,
    rank: 'medal',
  },
  {
    name: 'Hội thao thanh niên cấp cơ sở',
    level: 'unit',
    fields: ['the-thao', 'quoc-phong-an-ninh'],
    issuer: UNIT_ISSUER,
    rank: 'medal',
  },
  {
    name: 'Hội khỏe Phù Đổng tỉnh An Giang',
    level: 'provincial',
    fields: ['the-thao'],
    issuer: SO_GD,
    rank: 'medal',
    ages: HS,
  },
  {
    name: 'Đại hội Thể dục thể thao tỉnh An Giang',
    level: 'provincial',
    fields: ['the-thao'],
    issuer: SO_VHTTDL,
    rank: 'medal',
  },
  // The ox race of the Bảy Núi (Seven Mountains) is the Khmer festival of Tri Tôn and Tịnh Biên.
  {
    name: 'Hội đua bò Bảy Núi',
    level: 'provincial',
    fields: ['the-thao', 'van-hoa-nghe-thuat'],
    issuer: 'Ủy ban nhân dân tỉnh An Giang',
    rank: 'competition',
    ages: [18, 35],
    weight: 0.5,
  },
  {
    name: 'Hội khỏe Phù Đổng toàn quốc',
    level: 'national',
    fields: ['the-thao'],
    issuer: BO_GD,
    rank: 'medal',
    ages: HS,
  },
  {
    name: 'Đại hội Thể dục thể thao toàn quốc',
    level: 'national',
    fields: ['the-thao'],
    issuer: 'Bộ Văn hóa, Thể thao và Du lịch',
    rank: 'medal',
  },
  {
    name: 'Đại hội Thể thao Đông Nam Á (SEA Games)',
    level: 'international',
    fields: ['the-thao'],
    issuer: 'Liên đoàn Thể thao Đông Nam Á',
    rank: 'medal',
    ages: [17, 35],
  },
  {
    name: 'Giải Vô địch Vovinam thế giới',
    level: 'international',
    fields: ['the-thao'],
    issuer: 'Liên đoàn Vovinam thế giới',
    rank: 'medal',
    ages: [16, 35],
  },

  // Cộng đồng – Tình nguyện
  {
    name: 'Chiến sĩ tình nguyện tiêu biểu Mùa hè xanh cấp trường',
    level: 'school',
    fields: ['cong-dong-tinh-nguyen'],
    issuer: SCHOOL_ISSUER,
    rank: 'title',
    ages: SV,
  },
  {
    name: 'Thanh niên tình nguyện tiêu biểu cấp cơ sở',
    level: 'unit',
    fields: ['cong-dong-tinh-nguyen'],
    issuer: UNIT_ISSUER,
    rank: 'title',
  },
  {
    name: 'Gương thanh niên tình nguyện tiêu biểu tỉnh An Giang',
    level: 'provincial',
    fields: ['cong-dong-tinh-nguyen'],
    issuer: TINH_DOAN,
    rank: 'title',
  },
  {
    name: 'Chiến dịch Thanh niên tình nguyện hè tỉnh An Giang',
    level: 'provincial',
    fields: ['cong-dong-tinh-nguyen', 'y-te'],
    issuer: TINH_DOAN,
    rank: 'commendation',
  },
  {
    name: 'Giải thưởng Tình nguyện quốc gia',
    level: 'national',
    fields: ['cong-dong-tinh-nguyen'],
    issuer: TW_DOAN,
    rank: 'prize',
    ages: [18, 35],
  },
  {
    name: 'Gương Thanh niên sống đẹp',
    level: 'national',
    fields: ['cong-dong-tinh-nguyen'],
    issuer: TW_DOAN,
    rank: 'title',
  },

  // Nông nghiệp
  {
    name: 'Cuộc thi Ý tưởng nông nghiệp sáng tạo cấp trường',
    level: 'school',
    fields: ['nong-nghiep'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: STUDENT,
  },
  {
    name: 'Thanh niên sản xuất giỏi cấp cơ sở',
    level: 'unit',
    fields: ['nong-nghiep', 'lao-dong-san-xuat'],
    issuer: UNIT_ISSUER,
    rank: 'title',
    ages: [18, 35],
  },
  {
    name: 'Gương thanh niên làm kinh tế giỏi tỉnh An Giang',
    level: 'provincial',
    fields: ['nong-nghiep', 'khoi-nghiep-kinh-doanh'],
    issuer: TINH_DOAN,
    rank: 'title',
    ages: [20, 35],
  },
  {
    name: 'Hội thi Nhà nông trẻ sáng tạo tỉnh An Giang',
    level: 'provincial',
    fields: ['nong-nghiep'],
    issuer: 'Hội Nông dân tỉnh An Giang',
    rank: 'competition',
    ages: [18, 35],
  },
  {
    name: 'Giải thưởng Lương Định Của',
    level: 'national',
    fields: ['nong-nghiep'],
    issuer: TW_DOAN,
    rank: 'prize',
    ages: [20, 35],
  },
  {
    name: 'Nông dân Việt Nam xuất sắc',
    level: 'national',
    fields: ['nong-nghiep'],
    issuer: 'Trung ương Hội Nông dân Việt Nam',
    rank: 'title',
    ages: [25, 35],
    weight: 0.5,
  },

  // Y tế – Sức khỏe
  {
    name: 'Hội thi Kỹ năng sơ cấp cứu cấp trường',
    level: 'school',
    fields: ['y-te'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: STUDENT,
  },
  {
    name: 'Thầy thuốc trẻ tiêu biểu cấp cơ sở',
    level: 'unit',
    fields: ['y-te'],
    issuer: UNIT_ISSUER,
    rank: 'title',
    ages: [23, 35],
  },
  {
    name: 'Hội thi Tuyên truyền viên chăm sóc sức khỏe cộng đồng cấp cơ sở',
    level: 'unit',
    fields: ['y-te', 'cong-dong-tinh-nguyen'],
    issuer: UNIT_ISSUER,
    rank: 'competition',
  },
  {
    name: 'Thầy thuốc trẻ tiêu biểu tỉnh An Giang',
    level: 'provincial',
    fields: ['y-te'],
    issuer: 'Sở Y tế An Giang',
    rank: 'title',
    ages: [23, 35],
  },
  {
    name: 'Hội thi Điều dưỡng giỏi tỉnh An Giang',
    level: 'provincial',
    fields: ['y-te'],
    issuer: 'Sở Y tế An Giang',
    rank: 'competition',
    ages: [21, 35],
  },
  {
    name: 'Giải thưởng Thầy thuốc trẻ Việt Nam tiêu biểu',
    level: 'national',
    fields: ['y-te'],
    issuer: TW_DOAN,
    rank: 'prize',
    ages: [25, 35],
  },

  // Lao động sản xuất
  {
    name: 'Hội thi Tay nghề cấp trường',
    level: 'school',
    fields: ['lao-dong-san-xuat'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: [16, 24],
  },
  {
    name: 'Hội thi Thợ giỏi cấp cơ sở',
    level: 'unit',
    fields: ['lao-dong-san-xuat'],
    issuer: UNIT_ISSUER,
    rank: 'competition',
    ages: [18, 35],
  },
  {
    name: 'Hội thi Kỹ năng nghề tỉnh An Giang',
    level: 'provincial',
    fields: ['lao-dong-san-xuat'],
    issuer: 'Ủy ban nhân dân tỉnh An Giang',
    rank: 'medal',
    ages: [17, 30],
  },
  {
    name: 'Người thợ trẻ giỏi tỉnh An Giang',
    level: 'provincial',
    fields: ['lao-dong-san-xuat'],
    issuer: TINH_DOAN,
    rank: 'title',
    ages: [18, 35],
  },
  {
    name: 'Giải thưởng Người thợ trẻ giỏi toàn quốc',
    level: 'national',
    fields: ['lao-dong-san-xuat'],
    issuer: TW_DOAN,
    rank: 'prize',
    ages: [18, 35],
  },
  {
    name: 'Kỳ thi Kỹ năng nghề quốc gia',
    level: 'national',
    fields: ['lao-dong-san-xuat'],
    issuer: 'Ban Tổ chức Kỳ thi Kỹ năng nghề quốc gia',
    rank: 'medal',
    ages: [17, 25],
  },
  {
    name: 'Kỳ thi Tay nghề ASEAN',
    level: 'international',
    fields: ['lao-dong-san-xuat'],
    issuer: 'Ban Tổ chức Kỳ thi Tay nghề ASEAN',
    rank: 'medal',
    ages: [18, 25],
  },
  {
    name: 'Kỳ thi Kỹ năng nghề thế giới (WorldSkills)',
    level: 'international',
    fields: ['lao-dong-san-xuat'],
    issuer: 'WorldSkills International',
    rank: 'medal',
    ages: [18, 25],
  },

  // Quốc phòng – An ninh
  {
    name: 'Hội thao Giáo dục quốc phòng và an ninh cấp trường',
    level: 'school',
    fields: ['quoc-phong-an-ninh'],
    issuer: SCHOOL_ISSUER,
    rank: 'competition',
    ages: STUDENT,
  },
  {
    name: 'Hội thao Quốc phòng – An ninh cấp cơ sở',
    level: 'unit',
    fields: ['quoc-phong-an-ninh'],
    issuer: UNIT_ISSUER,
    rank: 'competition',
  },
  {
    name: 'Hội thao Quốc phòng – An ninh tỉnh An Giang',
    level: 'provincial',
    fields: ['quoc-phong-an-ninh'],
    issuer: 'Bộ Chỉ huy Quân sự tỉnh An Giang',
    rank: 'competition',
    ages: [18, 35],
  },
  {
    name: 'Thanh niên tiêu biểu trong lực lượng vũ trang tỉnh An Giang',
    level: 'provincial',
    fields: ['quoc-phong-an-ninh'],
    issuer: TINH_DOAN,
    rank: 'title',
    ages: [19, 35],
  },
  {
    name: 'Hội thi Điều lệnh, Bắn súng, Võ thuật Công an tỉnh An Giang',
    level: 'provincial',
    fields: ['quoc-phong-an-ninh'],
    issuer: 'Công an tỉnh An Giang',
    rank: 'competition',
    ages: [19, 35],
  },
  {
    name: 'Hội thao Giáo dục quốc phòng và an ninh sinh viên toàn quốc',
    level: 'national',
    fields: ['quoc-phong-an-ninh'],
    issuer: BO_GD,
    rank: 'medal',
    ages: SV,
  },
  {
    name: 'Hội thao Bộ đội Biên phòng toàn quốc',
    level: 'national',
    fields: ['quoc-phong-an-ninh'],
    issuer: 'Bộ Tư lệnh Bộ đội Biên phòng',
    rank: 'medal',
    ages: [19, 35],
  },
  {
    name: 'Hội thao Quân đội các nước ASEAN (AARM)',
    level: 'international',
    fields: ['quoc-phong-an-ninh'],
    issuer: 'Ban Tổ chức AARM',
    rank: 'medal',
    ages: [19, 35],
  },

  // Open to every field.
  {
    name: 'Thanh niên tiên tiến làm theo lời Bác',
    level: 'unit',
    fields: 'all',
    issuer: UNIT_ISSUER,
    rank: 'title',
    weight: 0.6,
  },
  {
    name: 'Gương mặt trẻ Việt Nam tiêu biểu',
    level: 'national',
    fields: 'all',
    issuer: TW_DOAN,
    rank: 'prize',
    ages: [22, 35],
    weight: 0.15,
  },
  {
    name: 'Giải thưởng Thanh niên ASEAN vì cộng đồng (ASEAN Youth Award)',
    level: 'international',
    fields: 'all',
    issuer: 'Ban Thư ký ASEAN',
    rank: 'prize',
    ages: [18, 35],
    weight: 0.5,
  },
];

const inRange = (age: number, ages: AwardDefinition['ages']) => !ages || (age >= ages[0] && age <= ages[1]);

/**
 * An award of `level` for someone in `field` aged `age` that year; null when there is none, so the
 * caller can try another level (a 30-year-old has no school awards).
 */
export function pickAward(
  rng: Random,
  field: FieldSlug,
  level: AchievementLevel,
  age: number,
): AwardDefinition | null {
  const candidates = AWARDS.filter(
    (a) => a.level === level && (a.fields === 'all' || a.fields.includes(field)) && inRange(age, a.ages),
  );
  if (candidates.length === 0) return null;
  return rng.weighted(candidates.map((a) => [a, a.weight ?? 1] as const));
}

export function pickRank(rng: Random, kind: RankKind): string {
  return rng.weighted(RANKS[kind]);
}

/** The achievement title as the app shows it: rank, award, year ("Giải Nhất Hội thi … năm 2024"). */
export function achievementTitle(rank: string, awardName: string, year: number): string {
  return `${rank ? `${rank} ` : ''}${awardName} năm ${year}`;
}

const HIGH_SCHOOLS_OF_THE_PROVINCE = [
  'Trường THPT chuyên Thoại Ngọc Hầu',
  'Trường THPT chuyên Thủ Khoa Nghĩa',
  'Trường THPT Long Xuyên',
] as const;

/** The school behind a school-level award, by the talent's unit, hometown and age that year. */
export function schoolFor(rng: Random, unit: ChildUnitSlug, hometown: string | null, age: number): string {
  if (unit === 'doan-truong-dai-hoc-an-giang' && age >= 18) return 'Trường Đại học An Giang';
  if (age >= 19) {
    return rng.weighted([
      ['Trường Đại học An Giang', 5],
      ['Trường Cao đẳng An Giang', 2],
      ['Trường Đại học Cần Thơ', 2],
      ['Trường Đại học Bách khoa – ĐHQG TP. Hồ Chí Minh', 1],
    ] as const);
  }
  if (unit === 'thanh-doan-long-xuyen' && rng.chance(0.5)) return 'Trường THPT chuyên Thoại Ngọc Hầu';
  if (unit === 'thanh-doan-chau-doc' && rng.chance(0.5)) return 'Trường THPT chuyên Thủ Khoa Nghĩa';
  if (!hometown) return rng.pick(HIGH_SCHOOLS_OF_THE_PROVINCE);
  return `Trường THPT ${hometown}`;
}

/** Universities in the cities young people of An Giang most often move to. */
const CITY_UNIVERSITIES: Record<string, readonly string[]> = {
  'TP. Hồ Chí Minh': [
    'Trường Đại học Bách khoa – ĐHQG TP. Hồ Chí Minh',
    'Trường Đại học Kinh tế TP. Hồ Chí Minh',
    'Trường Đại học Y Dược TP. Hồ Chí Minh',
  ],
  'Cần Thơ': ['Trường Đại học Cần Thơ', 'Trường Đại học Y Dược Cần Thơ'],
  'Hà Nội': ['Trường Đại học Bách khoa Hà Nội', 'Trường Đại học Khoa học Tự nhiên – ĐHQG Hà Nội'],
  'Đà Nẵng': ['Trường Đại học Bách khoa – Đại học Đà Nẵng'],
};

/** The school someone attends now, consistent with where they live. */
export function currentSchool(
  rng: Random,
  unit: ChildUnitSlug,
  hometown: string | null,
  age: number,
  placeName: string | null,
): string {
  if (age <= 18 || unit === 'doan-truong-dai-hoc-an-giang') return schoolFor(rng, unit, hometown, age);
  const elsewhere = placeName ? CITY_UNIVERSITIES[placeName] : undefined;
  if (elsewhere) return rng.pick(elsewhere);
  return rng.weighted([
    ['Trường Đại học An Giang', 3],
    ['Trường Cao đẳng An Giang', 1],
  ] as const);
}

/** Level weights by age: school awards stop once a person has left school. */
export function levelWeights(age: number): readonly (readonly [AchievementLevel, number])[] {
  return [
    ['school', age <= 23 ? 20 : 0],
    ['unit', 24],
    ['provincial', 33],
    ['national', 19],
    ['international', 4],
  ];
}

// ----------------------------------------------------------------------------------------------
// Bios

interface FieldStory {
  /** What an adult in the field does for a living, used as "kỹ sư phần mềm tại …". */
  occupations: readonly string[];
  /** Short-bio phrases, each completing "…, <phrase>." */
  short: readonly string[];
  /** Second sentence of the long bio. */
  deeds: readonly string[];
  /** The school club a pupil of the field joins, for the long bio of the under-nineteens. */
  club: string;
}

const STORIES: Record<FieldSlug, FieldStory> = {
  'hoc-tap': {
    occupations: ['giảng viên trẻ', 'giáo viên', 'nghiên cứu sinh'],
    short: [
      'nhiều năm liền đạt thành tích học tập xuất sắc',
      'say mê Toán học và Vật lý',
      'tích cực hướng dẫn các bạn học nhóm',
    ],
    deeds: [
      'Bên cạnh việc học, {name} duy trì câu lạc bộ học tốt giúp hàng chục bạn ôn thi miễn phí.',
      '{name} thường chia sẻ phương pháp tự học và tài liệu ôn thi cho học sinh vùng sâu.',
      'Thành tích học tập nổi bật giúp {name} nhận nhiều suất học bổng khuyến học của tỉnh.',
    ],
    club: 'học tốt',
  },
  'khoa-hoc-cong-nghe': {
    occupations: ['kỹ sư', 'nghiên cứu viên', 'kỹ sư tự động hóa'],
    short: [
      'đam mê nghiên cứu khoa học ứng dụng',
      'theo đuổi các đề tài về năng lượng tái tạo',
      'chế tạo thiết bị quan trắc môi trường giá rẻ',
    ],
    deeds: [
      '{name} cùng nhóm nghiên cứu chế tạo thiết bị đo độ mặn nguồn nước phục vụ nông dân vùng lũ.',
      'Đề tài của {name} về xử lý phụ phẩm rơm rạ đã được thử nghiệm tại một số hợp tác xã.',
      '{name} tham gia hướng dẫn học sinh làm dự án khoa học kỹ thuật tại địa phương.',
    ],
    club: 'khoa học kỹ thuật',
  },
  'tin-hoc-lap-trinh': {
    occupations: ['kỹ sư phần mềm', 'lập trình viên', 'chuyên viên chuyển đổi số'],
    short: [
      'đam mê lập trình thi đấu',
      'phát triển ứng dụng phục vụ chuyển đổi số địa phương',
      'yêu thích trí tuệ nhân tạo và dữ liệu',
    ],
    deeds: [
      '{name} xây dựng ứng dụng giúp hợp tác xã theo dõi mùa vụ và bán hàng trực tuyến.',
      '{name} là thành viên tích cực của câu lạc bộ lập trình, hướng dẫn các bạn nhỏ làm quen với thuật toán.',
      'Trong đợt cao điểm chuyển đổi số, {name} hỗ trợ người dân cài đặt và sử dụng dịch vụ công trực tuyến.',
    ],
    club: 'tin học',
  },
  'khoi-nghiep-kinh-doanh': {
    occupations: ['nhà sáng lập một công ty khởi nghiệp', 'chủ cơ sở sản xuất', 'giám đốc hợp tác xã'],
    short: [
      'khởi nghiệp từ đặc sản quê hương',
      'đưa sản phẩm OCOP của địa phương ra thị trường',
      'xây dựng mô hình kinh doanh xanh',
    ],
    deeds: [
      'Cơ sở của {name} chế biến đường thốt nốt Bảy Núi, tạo việc làm ổn định cho nhiều lao động địa phương.',
      '{name} phát triển thương hiệu khô cá tra phồng và đưa sản phẩm lên các sàn thương mại điện tử.',
      'Mô hình du lịch cộng đồng do {name} khởi xướng thu hút đông đảo du khách đến với làng nghề.',
    ],
    club: 'khởi nghiệp',
  },
  'van-hoa-nghe-thuat': {
    occupations: ['diễn viên', 'nghệ sĩ đờn ca tài tử', 'họa sĩ'],
    short: [
      'gắn bó với đờn ca tài tử Nam Bộ',
      'yêu thích sáng tác văn học',
      'góp phần gìn giữ nghệ thuật truyền thống của đồng bào Khmer',
    ],
    deeds: [
      '{name} thường xuyên biểu diễn phục vụ bà con trong các dịp lễ hội ở địa phương.',
      '{name} mở lớp dạy đàn kìm, đàn tranh miễn phí cho thiếu nhi vào mỗi dịp hè.',
      'Các tác phẩm của {name} lấy cảm hứng từ sông nước và con người vùng Bảy Núi.',
    ],
    club: 'văn nghệ',
  },
  'the-thao': {
    occupations: ['vận động viên', 'huấn luyện viên', 'giáo viên thể dục'],
    short: [
      'vận động viên điền kinh giàu triển vọng',
      'theo đuổi môn võ Vovinam',
      'gắn bó với bóng chuyền phong trào',
    ],
    deeds: [
      '{name} duy trì lịch tập luyện đều đặn dù bận rộn với việc học và công việc.',
      'Ngoài thi đấu, {name} còn hướng dẫn thiếu nhi trong xóm học bơi phòng chống đuối nước.',
      '{name} đã nhiều lần mang huy chương về cho đoàn thể thao An Giang.',
    ],
    club: 'thể thao',
  },
  'cong-dong-tinh-nguyen': {
    occupations: ['cán bộ Đoàn', 'nhân viên công tác xã hội', 'điều phối viên dự án cộng đồng'],
    short: [
      'tích cực tham gia các hoạt động tình nguyện',
      'sáng lập nhóm thiện nguyện vì trẻ em vùng biên',
      'gắn bó với phong trào hiến máu tình nguyện',
    ],
    deeds: [
      '{name} cùng nhóm tình nguyện xây nhiều cây cầu nông thôn và trao học bổng cho học sinh nghèo.',
      'Mỗi mùa nước nổi, {name} tham gia dạy bơi và hỗ trợ bà con vùng lũ.',
      '{name} đã hiến máu tình nguyện nhiều lần và vận động bạn bè cùng tham gia.',
    ],
    club: 'tình nguyện',
  },
  'nong-nghiep': {
    occupations: ['chủ trang trại', 'kỹ sư nông nghiệp', 'thành viên hợp tác xã'],
    short: [
      'làm giàu từ mô hình nông nghiệp công nghệ cao',
      'áp dụng quy trình lúa chất lượng cao, giảm phát thải',
      'nuôi cá tra theo chuẩn VietGAP',
    ],
    deeds: [
      '{name} ứng dụng nhật ký điện tử và cảm biến độ ẩm trên ruộng lúa của gia đình.',
      'Mô hình trồng rau thủy canh của {name} giúp nhiều thanh niên trong ấp có thêm thu nhập.',
      '{name} liên kết với hợp tác xã bao tiêu nếp và lúa thơm cho bà con trong vùng.',
    ],
    club: 'nhà nông trẻ',
  },
  'y-te': {
    occupations: ['bác sĩ', 'điều dưỡng', 'dược sĩ'],
    short: [
      'tận tụy với công tác chăm sóc sức khỏe cộng đồng',
      'tham gia khám bệnh, phát thuốc miễn phí cho bà con vùng sâu',
      'yêu thích nghiên cứu y học',
    ],
    deeds: [
      '{name} tham gia nhiều đợt khám bệnh, tư vấn sức khỏe miễn phí cho người dân vùng biên giới.',
      'Trong những ngày trực ở bệnh viện, {name} được đồng nghiệp và người bệnh quý mến vì sự tận tâm.',
      '{name} tổ chức các buổi hướng dẫn sơ cấp cứu cho học sinh và đoàn viên thanh niên.',
    ],
    club: 'sơ cấp cứu',
  },
  'lao-dong-san-xuat': {
    occupations: ['kỹ thuật viên', 'thợ cơ khí', 'công nhân kỹ thuật'],
    short: [
      'người thợ trẻ có tay nghề cao',
      'say mê cải tiến kỹ thuật trong sản xuất',
      'gắn bó với nghề cơ khí nông nghiệp',
    ],
    deeds: [
      'Sáng kiến cải tiến máy sấy lúa của {name} giúp tiết kiệm đáng kể chi phí cho nông dân.',
      '{name} được đồng nghiệp tin tưởng giao hướng dẫn tay nghề cho công nhân mới.',
      '{name} luôn hoàn thành vượt mức kế hoạch và nhiều năm liền là lao động tiên tiến.',
    ],
    club: 'sáng tạo kỹ thuật',
  },
  'quoc-phong-an-ninh': {
    occupations: ['chiến sĩ', 'sĩ quan trẻ', 'cán bộ dân quân tự vệ'],
    short: [
      'gương mặt trẻ tiêu biểu trong lực lượng vũ trang',
      'tích cực tham gia giữ gìn an ninh trật tự ở cơ sở',
      'gắn bó với nhiệm vụ bảo vệ biên giới',
    ],
    deeds: [
      '{name} cùng đồng đội tuần tra, bảo vệ vững chắc chủ quyền biên giới và giúp dân lúc khó khăn.',
      '{name} tham gia tuyên truyền pháp luật, phòng chống tội phạm cho thanh thiếu niên địa phương.',
      'Trong huấn luyện, {name} luôn đạt kết quả giỏi và là tấm gương cho đồng đội noi theo.',
    ],
    club: 'giáo dục quốc phòng',
  },
};

const ASPIRATIONS: readonly string[] = [
  '{name} mong muốn góp sức xây dựng quê hương An Giang ngày càng phát triển.',
  'Mục tiêu sắp tới của {name} là truyền cảm hứng cho nhiều bạn trẻ cùng theo đuổi đam mê.',
  '{name} ấp ủ dự định trở về quê nhà để chia sẻ kinh nghiệm với thế hệ đi sau.',
  'Với {name}, mỗi thành tích là động lực để tiếp tục học hỏi và cống hiến.',
];

/** Every long bio ends with this, so no reader mistakes a demo profile for a real person. */
export const FICTIONAL_MARKER = '(Hồ sơ minh họa — nhân vật hư cấu.)';

const COUNTRY_NAMES: Record<string, string> = {
  JP: 'Nhật Bản',
  AU: 'Úc',
  FR: 'Pháp',
  KR: 'Hàn Quốc',
  SG: 'Singapore',
  DE: 'Đức',
  US: 'Hoa Kỳ',
};

export interface BioInput {
  fullName: string;
  /** Age in the seed's "now" year. */
  age: number;
  unit: ChildUnitSlug;
  /** The district or city the person comes from; null for the directly-attached unions. */
  hometown: string | null;
  field: FieldSlug;
  placeKind: 'in_province' | 'elsewhere_vn' | 'abroad';
  placeName: string | null;
  placeCountry: string | null;
  school: string;
}

/** What the person does now, e.g. "sinh viên năm ba Trường Đại học An Giang". */
function roleOf(rng: Random, b: BioInput): string {
  if (b.unit === 'doan-cong-an-tinh') return 'cán bộ, chiến sĩ Công an tỉnh An Giang';
  if (b.unit === 'doan-bo-doi-bien-phong-tinh') return 'cán bộ, chiến sĩ Bộ đội Biên phòng tỉnh An Giang';
  const studyYear = ['nhất', 'hai', 'ba', 'tư'][Math.min(3, Math.max(0, b.age - 19))];
  if (b.unit === 'doan-truong-dai-hoc-an-giang') {
    return b.age <= 22
      ? `sinh viên năm ${studyYear} Trường Đại học An Giang`
      : `${rng.pick(STORIES[b.field].occupations)} tại Trường Đại học An Giang`;
  }
  if (b.age <= 18) return `học sinh lớp ${b.age - 6} ${b.school}`;
  if (b.placeKind === 'abroad' && b.age <= 24) return 'du học sinh';
  if (b.age <= 22) return `sinh viên năm ${studyYear} ${b.school}`;
  const occupation = rng.pick(STORIES[b.field].occupations);
  if (b.unit === 'doan-khoi-cac-co-quan-va-doanh-nghiep-tinh') {
    return `${occupation}, đoàn viên Đoàn Khối các cơ quan và doanh nghiệp tỉnh`;
  }
  return occupation;
}

function whereOf(b: BioInput): string {
  const hometown = b.hometown ? `, quê ở ${b.hometown}` : '';
  if (b.placeKind === 'abroad') {
    const country = (b.placeCountry && COUNTRY_NAMES[b.placeCountry]) ?? b.placeCountry ?? '';
    const place = country && country !== b.placeName ? `${b.placeName} (${country})` : `${b.placeName}`;
    return `${hometown}, hiện đang ${b.age <= 24 ? 'học tập' : 'học tập và làm việc'} tại ${place}`;
  }
  if (b.placeKind === 'elsewhere_vn') return `${hometown}, hiện sống tại ${b.placeName}`;
  return hometown;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/** A one-line bio and a two-to-three sentence bio ending with the fictional marker. */
export function generateBios(rng: Random, b: BioInput): { shortBio: string; longBio: string } {
  const story = STORIES[b.field];
  const role = roleOf(rng, b);
  const shortBio = `${capitalise(role)}, ${rng.pick(story.short)}.`;
  const fill = (template: string) => template.replaceAll('{name}', b.fullName);
  const deed =
    b.age <= 18
      ? rng.pick([
          `Ở trường, {name} là thành viên tích cực của câu lạc bộ ${story.club}.`,
          `Ngoài giờ học, {name} dành nhiều thời gian cho câu lạc bộ ${story.club} của trường.`,
        ])
      : rng.pick(story.deeds);
  const sentences = [`${b.fullName} là ${role}${whereOf(b)}.`, capitalise(fill(deed))];
  if (rng.chance(0.6)) sentences.push(fill(rng.pick(ASPIRATIONS)));
  return { shortBio, longBio: `${sentences.join(' ')} ${FICTIONAL_MARKER}` };
}

/** The one-sentence citation of an honour, naming the best achievement known by that year. */
export function honourCitation(fieldNameVi: string, bestAchievementTitle: string | null): string {
  const field = fieldNameVi.toLocaleLowerCase('vi');
  return bestAchievementTitle
    ? `Ghi nhận những đóng góp nổi bật trong lĩnh vực ${field}, tiêu biểu là ${bestAchievementTitle}.`
    : `Ghi nhận tinh thần xung kích, sáng tạo và những đóng góp nổi bật trong lĩnh vực ${field}.`;
}
