import type { Translation } from './types';

/** The employer's own profile: the organisation behind the account and its verification. */
export const vi = {
  'employer.title': 'Hồ sơ nhà tuyển dụng',
  'employer.lead':
    'Khi chưa được xác minh, nhà tuyển dụng chỉ xem được thông tin công khai của tài năng trẻ. Sau khi cán bộ Đoàn xác minh, Quý đơn vị xem được cả những thông tin mà tài năng trẻ chia sẻ với nhà tuyển dụng đã xác minh.',
  'employer.statusTitle': 'Trạng thái xác minh',
  'employer.statusVerified': 'Đã xác minh ngày {date}.',
  'employer.statusPending': 'Đang chờ cán bộ Đoàn xác minh.',
  'employer.statusNone':
    'Chưa gửi hồ sơ. Vui lòng điền thông tin bên dưới để cán bộ Đoàn xác minh Quý đơn vị.',
  'employer.emailPending': 'Vui lòng xác nhận địa chỉ email trước khi gửi hồ sơ nhà tuyển dụng.',
  'employer.organisationName': 'Tên tổ chức',
  'employer.registrationNumber': 'Mã số doanh nghiệp (mã số thuế)',
  'employer.registrationHint':
    'Mã số doanh nghiệp, cũng là mã số thuế, gồm 10 chữ số (chi nhánh: 10 chữ số, dấu gạch ngang và 3 chữ số, ví dụ 0301234567-001).',
  'employer.website': 'Trang web (không bắt buộc)',
  'employer.websiteHint': 'Địa chỉ đầy đủ, bắt đầu bằng https://',
  'employer.contactPerson': 'Người liên hệ',
  'employer.reverifyHint':
    'Nếu thay đổi tên tổ chức hoặc mã số, Quý đơn vị cần được cán bộ Đoàn xác minh lại.',
  'employer.save': 'Lưu hồ sơ',
  'employer.saved': 'Đã lưu hồ sơ nhà tuyển dụng.',
  'employer.savedReverify':
    'Đã lưu hồ sơ. Vì tên tổ chức hoặc mã số đã thay đổi, cán bộ Đoàn cần xác minh lại thông tin của Quý đơn vị.',
  'employer.registrationInvalid':
    'Vui lòng nhập mã số doanh nghiệp (mã số thuế): 10 chữ số, hoặc 10 chữ số-3 chữ số cho chi nhánh; hoặc số đăng ký khác gồm 6–20 ký tự (chữ số, chữ cái, “-” và “/”).',
  'employer.websiteInvalid': 'Trang web phải là một địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.',
} as const;

export const en: Translation<typeof vi> = {
  'employer.title': 'Employer profile',
  'employer.lead':
    'Until they are verified, employers see only what talents make public. Once a Youth Union officer has verified your organisation, you also see what talents share with verified employers.',
  'employer.statusTitle': 'Verification status',
  'employer.statusVerified': 'Verified on {date}.',
  'employer.statusPending': 'Awaiting verification by a Youth Union officer.',
  'employer.statusNone':
    'Not yet submitted. Fill in the form below so an officer can verify your organisation.',
  'employer.emailPending': 'Please confirm your email address before submitting your employer profile.',
  'employer.organisationName': 'Organisation name',
  'employer.registrationNumber': 'Enterprise code (tax code)',
  'employer.registrationHint':
    'The enterprise code, which is also the tax code, has 10 digits (for a branch: 10 digits, a hyphen and 3 digits, e.g. 0301234567-001).',
  'employer.website': 'Website (optional)',
  'employer.websiteHint': 'The full address, starting with https://',
  'employer.contactPerson': 'Contact person',
  'employer.reverifyHint':
    'If you change the organisation name or the registration number, an officer must verify your organisation again.',
  'employer.save': 'Save profile',
  'employer.saved': 'Employer profile saved.',
  'employer.savedReverify':
    'Profile saved. As the organisation name or registration number changed, an officer must verify your organisation again.',
  'employer.registrationInvalid':
    'Please enter the enterprise code (tax code): 10 digits, or 10 digits-3 digits for a branch; or another registration number of 6–20 digits, letters, “-” and “/”.',
  'employer.websiteInvalid': 'The website must be a full address starting with http:// or https://.',
};
