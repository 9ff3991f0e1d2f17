import type { Translation } from './types';

/** The officers' workspace: claims, profiles, achievements and employers to verify, appointments, disabling accounts. */
export const vi = {
  'workspace.title': 'Khu vực cán bộ Đoàn',
  'workspace.leadOfficer': 'Các việc đang chờ cán bộ Đoàn của {unit} xử lý.',
  'workspace.leadAdmin': 'Các việc đang chờ xử lý trên toàn tỉnh.',
  'workspace.sections': 'Các mục trên trang',
  'workspace.forbiddenLead': 'Trang này dành cho cán bộ Đoàn và quản trị viên đã xác nhận địa chỉ email.',
  'workspace.backToAccount': 'Về trang tài khoản',
  'workspace.verify': 'Xác minh',
  'workspace.firstOnly':
    'Đang hiển thị {count} mục đầu tiên; các mục còn lại sẽ hiện khi danh sách được xử lý bớt.',
  'workspace.submittedOn': 'Gửi ngày {date}',

  'workspace.claimsTitle': 'Yêu cầu nhận quản lý hồ sơ',
  'workspace.claimsLead':
    'Người gửi đề nghị được tự quản lý hồ sơ mà Tỉnh Đoàn đã ghi nhận. Hãy chắc chắn đúng là người trong hồ sơ trước khi đồng ý.',
  'workspace.claimsEmpty': 'Không có yêu cầu nhận quản lý hồ sơ nào đang chờ.',
  'workspace.claimant': 'Người gửi',
  'workspace.claimMessage': 'Lời nhắn',
  'workspace.claimNoMessage': 'Không có lời nhắn.',
  'workspace.approve': 'Đồng ý',
  'workspace.reject': 'Từ chối',
  'workspace.claimApproved':
    'Đã đồng ý. Hồ sơ được giao cho người gửi; các yêu cầu khác đối với hồ sơ này đã được từ chối.',
  'workspace.claimRejected': 'Đã từ chối yêu cầu nhận quản lý hồ sơ.',
  'workspace.claimRefused':
    'Không thể xử lý yêu cầu này: yêu cầu đã được giải quyết, hồ sơ đã có người quản lý, hoặc người gửi đã có hồ sơ khác.',

  'workspace.draftsTitle': 'Hồ sơ chờ xác minh',
  'workspace.draftsLead': 'Hồ sơ chỉ xuất hiện trong danh bạ tài năng sau khi được cán bộ Đoàn xác minh.',
  'workspace.draftsEmpty': 'Không có hồ sơ nào chờ xác minh.',
  'workspace.bornIn': 'Sinh năm {year}',
  'workspace.discoveredIn': 'Ghi nhận năm {year}',
  'workspace.createdOn': 'Tạo ngày {date}',
  'workspace.draftOwned': 'Do chính bạn trẻ tạo',
  'workspace.draftRecorded': 'Do Đoàn ghi nhận',
  'workspace.draftNotEligible': 'Không trong độ tuổi 16–35 vào năm ghi nhận nên chưa thể xác minh.',
  'workspace.draftVerified': 'Đã xác minh hồ sơ. Hồ sơ đã có trong danh bạ tài năng.',
  'workspace.draftRefused': 'Hồ sơ này không còn ở trạng thái chờ xác minh.',
  'workspace.draftIneligible': 'Chưa thể xác minh: bạn trẻ không trong độ tuổi 16–35 vào năm được ghi nhận.',

  'workspace.achievementsTitle': 'Thành tích chờ xác minh',
  'workspace.achievementsLead':
    'Đối chiếu với minh chứng trước khi xác minh. Thành tích đã xác minh được dùng để xếp hạng hồ sơ trong danh bạ.',
  'workspace.achievementsEmpty': 'Không có thành tích nào chờ xác minh.',
  'workspace.evidence': 'Xem minh chứng',
  'workspace.noEvidence': 'Chưa có minh chứng.',
  'workspace.achievementVerified': 'Đã xác minh thành tích.',
  'workspace.achievementRefused': 'Thành tích này đã được xác minh trước đó.',

  'workspace.employersTitle': 'Nhà tuyển dụng chờ xác minh',
  'workspace.employersLead':
    'Nhà tuyển dụng đã xác minh được xem những thông tin bạn trẻ chia sẻ với nhà tuyển dụng, có thể gồm email liên hệ. Hãy kiểm tra mã số doanh nghiệp (mã số thuế) trước khi xác minh.',
  'workspace.employersEmpty': 'Không có nhà tuyển dụng nào chờ xác minh.',
  'workspace.registrationNumber': 'Mã số doanh nghiệp (mã số thuế)',
  'workspace.website': 'Trang web',
  'workspace.contactPerson': 'Người liên hệ',
  'workspace.accountEmail': 'Email tài khoản',
  'workspace.registeredOn': 'Đăng ký ngày {date}',
  'workspace.employerEmailPending': 'Nhà tuyển dụng chưa xác nhận email nên chưa thể xác minh.',
  'workspace.employerVerified': 'Đã xác minh nhà tuyển dụng.',
  'workspace.employerRefused':
    'Không thể xác minh nhà tuyển dụng này: tài khoản đã được xác minh, bị khóa, hoặc chưa xác nhận email.',

  'workspace.appointTitle': 'Cấp quyền cán bộ Đoàn',
  'workspace.appointLead':
    'Người được cấp quyền cần có tài khoản đã xác nhận email và chưa có hồ sơ tài năng. Họ sẽ được đăng xuất khỏi mọi thiết bị và đăng nhập lại với quyền cán bộ Đoàn.',
  'workspace.appointEmail': 'Email tài khoản của người được cấp quyền',
  'workspace.appointUnit': 'Đơn vị phụ trách',
  'workspace.appointSubmit': 'Cấp quyền',
  'workspace.appointed': 'Đã cấp quyền cán bộ Đoàn cho {email}.',
  'workspace.appointRefused':
    'Không thể cấp quyền cho tài khoản này. Cần một tài khoản đang hoạt động, đã xác nhận email, không phải quản trị viên hay nhà tuyển dụng, và chưa có hồ sơ tài năng.',
  'workspace.appointUnitInactive': 'Hãy chọn một đơn vị đang hoạt động.',

  'workspace.disableTitle': 'Khóa tài khoản',
  'workspace.disableLead':
    'Tài khoản bị khóa không đăng nhập được nữa, và mọi phiên đăng nhập đang mở của tài khoản kết thúc ngay trên mọi thiết bị. Không thể khóa tài khoản của chính bạn hay của một quản trị viên khác.',
  'workspace.disableEmail': 'Email của tài khoản cần khóa',
  'workspace.disableConfirm': 'Tôi xác nhận khóa tài khoản này và đăng xuất tài khoản khỏi mọi thiết bị.',
  'workspace.disableConfirmRequired': 'Hãy đánh dấu xác nhận để khóa tài khoản.',
  'workspace.disableSubmit': 'Khóa tài khoản',
  'workspace.disabled': 'Đã khóa tài khoản {email}. Mọi phiên đăng nhập của tài khoản đã kết thúc.',
  'workspace.disableUnknown': 'Không có tài khoản nào dùng email này.',
  'workspace.disableSelf': 'Bạn không thể tự khóa tài khoản của chính mình.',
  'workspace.disableAdmin': 'Không thể khóa tài khoản của một quản trị viên khác.',
} as const;

