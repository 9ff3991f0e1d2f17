import type { Translation } from './types';

/** Messages every form shares: field labels and errors. */
export const vi = {
  'form.email': 'Email',
  'form.password': 'Mật khẩu',
  'form.displayName': 'Họ và tên',
  'form.required': 'Vui lòng điền mục này.',
  'form.invalid': 'Giá trị không hợp lệ.',
  'form.invalidEmail': 'Địa chỉ email không hợp lệ.',
  'form.tooLong': 'Nội dung quá dài.',
  'form.fixErrors': 'Vui lòng sửa các mục được đánh dấu bên dưới.',
  'form.rateLimited': { other: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {count} phút.' },
  'form.forbidden': 'Bạn không có quyền thực hiện thao tác này.',
  'form.saved': 'Đã lưu thay đổi.',
} as const;

export const en: Translation<typeof vi> = {
  'form.email': 'Email',
  'form.password': 'Password',
  'form.displayName': 'Full name',
  'form.required': 'Please fill this in.',
  'form.invalid': 'That value is not valid.',
  'form.invalidEmail': 'That email address is not valid.',
  'form.tooLong': 'That is too long.',
  'form.fixErrors': 'Please correct the fields marked below.',
  'form.rateLimited': {
    one: 'Too many attempts. Please try again in {count} minute.',
    other: 'Too many attempts. Please try again in {count} minutes.',
  },
  'form.forbidden': 'You are not allowed to do that.',
  'form.saved': 'Changes saved.',
};
