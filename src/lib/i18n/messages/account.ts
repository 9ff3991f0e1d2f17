/** Accounts: signing up and in, recovery, security, and the mail these flows send. */
export const vi = {
  'nav.signIn': 'Đăng nhập',
  'nav.account': 'Tài khoản',

  'role.talent': 'Tài năng trẻ',
  'role.employer': 'Nhà tuyển dụng',
  'role.officer': 'Cán bộ Đoàn',
  'role.admin': 'Quản trị viên',

  'form.email': 'Email',
  'form.password': 'Mật khẩu',
  'form.displayName': 'Họ và tên',
  'form.required': 'Vui lòng điền mục này.',
  'form.invalidEmail': 'Địa chỉ email không hợp lệ.',
  'form.tooLong': 'Nội dung quá dài.',
  'form.fixErrors': 'Vui lòng sửa các mục được đánh dấu bên dưới.',
  'form.rateLimited': 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
  'form.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'form.saved': 'Đã lưu thay đổi.',

  'password.hint': 'Ít nhất 8 ký tự. Một cụm từ dài dễ nhớ an toàn hơn một mật khẩu ngắn phức tạp.',
  'password.too-short': 'Mật khẩu cần ít nhất 8 ký tự.',
  'password.too-long': 'Mật khẩu dài tối đa 128 ký tự.',
  'password.blank': 'Mật khẩu không thể chỉ gồm khoảng trắng.',
  'password.common': 'Mật khẩu này quá phổ biến và dễ bị đoán. Hãy chọn mật khẩu khác.',
  'password.wrong': 'Mật khẩu hiện tại không đúng.',
  'token.invalid': 'Liên kết không hợp lệ, đã được dùng hoặc đã hết hạn. Vui lòng yêu cầu liên kết mới.',

  'signUp.title': 'Đăng ký tài khoản',
  'signUp.lead':
    'Tài năng trẻ giữ hồ sơ và thành tích của mình; nhà tuyển dụng tìm kiếm và kết nối với tài năng.',
  'signUp.role': 'Bạn là',
  'signUp.roleTalent': 'Tài năng trẻ (16–35 tuổi)',
  'signUp.roleEmployer': 'Nhà tuyển dụng, doanh nghiệp',
  'signUp.consent':
    'Tôi đồng ý với {terms} và {privacy} (phiên bản {version}), theo Luật Bảo vệ dữ liệu cá nhân.',
  'signUp.consentRequired': 'Cần có sự đồng ý của bạn để tạo tài khoản.',
  'signUp.submit': 'Tạo tài khoản',
  'signUp.done':
    'Đã gửi thư xác minh đến {email}. Mở thư và bấm vào liên kết trong vòng 24 giờ để kích hoạt tài khoản.',
  'signUp.haveAccount': 'Đã có tài khoản?',

  'signIn.title': 'Đăng nhập',
  'signIn.submit': 'Đăng nhập',
  'signIn.failed': 'Email hoặc mật khẩu không đúng.',
  'signIn.forgot': 'Quên mật khẩu?',
  'signIn.noAccount': 'Chưa có tài khoản?',
  'signIn.signUp': 'Đăng ký',

  'verify.title': 'Xác minh email',
  'verify.lead': 'Bấm nút dưới đây để xác nhận địa chỉ email của bạn.',
  'verify.submit': 'Xác minh địa chỉ email',
  'verify.done': 'Email của bạn đã được xác minh.',
  'verify.resend': 'Gửi lại thư xác minh',
  'verify.resent': 'Đã gửi lại thư xác minh.',
  'verify.pending': 'Email của bạn chưa được xác minh. Hãy mở thư xác minh để dùng đầy đủ các chức năng.',

  'forgot.title': 'Quên mật khẩu',
  'forgot.lead':
    'Nhập email của tài khoản; chúng tôi sẽ gửi liên kết đặt lại mật khẩu, có hiệu lực trong 1 giờ.',
  'forgot.submit': 'Gửi liên kết đặt lại',
  'forgot.done': 'Nếu {email} có tài khoản, thư hướng dẫn đặt lại mật khẩu đã được gửi.',

  'reset.title': 'Đặt lại mật khẩu',
  'reset.newPassword': 'Mật khẩu mới',
  'reset.submit': 'Đặt mật khẩu mới',
  'reset.done': 'Đã đặt mật khẩu mới. Mọi phiên đăng nhập cũ đã kết thúc; hãy đăng nhập lại.',

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
  'account.workspace': 'Không gian cán bộ',

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

  'outbox.title': 'Hộp thư thử nghiệm',
  'outbox.lead':
    'Chưa cấu hình máy chủ SMTP, nên thư của trang được lưu tại đây thay vì gửi đi. Trang này sẽ biến mất khi cấu hình SMTP_URL — hãy cấu hình trước khi đưa trang lên mạng.',
  'outbox.empty': 'Chưa có thư nào.',
  'outbox.to': 'Đến: {to}',

  'mail.verify.subject': 'Xác minh email — Tài năng trẻ An Giang',
  'mail.verify.body':
    'Chào bạn,\n\nHãy mở liên kết sau để xác minh email của tài khoản trên Mạng lưới Tài năng trẻ An Giang (hiệu lực 24 giờ):\n\n{link}\n\nNếu bạn không đăng ký, hãy bỏ qua thư này.\n\nTỉnh Đoàn An Giang',
  'mail.existing.subject': 'Có người vừa đăng ký bằng email của bạn — Tài năng trẻ An Giang',
  'mail.existing.body':
    'Chào bạn,\n\nEmail này đã có tài khoản trên Mạng lưới Tài năng trẻ An Giang. Nếu vừa đăng ký, bạn có thể đăng nhập hoặc dùng chức năng “Quên mật khẩu”. Nếu không phải bạn, hãy bỏ qua thư này.\n\nTỉnh Đoàn An Giang',
  'mail.reset.subject': 'Đặt lại mật khẩu — Tài năng trẻ An Giang',
  'mail.reset.body':
    'Chào bạn,\n\nHãy mở liên kết sau để đặt mật khẩu mới (hiệu lực 1 giờ, dùng một lần):\n\n{link}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không thay đổi.\n\nTỉnh Đoàn An Giang',
  'mail.changeEmail.subject': 'Xác nhận email mới — Tài năng trẻ An Giang',
  'mail.changeEmail.body':
    'Chào bạn,\n\nHãy mở liên kết sau để dùng địa chỉ này cho tài khoản của bạn (hiệu lực 1 giờ):\n\n{link}\n\nTỉnh Đoàn An Giang',
  'mail.emailChanged.subject': 'Email tài khoản đã thay đổi — Tài năng trẻ An Giang',
  'mail.emailChanged.body':
    'Chào bạn,\n\nEmail của tài khoản đã được đổi thành {email}. Nếu không phải bạn thực hiện, hãy liên hệ Tỉnh Đoàn An Giang ngay.\n\nTỉnh Đoàn An Giang',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'nav.signIn': 'Sign in',
  'nav.account': 'Account',

  'role.talent': 'Young talent',
  'role.employer': 'Employer',
  'role.officer': 'Youth Union officer',
  'role.admin': 'Administrator',

  'form.email': 'Email',
  'form.password': 'Password',
  'form.displayName': 'Full name',
  'form.required': 'Please fill this in.',
  'form.invalidEmail': 'That email address is not valid.',
  'form.tooLong': 'That is too long.',
  'form.fixErrors': 'Please correct the fields marked below.',
  'form.rateLimited': 'Too many attempts. Please try again in {minutes} minutes.',
  'form.forbidden': 'You are not allowed to do that.',
  'form.saved': 'Changes saved.',

  'password.hint':
    'At least 8 characters. A long passphrase you remember beats a short complicated password.',
  'password.too-short': 'The password needs at least 8 characters.',
  'password.too-long': 'The password can be at most 128 characters.',
  'password.blank': 'The password cannot be only spaces.',
  'password.common': 'This password is too common and easy to guess. Please choose another.',
  'password.wrong': 'The current password is not right.',
  'token.invalid': 'This link is not valid, was already used or has expired. Please ask for a new one.',

  'signUp.title': 'Create an account',
  'signUp.lead':
    'Young talents keep their profile and achievements; employers search for and connect with talent.',
  'signUp.role': 'You are',
  'signUp.roleTalent': 'A young talent (16–35)',
  'signUp.roleEmployer': 'An employer or business',
  'signUp.consent':
    'I agree to the {terms} and the {privacy} (version {version}), under the Personal Data Protection Law.',
  'signUp.consentRequired': 'Your consent is needed to create an account.',
  'signUp.submit': 'Create account',
  'signUp.done':
    'We sent a verification email to {email}. Open it and follow the link within 24 hours to activate your account.',
  'signUp.haveAccount': 'Already have an account?',

  'signIn.title': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.failed': 'Wrong email or password.',
  'signIn.forgot': 'Forgot your password?',
  'signIn.noAccount': 'No account yet?',
  'signIn.signUp': 'Sign up',

  'verify.title': 'Verify your email',
  'verify.lead': 'Press the button below to confirm your email address.',
  'verify.submit': 'Verify email address',
  'verify.done': 'Your email address is verified.',
  'verify.resend': 'Send the verification email again',
  'verify.resent': 'Verification email sent again.',
  'verify.pending': 'Your email is not verified yet. Open the verification email to use everything.',

  'forgot.title': 'Forgot your password',
  'forgot.lead': "Enter your account's email; we will send a link to reset the password, valid for 1 hour.",
  'forgot.submit': 'Send reset link',
  'forgot.done': 'If {email} has an account, an email with reset instructions is on its way.',

  'reset.title': 'Reset your password',
  'reset.newPassword': 'New password',
  'reset.submit': 'Set new password',
  'reset.done': 'Your new password is set. All earlier sessions have ended; please sign in again.',

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

  'outbox.title': 'Test mailbox',
  'outbox.lead':
    'No SMTP server is configured, so the site keeps its mail here instead of sending it. This page disappears once SMTP_URL is set — set it before going public.',
  'outbox.empty': 'No mail yet.',
  'outbox.to': 'To: {to}',

  'mail.verify.subject': 'Verify your email — An Giang Young Talent',
  'mail.verify.body':
    'Hello,\n\nOpen this link to verify the email of your account on the An Giang Young Talent Network (valid for 24 hours):\n\n{link}\n\nIf you did not sign up, ignore this email.\n\nAn Giang Provincial Youth Union',
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
