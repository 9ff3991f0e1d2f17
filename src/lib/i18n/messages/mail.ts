import type { Translation } from './types';

/** The mail the account flows send, and the test mailbox that keeps it when no SMTP server is set. */
export const vi = {
  'outbox.title': 'Hộp thư thử nghiệm',
  'outbox.lead':
    'Chưa cấu hình máy chủ SMTP, nên thư của trang được lưu tại đây thay vì gửi đi. Trang này sẽ biến mất khi cấu hình SMTP_URL — cần cấu hình trước khi đưa trang lên mạng.',
  'outbox.empty': 'Chưa có thư nào.',
  'outbox.to': 'Đến: {to}',

  'mail.verify.subject': 'Xác nhận email — Tài năng trẻ An Giang',
  'mail.verify.body':
    'Chào bạn,\n\nVui lòng mở liên kết sau để xác nhận email của tài khoản trên Mạng lưới Tài năng trẻ An Giang (hiệu lực 24 giờ):\n\n{link}\n\nNếu bạn không đăng ký, vui lòng bỏ qua thư này.\n\nTỉnh Đoàn An Giang',
  'mail.existing.subject': 'Có người vừa đăng ký bằng email của bạn — Tài năng trẻ An Giang',
  'mail.existing.body':
    'Chào bạn,\n\nEmail này đã có tài khoản trên Mạng lưới Tài năng trẻ An Giang. Nếu vừa đăng ký, bạn có thể đăng nhập hoặc dùng chức năng “Quên mật khẩu”. Nếu không phải bạn, vui lòng bỏ qua thư này.\n\nTỉnh Đoàn An Giang',
  'mail.reset.subject': 'Đặt lại mật khẩu — Tài năng trẻ An Giang',
  'mail.reset.body':
    'Chào bạn,\n\nVui lòng mở liên kết sau để đặt mật khẩu mới (hiệu lực 1 giờ, dùng một lần):\n\n{link}\n\nNếu bạn không yêu cầu, vui lòng bỏ qua thư này; mật khẩu của bạn không thay đổi.\n\nTỉnh Đoàn An Giang',
  'mail.changeEmail.subject': 'Xác nhận email mới — Tài năng trẻ An Giang',
  'mail.changeEmail.body':
    'Chào bạn,\n\nVui lòng mở liên kết sau để dùng địa chỉ này cho tài khoản của bạn (hiệu lực 1 giờ):\n\n{link}\n\nTỉnh Đoàn An Giang',
  'mail.emailChanged.subject': 'Email tài khoản đã thay đổi — Tài năng trẻ An Giang',
  'mail.emailChanged.body':
    'Chào bạn,\n\nEmail của tài khoản đã được đổi thành {email}. Nếu không phải bạn thực hiện, vui lòng liên hệ Tỉnh Đoàn An Giang ngay.\n\nTỉnh Đoàn An Giang',
} as const;

export const en: Translation<typeof vi> = {
  'outbox.title': 'Test mailbox',
  'outbox.lead':
    'No SMTP server is configured, so the site keeps its mail here instead of sending it. This page disappears once SMTP_URL is set — set it before going public.',
  'outbox.empty': 'No mail yet.',
  'outbox.to': 'To: {to}',

  'mail.verify.subject': 'Confirm your email — An Giang Young Talent',
  'mail.verify.body':
    'Hello,\n\nOpen this link to confirm the email of your account on the An Giang Young Talent Network (valid for 24 hours):\n\n{link}\n\nIf you did not sign up, ignore this email.\n\nAn Giang Provincial Youth Union',
  'mail.existing.subject': 'Someone just signed up with your email — An Giang Young Talent',
  'mail.existing.body':
    'Hello,\n\nThis email already has an account on the An Giang Young Talent Network. If you just signed up, sign in or use "Forgot your password". If it was not you, ignore this email.\n\nAn Giang Provincial Youth Union',
  'mail.reset.subject': 'Reset your password — An Giang Young Talent',
  'mail.reset.body':
    'Hello,\n\nOpen this link to set a new password (valid for 1 hour, once):\n\n{link}\n\nIf you did not ask for it, ignore this email; your password stays the same.\n\nAn Giang Provincial Youth Union',
  'mail.changeEmail.subject': 'Confirm your new email — An Giang Young Talent',
  'mail.changeEmail.body':
    'Hello,\n\nOpen this link to use this address for your account (valid for 1 hour):\n\n{link}\n\nAn Giang Provincial Youth Union',
  'mail.emailChanged.subject': 'Your account email changed — An Giang Young Talent',
  'mail.emailChanged.body':
    'Hello,\n\nThe email of your account was changed to {email}. If you did not do this, contact the An Giang Provincial Youth Union at once.\n\nAn Giang Provincial Youth Union',
};
