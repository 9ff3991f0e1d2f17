import type { Translation } from './types';

/**
 * In-app notifications: the header's count, the notifications page, the digest setting and mail.
 * The text of each kind of notification is a `notice.<kind>` message in its domain's file.
 */
export const vi = {
  'nav.notifications': {
    other: 'Thông báo ({count} chưa đọc)',
  },
  'nav.notificationsNone': 'Thông báo',
  'notices.title': 'Thông báo',
  'notices.lead': 'Yêu cầu kết nối, yêu cầu liên hệ, trả lời, nhắc tên và phê duyệt dành cho bạn.',
  'notices.empty': 'Chưa có thông báo nào.',
  'notices.unread': 'Mới',
  'notices.open': 'Xem',
  'notices.older': 'Thông báo cũ hơn',
  'notices.unknown': 'Bạn có một thông báo mới.',
  'notices.digestTitle': 'Thư tóm tắt',
  'notices.digestLead':
    'Những thông báo bạn chưa đọc được gửi tóm tắt qua email. Thư được viết bằng ngôn ngữ của trang khi bạn lưu lựa chọn.',
  'notices.digest.off': 'Không gửi',
  'notices.digest.daily': 'Mỗi ngày',
  'notices.digest.weekly': 'Mỗi tuần',
  'notices.digestSave': 'Lưu lựa chọn',
  'notices.digestSaved': 'Đã lưu lựa chọn thư tóm tắt.',

  'mail.digest.subject': {
    other: '{count} thông báo chưa đọc — Tài năng trẻ An Giang',
  },
  'mail.digest.body':
    'Chào bạn,\n\nBạn có {count} thông báo chưa đọc trên Mạng lưới Tài năng trẻ An Giang:\n\n{list}\n\nXem và đổi lựa chọn thư tóm tắt tại:\n{link}\n\nTỉnh Đoàn An Giang',
  'mail.digest.more': {
    other: '… và {count} thông báo khác',
  },
} as const;

export const en: Translation<typeof vi> = {
  'nav.notifications': {
    one: 'Notifications ({count} unread)',
    other: 'Notifications ({count} unread)',
  },
  'nav.notificationsNone': 'Notifications',
  'notices.title': 'Notifications',
  'notices.lead': 'Connection requests, contact requests, replies, mentions and approvals for you.',
  'notices.empty': 'No notifications yet.',
  'notices.unread': 'New',
  'notices.open': 'Open',
  'notices.older': 'Older notifications',
  'notices.unknown': 'You have a new notification.',
  'notices.digestTitle': 'Email digest',
  'notices.digestLead':
    'Notifications you have not read are summed up by email. The digest is written in the language of the page you saved your choice on.',
  'notices.digest.off': 'Off',
  'notices.digest.daily': 'Daily',
  'notices.digest.weekly': 'Weekly',
  'notices.digestSave': 'Save choice',
  'notices.digestSaved': 'Your digest choice is saved.',

  'mail.digest.subject': {
    one: '{count} unread notification — An Giang Young Talent',
    other: '{count} unread notifications — An Giang Young Talent',
  },
  'mail.digest.body':
    'Hello,\n\nYou have unread notifications on the An Giang Young Talent Network ({count}):\n\n{list}\n\nRead them and change your digest choice here:\n{link}\n\nAn Giang Provincial Youth Union',
  'mail.digest.more': {
    one: '… and {count} more notification',
    other: '… and {count} more notifications',
  },
};
