import { DEMO_HONOUR_YEARS, EXACT_NAME_EXAMPLE, exampleSlug } from '../../../scripts/seed/examples';

/** One kind of page, by its Vietnamese and English paths and the status it answers with. */
export interface PageKind {
  name: string;
  vi: string;
  en: string;
  status?: number;
}

const profile = exampleSlug(EXACT_NAME_EXAMPLE);
const honourYear = DEMO_HONOUR_YEARS.at(-1)!;

/**
 * One page of every kind a visitor without an account can reach. The tests that look at pages as a
 * phone and as a screen reader do (fit, axe, JavaScript weight) walk this list, so a new kind of
 * public page is added here once.
 */
export const PUBLIC_PAGES: readonly PageKind[] = [
  { name: 'home', vi: '/', en: '/en' },
  { name: 'directory', vi: '/tim-kiem', en: '/en/search' },
  { name: 'directory with a query', vi: '/tim-kiem?q=nguyen', en: '/en/search?q=nguyen' },
  { name: 'profile', vi: `/tai-nang/${profile}`, en: `/en/talents/${profile}` },
  { name: 'honours', vi: '/vinh-danh', en: '/en/honours' },
  { name: 'honours of a year', vi: `/vinh-danh/${honourYear}`, en: `/en/honours/${honourYear}` },
  { name: 'news', vi: '/tin-tuc', en: '/en/news' },
  {
    name: 'news article',
    vi: '/tin-tuc/ra-mat-mang-luoi-tai-nang-tre-an-giang',
    en: '/en/news/an-giang-young-talent-network-launches',
  },
  { name: 'award calls', vi: '/giai-thuong', en: '/en/awards' },
  {
    name: 'award call',
    vi: '/giai-thuong/guong-mat-tre-tieu-bieu-tinh-an-giang-2027',
    en: '/en/awards/outstanding-young-faces-of-an-giang-2027',
  },
  { name: 'terms', vi: '/dieu-khoan', en: '/en/terms' },
  { name: 'privacy', vi: '/chinh-sach-bao-mat', en: '/en/privacy' },
  { name: 'data requests', vi: '/yeu-cau-du-lieu', en: '/en/data-requests' },
  { name: 'sign-in', vi: '/dang-nhap', en: '/en/sign-in' },
  { name: 'sign-up', vi: '/dang-ky', en: '/en/sign-up' },
  { name: 'forgot password', vi: '/quen-mat-khau', en: '/en/forgot-password' },
  // A mailed link opened without its token: the page that says the link does not work.
  { name: 'reset password without a link', vi: '/dat-lai-mat-khau', en: '/en/reset-password', status: 400 },
  { name: 'outbox', vi: '/hop-thu', en: '/en/outbox' },
  { name: 'not found', vi: '/khong-co-trang-nay', en: '/en/no-such-page', status: 404 },
];
