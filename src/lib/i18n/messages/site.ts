import type { Translation } from './types';

/** The shared frame of every page: header, navigation, footer, home, errors. */
export const vi = {
  'site.name': 'Mạng lưới Tài năng trẻ An Giang',
  'site.shortName': 'Tài năng trẻ An Giang',
  'site.tagline': 'Phát hiện, bồi dưỡng và phát huy tài năng trẻ tỉnh An Giang',
  'site.description':
    'Mạng lưới Tài năng trẻ An Giang của Tỉnh Đoàn An Giang: hồ sơ tài năng trẻ được vinh danh, tin hoạt động và các giải thưởng đang nhận hồ sơ.',

  'nav.label': 'Điều hướng chính',
  'nav.skip': 'Chuyển đến nội dung chính',
  'nav.home': 'Trang chủ',
  'nav.honours': 'Vinh danh',
  'nav.directory': 'Tìm tài năng',
  'nav.news': 'Tin tức',
  'nav.awards': 'Giải thưởng',
  'nav.signIn': 'Đăng nhập',
  'nav.account': 'Tài khoản',

  'lang.switchLabel': 'Chuyển ngôn ngữ',
  'lang.other': 'English',
  'lang.otherShort': 'EN',

  'footer.owner': 'Tỉnh Đoàn An Giang',
  'footer.plan': 'Đề án phát hiện, bồi dưỡng, phát huy tài năng trẻ tỉnh An Giang giai đoạn 2022–2030.',
  'footer.demo': 'Bản thử nghiệm: mọi hồ sơ, tên người và thành tích trên trang đều là hư cấu.',
  'footer.feeds': 'Nhận tin qua RSS',
  'footer.newsFeed': 'Tin tức',
  'footer.awardsFeed': 'Giải thưởng',
  'footer.copyright': '© {year} Tỉnh Đoàn An Giang',

  'home.title': 'Tài năng trẻ An Giang',
  'home.lead':
    'Nơi tôn vinh và kết nối những người trẻ An Giang từ 16 đến 35 tuổi đã đạt giải thưởng cấp tỉnh, quốc gia và quốc tế — dù đang sống ở quê nhà, nơi khác trong nước hay ở nước ngoài.',
  'home.ctaDirectory': 'Tìm tài năng',
  'home.ctaHonours': 'Xem danh sách vinh danh',
  'home.statsLabel': 'Mạng lưới qua các con số',
  'home.statTalents': { other: 'tài năng trong mạng lưới' },
  'home.statHonoured': { other: 'lượt vinh danh từ năm 2022' },
  'home.statUnits': { other: 'đơn vị Đoàn tham gia' },
  'home.latestHonoured': 'Gương mặt trẻ tiêu biểu mới nhất',
  'home.allHonours': 'Tất cả các năm',
  'home.latestNews': 'Tin mới',
  'home.allNews': 'Tất cả tin tức',
  'home.openCalls': 'Giải thưởng đang nhận hồ sơ',
  'home.allCalls': 'Tất cả giải thưởng',
  'home.noOpenCalls': 'Hiện chưa có giải thưởng nào đang nhận hồ sơ.',
  'home.whoTitle': 'Dành cho ai?',
  'home.whoYouth': 'Bạn trẻ và công chúng: xem hồ sơ tài năng, tin tức, giải thưởng.',
  'home.whoTalents': 'Tài năng trẻ: quản lý hồ sơ, cập nhật thành tích và kết nối với nhau.',
  'home.whoEmployers': 'Nhà tuyển dụng: tìm tài năng và liên hệ với những bạn đồng ý nhận liên hệ.',
  'home.whoOfficers': 'Cán bộ Đoàn: cập nhật dữ liệu, xác minh thành tích, báo cáo hằng năm.',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.body': 'Trang bạn tìm không tồn tại, đã được chuyển đi, hoặc là một hồ sơ mà chủ hồ sơ đã ẩn.',
  'notFound.home': 'Về trang chủ',
  'notFound.search': 'Tìm tài năng',

  'serverError.title': 'Đã có lỗi xảy ra',
  'serverError.body':
    'Trang này tạm thời không hiển thị được. Xin thử lại sau ít phút. Nếu lỗi vẫn còn, hãy báo cho chúng tôi kèm mã lỗi dưới đây.',
  'serverError.id': 'Mã lỗi: {id}',

  'lang.name.vi': 'tiếng Việt',
  'lang.name.en': 'tiếng Anh',

  'pagination.label': 'Phân trang',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.page': 'Trang {page}',
} as const;

