import type { Translation } from './types';

/** Recovering an account: a forgotten password reset by a one-time link. */
export const vi = {
  'token.invalid': 'Liên kết không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng yêu cầu liên kết mới.',

  'forgot.title': 'Quên mật khẩu',
  'forgot.lead':
    'Nhập email của tài khoản; chúng tôi sẽ gửi liên kết đặt lại mật khẩu, có hiệu lực trong 1 giờ.',
  'forgot.submit': 'Gửi liên kết đặt lại',
  'forgot.done': 'Nếu {email} có tài khoản, thư hướng dẫn đặt lại mật khẩu đã được gửi.',

  'reset.title': 'Đặt lại mật khẩu',
  'reset.newPassword': 'Mật khẩu mới',
  'reset.submit': 'Đặt mật khẩu mới',
  'reset.done': 'Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ đã kết thúc; vui lòng đăng nhập lại.',
} as const;

export const en: Translation<typeof vi> = {
  'token.invalid': 'This link is not valid, was already used or has expired. Please ask for a new one.',

  'forgot.title': 'Forgot your password',
  'forgot.lead': "Enter your account's email; we will send a link to reset the password, valid for 1 hour.",
  'forgot.submit': 'Send reset link',
  'forgot.done': 'If {email} has an account, an email with reset instructions is on its way.',

  'reset.title': 'Reset your password',
  'reset.newPassword': 'New password',
  'reset.submit': 'Set new password',
  'reset.done': 'Your new password is set. All earlier sessions have ended; please sign in again.',
};
