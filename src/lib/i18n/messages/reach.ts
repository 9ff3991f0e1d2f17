import type { Translation } from './types';

/** Reach: the mailing list, the branch materials and the reach target on the dashboard. */
export const vi = {
  'nav.materials': 'Tài liệu',
  'footer.list': 'Nhận tin qua email',
  'footer.listLead': 'Tin mới và giải thưởng đang mở nhận hồ sơ, gửi đến hộp thư của bạn.',
  'footer.materials': 'Tài liệu sinh hoạt Chi đoàn',

  'list.title': 'Nhận tin qua email',
  'list.lead':
    'Nhận tin tức và thông báo giải thưởng mới của Tỉnh Đoàn An Giang qua email. Mỗi khi có bài mới, bạn nhận một thư tổng hợp; có thể hủy đăng ký bất cứ lúc nào bằng liên kết trong thư.',
  'list.email': 'Địa chỉ email',
  'list.submit': 'Đăng ký nhận tin',
  'list.sent':
    'Đã ghi nhận. Nếu địa chỉ này chưa có trong danh sách, một thư xác nhận đã được gửi đến: hãy mở thư và bấm vào liên kết trong vòng 24 giờ để bắt đầu nhận tin.',
  'list.privacy':
    'Địa chỉ email chỉ được dùng để gửi tin và thông báo giải thưởng, không chia sẻ cho ai. Địa chỉ chưa xác nhận được xóa sau 24 giờ; khi hủy đăng ký, địa chỉ bị xóa hẳn khỏi danh sách.',
  'list.confirm.title': 'Xác nhận đăng ký nhận tin',
  'list.confirm.lead':
    'Bấm nút dưới đây để xác nhận bạn muốn nhận tin tức và thông báo giải thưởng qua email.',
  'list.confirm.submit': 'Xác nhận',
  'list.confirm.done':
    'Đã xác nhận. Từ nay bạn sẽ nhận thư khi có tin mới hoặc giải thưởng mới mở nhận hồ sơ.',
  'list.confirm.invalid':
    'Liên kết xác nhận không hợp lệ hoặc đã hết hạn. Hãy đăng ký lại để nhận liên kết mới.',
  'list.unsubscribe.title': 'Hủy đăng ký nhận tin',
  'list.unsubscribe.lead':
    'Bấm nút dưới đây để ngừng nhận thư. Địa chỉ email của bạn sẽ bị xóa khỏi danh sách nhận tin.',
  'list.unsubscribe.submit': 'Hủy đăng ký',
  'list.unsubscribe.done': 'Bạn đã hủy đăng ký. Địa chỉ của bạn không còn trong danh sách nhận tin.',
  'list.mail.confirm.subject': 'Xác nhận đăng ký nhận tin — Tài năng trẻ An Giang',
  'list.mail.confirm.body':
    'Xin chào,\n\nĐịa chỉ này vừa được dùng để đăng ký nhận tin tức và thông báo giải thưởng của Tỉnh Đoàn An Giang. Để xác nhận, hãy mở liên kết sau trong vòng 24 giờ:\n\n{link}\n\nNếu không phải bạn đăng ký, hãy bỏ qua thư này: địa chỉ sẽ không được thêm vào danh sách và sẽ bị xóa sau 24 giờ.',
  'list.mail.already.subject': 'Bạn đã đăng ký nhận tin — Tài năng trẻ An Giang',
  'list.mail.already.body':
    'Xin chào,\n\nĐịa chỉ này vừa được dùng để đăng ký nhận tin, nhưng bạn đã có trong danh sách nên không cần làm gì thêm.\n\nNếu muốn ngừng nhận tin, hãy mở liên kết sau:\n{link}',
  'list.mail.digest.subject': { other: '{count} tin mới — Tài năng trẻ An Giang' },
  'list.mail.digest.body':
    'Xin chào,\n\nTrang Tài năng trẻ An Giang có tin mới:\n\n{items}\n\n—\nBạn nhận thư này vì đã đăng ký nhận tin. Hủy đăng ký: {link}',

  'materials.title': 'Tài liệu sinh hoạt Chi đoàn',
  'materials.lead':
    'Tài liệu để các Chi đoàn dùng trong buổi sinh hoạt, tải về miễn phí dưới dạng PDF. Tìm theo từ khóa (gõ có dấu hay không dấu đều được) hoặc chọn chủ đề.',
  'materials.search': 'Từ khóa',
  'materials.topic': 'Chủ đề',
  'materials.allTopics': 'Tất cả chủ đề',
  'materials.submit': 'Tìm',
  'materials.download': 'Tải về (PDF)',
  'materials.published': 'Ngày ban hành: {date}',
  'materials.empty': 'Không có tài liệu nào khớp với tìm kiếm.',
  'materials.count': { other: '{count} tài liệu' },
  'materials.topic.civic': 'Giáo dục chính trị, truyền thống',
  'materials.topic.talent': 'Phát hiện, bồi dưỡng tài năng trẻ',
  'materials.topic.digital': 'Chuyển đổi số',
  'materials.topic.volunteer': 'Tình nguyện, an sinh xã hội',

  'reach.title': 'Tiếp cận thanh niên',
  'reach.lead':
    'Chỉ tiêu hằng năm: ít nhất 70% thanh niên trong tỉnh được tiếp cận thông tin. Tính bằng số người xem trang theo ngày (đếm không dùng cookie) cộng số người đã xác nhận đăng ký nhận tin, so với số thanh niên của tỉnh trong năm.',
  'reach.visitors': 'Người xem theo ngày, cộng dồn cả năm',
  'reach.busiestDay': 'Người xem trong ngày đông nhất',
  'reach.subscribers': 'Người đăng ký nhận tin đã xác nhận',
  'reach.population': 'Thanh niên của tỉnh',
  'reach.pageViews': 'Lượt xem trang',
  'reach.downloads': 'Lượt tải tài liệu sinh hoạt Chi đoàn',
  'reach.floor': 'Mức thấp nhất: {value}',
  'reach.noPopulation': 'Chưa nhập số thanh niên của năm này.',
  'reach.source': 'Nguồn: {source}',
  'reach.method':
    'Cách tính: mỗi ngày, một người xem được đếm một lần bằng mã băm có muối đổi hằng ngày; không lưu địa chỉ IP, không dùng cookie hay dịch vụ thống kê bên ngoài. Vì không thể nhận ra cùng một người qua các ngày, tổng theo ngày là mức trên (một người xem nhiều ngày được đếm nhiều lần) và ngày đông nhất là mức dưới. Chỉ tiêu được đánh giá theo mức trên.',
  'reach.population.title': 'Số thanh niên theo năm',
  'reach.population.lead':
    'Nhập từ số liệu thống kê chính thức. Chỉ quản trị viên được nhập; số mới thay số cũ của cùng năm.',
  'reach.population.year': 'Năm',
  'reach.population.count': 'Số thanh niên (16–35 tuổi)',
  'reach.population.sourceLabel': 'Nguồn số liệu',
  'reach.population.submit': 'Lưu',
  'reach.population.saved': 'Đã lưu số thanh niên.',
  'reach.population.yearRange': 'Năm phải từ 2022 đến năm sau.',
  'reach.population.range': 'Số thanh niên phải là số nguyên dương, tối đa 20.000.000.',
  'reach.population.source': 'Hãy ghi nguồn số liệu (3–300 ký tự).',
} as const;