export const en: Translation<typeof vi> = {
  'site.name': 'An Giang Young Talent Network',
  'site.shortName': 'An Giang Young Talent',
  'site.tagline': 'Discovering, nurturing and promoting the young talent of An Giang',
  'site.description':
    'The An Giang Young Talent Network of the An Giang Provincial Youth Union: profiles of honoured young talents, news of its activities and awards open for applications.',

  'nav.label': 'Main navigation',
  'nav.skip': 'Skip to main content',
  'nav.home': 'Home',
  'nav.honours': 'Honours',
  'nav.directory': 'Find talent',
  'nav.news': 'News',
  'nav.awards': 'Awards',
  'nav.signIn': 'Sign in',
  'nav.account': 'Account',

  'lang.switchLabel': 'Change language',
  'lang.other': 'Tiếng Việt',
  'lang.otherShort': 'VI',

  'footer.owner': 'An Giang Provincial Youth Union',
  'footer.plan': "The province's 2022–2030 plan to discover, nurture and promote young talent.",
  'footer.demo': 'Demo edition: every profile, name and achievement on this site is fictional.',
  'footer.feeds': 'Follow by RSS',
  'footer.newsFeed': 'News',
  'footer.awardsFeed': 'Awards',
  'footer.copyright': '© {year} An Giang Provincial Youth Union',

  'home.title': 'Young talent of An Giang',
  'home.lead':
    'Celebrating and connecting young people of An Giang aged 16 to 35 who have won provincial, national and international awards — whether they live in the province, elsewhere in Viet Nam or abroad.',
  'home.ctaDirectory': 'Find talent',
  'home.ctaHonours': 'See the honours lists',
  'home.statsLabel': 'The network in numbers',
  'home.statTalents': { one: 'talent in the network', other: 'talents in the network' },
  'home.statHonoured': { one: 'honour since 2022', other: 'honours since 2022' },
  'home.statUnits': { one: 'Youth Union unit taking part', other: 'Youth Union units taking part' },
  'home.latestHonoured': 'The latest Outstanding Young Faces',
  'home.allHonours': 'All years',
  'home.latestNews': 'Latest news',
  'home.allNews': 'All news',
  'home.openCalls': 'Awards open for applications',
  'home.allCalls': 'All awards',
  'home.noOpenCalls': 'No award is open for applications right now.',
  'home.whoTitle': 'Who is it for?',
  'home.whoYouth': 'Young people and the public: browse talent profiles, news and awards.',
  'home.whoTalents':
    'Young talents: manage your profile, keep your achievements up to date and connect with each other.',
  'home.whoEmployers': 'Employers: find talent and contact talents who have opted in.',
  'home.whoOfficers': 'Youth Union officers: keep the data current, verify achievements, report yearly.',

  'notFound.title': 'Page not found',
  'notFound.body':
    'The page you are looking for does not exist, has moved, or its owner has hidden the profile.',
  'notFound.home': 'Back to the home page',
  'notFound.search': 'Find talent',

  'serverError.title': 'Something went wrong',
  'serverError.body':
    'This page cannot be shown right now. Please try again in a few minutes. If the error stays, tell us and quote the error code below.',
  'serverError.id': 'Error code: {id}',

  'lang.name.vi': 'Vietnamese',
  'lang.name.en': 'English',

  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'pagination.page': 'Page {page}',
};
