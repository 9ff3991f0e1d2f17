import type { Translation } from './types';

/** The plan's targets dashboard and the nurturing activities behind it. */
export const vi = {
  'targets.title': 'Chỉ tiêu của Đề án',
  'targets.civic': 'Có hoạt động giáo dục truyền thống',
  'targets.inspiration': 'Có hoạt động truyền cảm hứng',
  'targets.lead':
    'Các chỉ tiêu của Đề án phát hiện, bồi dưỡng, phát huy tài năng trẻ tỉnh An Giang giai đoạn 2022–2030, tính từ dữ liệu đã ghi nhận.',
  'targets.year': 'Năm',
  'targets.show': 'Xem',
  'targets.province': 'Toàn tỉnh',
  'targets.nurtured': 'Tài năng được tuyên dương đã tham gia hoạt động bồi dưỡng',
  'targets.unitsUpdated': 'Đơn vị đã cập nhật dữ liệu tài năng trong năm',
  'targets.leadsTrained': 'Cán bộ phụ trách công tác tài năng trẻ đã qua tập huấn',
  'targets.officersTrained': 'Cán bộ Đoàn đã qua tập huấn',
  'targets.threshold': 'Chỉ tiêu: {value}',
  'targets.share': '{part}/{whole} ({value})',
  'targets.noData': 'Chưa có dữ liệu',
  'targets.met': 'Đạt',
  'targets.notMet': 'Chưa đạt',
  'targets.trend': 'Qua các năm',
  'targets.trendCaption': 'Tỉ lệ toàn tỉnh qua các năm',
  'targets.unitsTitle': 'Theo đơn vị (đơn vị chưa đạt xếp trước)',
  'targets.value': 'Tỉ lệ',
  'targets.forbiddenLead': 'Trang này dành cho cán bộ Đoàn và quản trị viên đã xác nhận địa chỉ email.',
  'targets.link': 'Chỉ tiêu của Đề án',
} as const;

export const en: Translation<typeof vi> = {
  'targets.title': "The plan's targets",
  'targets.civic': "Held an activity on the Union's traditions",
  'targets.inspiration': 'Held an inspiration activity',
  'targets.lead':
    "The targets of the province's 2022–2030 plan to discover, nurture and promote young talent, computed from the recorded data.",
  'targets.year': 'Year',
  'targets.show': 'Show',
  'targets.province': 'Whole province',
  'targets.nurtured': 'Honoured talents who took part in a nurturing activity',
  'targets.unitsUpdated': 'Units that updated their talent data this year',
  'targets.leadsTrained': 'Officers in charge of talent work who attended training',
  'targets.officersTrained': 'Youth Union officers who attended training',
  'targets.threshold': 'Target: {value}',
  'targets.share': '{part}/{whole} ({value})',
  'targets.noData': 'No data yet',
  'targets.met': 'Met',
  'targets.notMet': 'Not met',
  'targets.trend': 'Over the years',
  'targets.trendCaption': 'Province-wide share by year',
  'targets.unitsTitle': 'By unit (units behind target first)',
  'targets.value': 'Share',
  'targets.forbiddenLead':
    'This page is for Youth Union officers and administrators with a confirmed email address.',
  'targets.link': "The plan's targets",
};