export const en: Translation<typeof vi> = {
  'workspace.title': "Officers' workspace",
  'workspace.leadOfficer': 'Tasks waiting for the Youth Union officers of {unit}.',
  'workspace.leadAdmin': 'Tasks waiting across the province.',
  'workspace.sections': 'On this page',
  'workspace.forbiddenLead':
    'This page is for Youth Union officers and administrators who have confirmed their email address.',
  'workspace.backToAccount': 'Back to your account',
  'workspace.verify': 'Verify',
  'workspace.firstOnly': 'Showing the first {count}; the rest appear as the list gets shorter.',
  'workspace.submittedOn': 'Sent on {date}',

  'workspace.claimsTitle': 'Profile claims',
  'workspace.claimsLead':
    'These people ask to manage a profile the Youth Union recorded. Make sure they really are the person in the profile before approving.',
  'workspace.claimsEmpty': 'No claims are waiting.',
  'workspace.claimant': 'Claimant',
  'workspace.claimMessage': 'Message',
  'workspace.claimNoMessage': 'No message.',
  'workspace.approve': 'Approve',
  'workspace.reject': 'Reject',
  'workspace.claimApproved':
    'Approved. The profile now belongs to the claimant; other claims on it were rejected.',
  'workspace.claimRejected': 'Claim rejected.',
  'workspace.claimRefused':
    'This claim cannot be decided: it was already decided, the profile already has an owner, or the claimant now has another profile.',

  'workspace.draftsTitle': 'Profiles awaiting verification',
  'workspace.draftsLead': 'A profile appears in the talent directory only once an officer has verified it.',
  'workspace.draftsEmpty': 'No profiles are waiting for verification.',
  'workspace.bornIn': 'Born {year}',
  'workspace.discoveredIn': 'Recorded {year}',
  'workspace.createdOn': 'Created on {date}',
  'workspace.draftOwned': 'Created by the talent',
  'workspace.draftRecorded': 'Recorded by the Youth Union',
  'workspace.draftNotEligible': 'Not aged 16–35 in the year recorded, so it cannot be verified.',
  'workspace.draftVerified': 'Profile verified. It is now in the talent directory.',
  'workspace.draftRefused': 'This profile is no longer awaiting verification.',
  'workspace.draftIneligible': 'Cannot verify: the talent was not aged 16–35 in the year they were recorded.',

  'workspace.achievementsTitle': 'Achievements awaiting verification',
  'workspace.achievementsLead':
    'Check the evidence before verifying. Verified achievements decide how a profile ranks in the directory.',
  'workspace.achievementsEmpty': 'No achievements are waiting for verification.',
  'workspace.evidence': 'View evidence',
  'workspace.noEvidence': 'No evidence provided.',
  'workspace.achievementVerified': 'Achievement verified.',
  'workspace.achievementRefused': 'This achievement was already verified.',

  'workspace.employersTitle': 'Employers awaiting verification',
  'workspace.employersLead':
    'Verified employers see what talents share with employers, which may include a contact email. Check the enterprise code (tax code) before verifying.',
  'workspace.employersEmpty': 'No employers are waiting for verification.',
  'workspace.registrationNumber': 'Enterprise code (tax code)',
  'workspace.website': 'Website',
  'workspace.contactPerson': 'Contact person',
  'workspace.accountEmail': 'Account email',
  'workspace.registeredOn': 'Registered on {date}',
  'workspace.employerEmailPending':
    'The employer has not confirmed their email yet, so they cannot be verified.',
  'workspace.employerVerified': 'Employer verified.',
  'workspace.employerRefused':
    'This employer cannot be verified: the account is already verified, disabled, or has not confirmed its email.',

  'workspace.appointTitle': 'Grant officer access',
  'workspace.appointLead':
    'The person needs an account with a confirmed email and no talent profile. They will be signed out everywhere and sign in again as an officer.',
  'workspace.appointEmail': "Email of the person's account",
  'workspace.appointUnit': 'Unit they serve',
  'workspace.appointSubmit': 'Grant access',
  'workspace.appointed': '{email} now has Youth Union officer access.',
  'workspace.appointRefused':
    'This account cannot be given officer access. It must be active, have a confirmed email, not be an administrator or employer, and own no talent profile.',
  'workspace.appointUnitInactive': 'Choose an active unit.',

  'workspace.disableTitle': 'Disable an account',
  'workspace.disableLead':
    "A disabled account can no longer sign in, and every session it has open ends at once, on every device. You cannot disable your own account or another administrator's.",
  'workspace.disableEmail': 'Email of the account to disable',
  'workspace.disableConfirm': 'I confirm: disable this account and sign it out on every device.',
  'workspace.disableConfirmRequired': 'Tick the confirmation to disable the account.',
  'workspace.disableSubmit': 'Disable the account',
  'workspace.disabled': 'The account {email} is disabled. All its sessions have ended.',
  'workspace.disableUnknown': 'No account uses this email.',
  'workspace.disableSelf': 'You cannot disable your own account.',
  'workspace.disableAdmin': "Another administrator's account cannot be disabled.",
};