export const en: Translation<typeof vi> = {
  'nav.materials': 'Materials',
  'footer.list': 'Email updates',
  'footer.listLead': 'New articles and award calls open for entries, sent to your inbox.',
  'footer.materials': 'Branch meeting materials',

  'list.title': 'Email updates',
  'list.lead':
    "Get the An Giang Provincial Youth Union's news and new award calls by email. Whenever something is published you receive one summary; you can unsubscribe at any time with the link in every message.",
  'list.email': 'Email address',
  'list.submit': 'Subscribe',
  'list.sent':
    'Thank you. If this address is not on the list yet, a confirmation message is on its way: open it and follow the link within 24 hours to start receiving updates.',
  'list.privacy':
    'Your address is used only to send news and award calls and is shared with no one. Unconfirmed addresses are deleted after 24 hours; unsubscribing deletes your address from the list.',
  'list.confirm.title': 'Confirm your subscription',
  'list.confirm.lead': 'Press the button below to confirm that you want news and award calls by email.',
  'list.confirm.submit': 'Confirm',
  'list.confirm.done':
    'Confirmed. You will receive a message whenever news or a new award call is published.',
  'list.confirm.invalid':
    'This confirmation link is not valid or has expired. Subscribe again to get a new one.',
  'list.unsubscribe.title': 'Unsubscribe',
  'list.unsubscribe.lead':
    'Press the button below to stop receiving messages. Your email address will be deleted from the list.',
  'list.unsubscribe.submit': 'Unsubscribe',
  'list.unsubscribe.done': 'You have unsubscribed. Your address is no longer on the list.',
  'list.mail.confirm.subject': 'Confirm your subscription — An Giang Young Talent',
  'list.mail.confirm.body':
    "Hello,\n\nThis address was just used to subscribe to the An Giang Provincial Youth Union's news and award calls. To confirm, open this link within 24 hours:\n\n{link}\n\nIf it was not you, ignore this message: the address will not be added and will be deleted after 24 hours.",
  'list.mail.already.subject': 'You are already subscribed — An Giang Young Talent',
  'list.mail.already.body':
    'Hello,\n\nThis address was just used to subscribe, but it is already on the list, so there is nothing to do.\n\nTo stop receiving updates, open this link:\n{link}',
  'list.mail.digest.subject': {
    one: '1 new item — An Giang Young Talent',
    other: '{count} new items — An Giang Young Talent',
  },
  'list.mail.digest.body':
    'Hello,\n\nNew on the An Giang Young Talent site:\n\n{items}\n\n—\nYou receive this because you subscribed. Unsubscribe: {link}',

  'materials.title': 'Branch meeting materials',
  'materials.lead':
    'Materials for branch meetings, free to download as PDF. Search by keyword (with or without Vietnamese tone marks) or choose a topic.',
  'materials.search': 'Keyword',
  'materials.topic': 'Topic',
  'materials.allTopics': 'All topics',
  'materials.submit': 'Search',
  'materials.download': 'Download (PDF)',
  'materials.published': 'Issued: {date}',
  'materials.empty': 'No material matches this search.',
  'materials.count': { one: '1 document', other: '{count} documents' },
  'materials.topic.civic': 'Civic and tradition education',
  'materials.topic.talent': 'Discovering and nurturing young talent',
  'materials.topic.digital': 'Digital transformation',
  'materials.topic.volunteer': 'Volunteering and community support',

  'reach.title': 'Reach among young people',
  'reach.lead':
    "The yearly target: at least 70% of the province's young people informed. Measured as unique visitors per day (counted without cookies) plus confirmed subscribers of the mailing list, against the province's youth population that year.",
  'reach.visitors': 'Daily unique visitors, summed over the year',
  'reach.busiestDay': 'Unique visitors on the busiest day',
  'reach.subscribers': 'Confirmed subscribers',
  'reach.population': "The province's young people",
  'reach.pageViews': 'Page views',
  'reach.downloads': 'Downloads of branch meeting materials',
  'reach.floor': 'At least: {value}',
  'reach.noPopulation': 'No youth population entered for this year yet.',
  'reach.source': 'Source: {source}',
  'reach.method':
    'Method: each day a visitor is counted once by a hash with a salt that changes daily; no IP address is stored, and no cookie or third-party analytics is used. As nobody can tell the same person across days, the sum over days is an upper bound (a person visiting on several days counts once per day) and the busiest day a lower bound. The target is judged by the upper bound.',
  'reach.population.title': 'Youth population per year',
  'reach.population.lead':
    'Entered from official statistics. Admins only; a new figure replaces the earlier one of the same year.',
  'reach.population.year': 'Year',
  'reach.population.count': 'Young people (aged 16–35)',
  'reach.population.sourceLabel': 'Source of the figure',
  'reach.population.submit': 'Save',
  'reach.population.saved': 'Youth population saved.',
  'reach.population.yearRange': 'The year must be between 2022 and next year.',
  'reach.population.range': 'The population must be a positive whole number, at most 20,000,000.',
  'reach.population.source': 'Name the source of the figure (3–300 characters).',
};
