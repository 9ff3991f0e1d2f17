import type { Translation } from './types';

/** The account page and its security: password rules, changing the password or the email. */
export const vi = {
  'password.hint':
    'Tối thiểu 8 ký tự. Nên dùng một cụm từ dài, dễ nhớ – an toàn hơn mật khẩu ngắn nhưng phức tạp.',
  'password.too-short': 'Mật khẩu cần ít nhất 8 ký tự.',
  'password.too-long': 'Mật khẩu dài tối đa 128 ký tự.',
  'password.blank': 'Mật khẩu không thể chỉ gồm khoảng trắng.',
  'password.common': 'Mật khẩu này quá phổ biến và dễ bị đoán. Vui lòng chọn mật khẩu khác.',
  'password.wrong': 'Mật khẩu hiện tại không đúng.',

  'account.title': 'Tài khoản của tôi',
  'account.hello': 'Xin chào, {name}',
  'account.role': 'Vai trò: {role}',
  'account.signOut': 'Đăng xuất',
  'account.signOutEverywhere': 'Đăng xuất khỏi mọi thiết bị',
  'account.signedOutEverywhere': 'Đã đăng xuất khỏi mọi thiết bị khác.',
  'account.security': 'Mật khẩu và email',
  'account.profile': 'Hồ sơ tài năng',
  'account.employer': 'Hồ sơ nhà tuyển dụng',
  'account.data': 'Dữ liệu của tôi',
  'account.workspace': 'Khu vực cán bộ Đoàn',

  'security.title': 'Mật khẩu và email',
  'security.changePassword': 'Đổi mật khẩu',
  'security.current': 'Mật khẩu hiện tại',
  'security.next': 'Mật khẩu mới',
  'security.passwordChanged': 'Đã đổi mật khẩu. Các phiên đăng nhập trên thiết bị khác đã kết thúc.',
  'security.changeEmail': 'Đổi email',
  'security.newEmail': 'Email mới',
  'security.emailRequested':
    'Đã gửi liên kết xác nhận đến {email}. Email chỉ thay đổi khi bạn bấm vào liên kết đó.',
  'security.confirmEmailTitle': 'Xác nhận email mới',
  'security.confirmEmailSubmit': 'Xác nhận email mới',
  'security.emailChanged': 'Email của tài khoản đã được thay đổi.',
} as const;

export const en: Translation<typeof vi> = {
  'password.hint':
    'At least 8 characters. A long passphrase you remember beats a short complicated password.',
  'password.too-short': 'The password needs at least 8 characters.',
  'password.too-long': 'The password can be at most 128 characters.',
  'password.blank': 'The password cannot be only spaces.',
  'password.common': 'This password is too common and easy to guess. Please choose another.',
  'password.wrong': 'The current password is incorrect.',

  'account.title': 'My account',
  'account.hello': 'Hello, {name}',
  'account.role': 'Role: {role}',
  'account.signOut': 'Sign out',
  'account.signOutEverywhere': 'Sign out on every device',
  'account.signedOutEverywhere': 'Signed out on every other device.',
  'account.security': 'Password and email',
  'account.profile': 'Talent profile',
  'account.employer': 'Employer profile',
  'account.data': 'My data',
  'account.workspace': "Officers' workspace",

  'security.title': 'Password and email',
  'security.changePassword': 'Change password',
  'security.current': 'Current password',
  'security.next': 'New password',
  'security.passwordChanged': 'Password changed. Sessions on other devices have ended.',
  'security.changeEmail': 'Change email',
  'security.newEmail': 'New email',
  'security.emailRequested':
    'We sent a confirmation link to {email}. Your email changes only when you follow it.',
  'security.confirmEmailTitle': 'Confirm your new email',
  'security.confirmEmailSubmit': 'Confirm new email',
  'security.emailChanged': 'The email of your account has changed.',
};
