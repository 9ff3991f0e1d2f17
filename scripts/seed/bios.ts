/**
 * How demo talents are described: a short bio, a long bio that always says the person is fictional,
 * and the citation of an honour.
 */
import type { Random } from './random';
import type { ChildUnitSlug, FieldSlug } from './reference';

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
