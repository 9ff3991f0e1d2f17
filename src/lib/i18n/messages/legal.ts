/** The legal pages: Terms of use, the Personal data processing notice and data requests. */
export const vi = {
  'legal.terms': 'Điều khoản sử dụng',
  'legal.privacy': 'Thông báo xử lý dữ liệu cá nhân',
  'legal.dataRequests': 'Yêu cầu về dữ liệu cá nhân',
  'legal.version': 'Phiên bản {version}',
  'legal.draftTitle': 'Bản dự thảo',
  'legal.draftBody':
    'Đây là bản dự thảo để Tỉnh Đoàn An Giang xem xét và hoàn thiện; nội dung có thể còn thay đổi trước khi ban hành chính thức.',
  'legal.seeAlso': 'Xem thêm',
  'footer.legal': 'Điều khoản và dữ liệu cá nhân',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'legal.terms': 'Terms of use',
  'legal.privacy': 'Personal data processing notice',
  'legal.dataRequests': 'Personal data requests',
  'legal.version': 'Version {version}',
  'legal.draftTitle': 'Draft',
  'legal.draftBody':
    'This is a draft for the An Giang Provincial Youth Union to review and finalise; it may change before it is formally adopted.',
  'legal.seeAlso': 'See also',
  'footer.legal': 'Terms and personal data',
};
