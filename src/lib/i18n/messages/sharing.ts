import type { Translation } from './types';

/** Share images, structured data and what search engines read. */
export const vi = {
  'share.talentAlt': 'Thẻ giới thiệu {name} — Mạng lưới Tài năng trẻ An Giang',
  'share.newsAlt': 'Ảnh bài viết: {title}',
  'share.siteAlt': 'Mạng lưới Tài năng trẻ An Giang của Tỉnh Đoàn An Giang',
  'share.fieldsLine': 'Lĩnh vực: {fields}',
  'share.newsEyebrow': 'Tin tức · {date}',
  'share.callAlt': 'Ảnh giải thưởng: {title}',
  'share.callEyebrow': 'Giải thưởng · Hạn cuối nhận hồ sơ {date}',
  'share.callBirthYears': 'Dành cho người sinh từ năm {from} đến năm {to}',
} as const;

export const en: Translation<typeof vi> = {
  'share.talentAlt': 'Card of {name} — An Giang Young Talent Network',
  'share.newsAlt': 'Picture of the article: {title}',
  'share.siteAlt': 'An Giang Young Talent Network of the An Giang Provincial Youth Union',
  'share.fieldsLine': 'Fields: {fields}',
  'share.newsEyebrow': 'News · {date}',
  'share.callAlt': 'Picture of the award call: {title}',
  'share.callEyebrow': 'Award call · Deadline {date}',
  'share.callBirthYears': 'For people born between {from} and {to}',
};
