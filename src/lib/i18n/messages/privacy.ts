import type { Translation } from './types';

/** The data a person holds here: downloading it and deleting the account. */
export const vi = {
  'data.title': 'Dữ liệu của tôi',
  'data.lead':
    'Theo Luật Bảo vệ dữ liệu cá nhân, bạn có quyền biết, tải về và yêu cầu xóa dữ liệu của mình. Yêu cầu được thực hiện ngay trên trang này.',
  'data.downloadTitle': 'Tải về dữ liệu',
  'data.downloadLead':
    'Một tệp JSON gồm mọi thông tin trang đang lưu về bạn: tài khoản, phiên đăng nhập, các địa chỉ mạng (IP) bạn đã đăng nhập từ đó, sự đồng ý, hồ sơ, thành tích, thư đã gửi.',
  'data.download': 'Tải về (JSON)',
  'data.deleteTitle': 'Xóa tài khoản',
  'data.deleteLead':
    'Hồ sơ bị ẩn ngay lập tức, dữ liệu cá nhân bị xóa và bạn được đăng xuất. Việc này không thể hoàn tác.',
  'data.keepHonours':
    'Giữ lại họ tên, đơn vị và danh hiệu đã được tuyên dương như một bản ghi lưu trữ của Tỉnh Đoàn (không hiển thị công khai).',
  'data.confirm': 'Tôi hiểu rằng tài khoản và dữ liệu sẽ bị xóa vĩnh viễn.',
  'data.confirmRequired': 'Vui lòng đánh dấu xác nhận để xóa tài khoản.',
  'data.deleteSubmit': 'Xóa tài khoản vĩnh viễn',
  'data.deleted': 'Tài khoản của bạn đã được xóa. Cảm ơn bạn đã đồng hành cùng mạng lưới.',
} as const;

export const en: Translation<typeof vi> = {
  'data.title': 'My data',
  'data.lead':
    'Under the Personal Data Protection Law you have the right to be informed about, download and request deletion of your personal data. You can do all three on this page.',
  'data.downloadTitle': 'Download your data',
  'data.downloadLead':
    'A JSON file with everything the site holds about you: account, sessions, the network (IP) addresses you signed in from, consents, profile, achievements, mail sent.',
  'data.download': 'Download (JSON)',
  'data.deleteTitle': 'Delete account',
  'data.deleteLead':
    'Your profile is hidden at once, your personal data erased and you are signed out. This cannot be undone.',
  'data.keepHonours':
    'Keep my name, unit and honours as an archive record of the Youth Union (not shown publicly).',
  'data.confirm': 'I understand that my account and data will be deleted for good.',
  'data.confirmRequired': 'Please tick the confirmation to delete your account.',
  'data.deleteSubmit': 'Delete my account for good',
  'data.deleted': 'Your account has been deleted. Thank you for being part of the network.',
};
