import type { Translation } from './types';

/** Joining and entering: the roles, signing up, signing in and confirming the email address. */
export const vi = {
  'role.talent': 'Tài năng trẻ',
  'role.employer': 'Nhà tuyển dụng',
  'role.officer': 'Cán bộ Đoàn',
  'role.admin': 'Quản trị viên',

  'signUp.title': 'Đăng ký tài khoản',
  'signUp.lead':
    'Tài năng trẻ quản lý hồ sơ, cập nhật thành tích của mình; nhà tuyển dụng tìm kiếm và kết nối với tài năng.',
  'signUp.role': 'Bạn là',
  'signUp.roleTalent': 'Tài năng trẻ (16–35 tuổi)',
  'signUp.roleEmployer': 'Nhà tuyển dụng, doanh nghiệp',
  'signUp.consent':
    'Tôi đồng ý với {terms} và {privacy} (phiên bản {version}), theo Luật Bảo vệ dữ liệu cá nhân.',
  'signUp.consentRequired': 'Cần có sự đồng ý của bạn để tạo tài khoản.',
  'signUp.submit': 'Tạo tài khoản',
  'signUp.done':
    'Đã gửi thư xác nhận đến {email}. Mở thư và bấm vào liên kết trong vòng 24 giờ để kích hoạt tài khoản.',
  'signUp.haveAccount': 'Đã có tài khoản?',

  'signIn.title': 'Đăng nhập',
  'signIn.submit': 'Đăng nhập',
  'signIn.failed': 'Email hoặc mật khẩu không đúng.',
  'signIn.forgot': 'Quên mật khẩu?',
  'signIn.noAccount': 'Chưa có tài khoản?',
  'signIn.signUp': 'Đăng ký',

  'verify.title': 'Xác nhận email',
  'verify.lead': 'Bấm nút dưới đây để xác nhận địa chỉ email của bạn.',
  'verify.submit': 'Xác nhận địa chỉ email',
  'verify.done': 'Email của bạn đã được xác nhận.',
  'verify.resend': 'Gửi lại thư xác nhận',
  'verify.resent': 'Đã gửi lại thư xác nhận.',
  'verify.pending':
    'Email của bạn chưa được xác nhận. Vui lòng mở thư xác nhận để dùng đầy đủ các chức năng.',
} as const;

export const en: Translation<typeof vi> = {
  'role.talent': 'Young talent',
  'role.employer': 'Employer',
  'role.officer': 'Youth Union officer',
  'role.admin': 'Administrator',

  'signUp.title': 'Create an account',
  'signUp.lead':
    'Young talents manage their profile and keep their achievements up to date; employers search for and connect with talent.',
  'signUp.role': 'You are',
  'signUp.roleTalent': 'A young talent (16–35)',
  'signUp.roleEmployer': 'An employer or business',
  'signUp.consent':
    'I agree to the {terms} and the {privacy} (version {version}), under the Personal Data Protection Law.',
  'signUp.consentRequired': 'Your consent is needed to create an account.',
  'signUp.submit': 'Create account',
  'signUp.done':
    'We sent a confirmation email to {email}. Open it and follow the link within 24 hours to activate your account.',
  'signUp.haveAccount': 'Already have an account?',

  'signIn.title': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.failed': 'Wrong email or password.',
  'signIn.forgot': 'Forgot your password?',
  'signIn.noAccount': 'No account yet?',
  'signIn.signUp': 'Sign up',

  'verify.title': 'Confirm your email',
  'verify.lead': 'Press the button below to confirm your email address.',
  'verify.submit': 'Confirm email address',
  'verify.done': 'Your email address is confirmed.',
  'verify.resend': 'Send the confirmation email again',
  'verify.resent': 'Confirmation email sent again.',
  'verify.pending': 'Your email is not confirmed yet. Open the confirmation email to use every feature.',
};
