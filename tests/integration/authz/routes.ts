import { DEMO_HONOUR_YEARS, EXACT_NAME_EXAMPLE, exampleSlug } from '../../../scripts/seed/examples';
import type { Role, World } from './world';

/**
 * What a role gets: a status, or `signIn` (a redirect to the sign-in page of the path's language).
 */
export type Answer = 200 | 400 | 401 | 403 | 404 | 500 | 'signIn' | 'redirect';
/** One answer for everyone, or some roles named and the rest under `rest`. */
export type Expectation = Answer | (Partial<Record<Role, Answer>> & { rest: Answer });

export interface RouteCase {
  /** The page's file under src/pages. */
  file: string;
  path: (world: World) => string;
  expect: Expectation;
}

const PUBLIC: Expectation = 200;
const SIGNED_IN: Expectation = { anonymous: 'signIn', rest: 200 };
const STAFF: Expectation = { anonymous: 'signIn', officer: 200, otherOfficer: 200, admin: 200, rest: 403 };
/** Staff managing the thing's unit (`officer`'s); staff of another unit are refused. */
const UNIT_STAFF: Expectation = { anonymous: 'signIn', officer: 200, admin: 200, rest: 403 };
/** Club forums are for members (`talent` moderates the club) and the staff of the club's unit. */
const CLUB_FORUM: Expectation = { anonymous: 'signIn', talent: 200, officer: 200, admin: 200, rest: 403 };
/** Pages of one kind of account send the others to their own account page. */
const only = (...roles: Role[]): Expectation => ({
  anonymous: 'signIn',
  ...Object.fromEntries(roles.map((role) => [role, 200])),
  rest: 'redirect',
});
const honourYear = DEMO_HONOUR_YEARS.at(-1)!;
const profile = exampleSlug(EXACT_NAME_EXAMPLE);

/** Both languages of one page: the Vietnamese file and path, then the English ones. */
function both(
  vi: string,
  en: string,
  path: (lang: 'vi' | 'en', world: World) => string,
  expect: Expectation,
): RouteCase[] {
  return [
    { file: vi, path: (w) => path('vi', w), expect },
    { file: en, path: (w) => path('en', w), expect },
  ];
}
const fixed = (vi: string, en: string) => (lang: 'vi' | 'en') => (lang === 'vi' ? vi : en);

/**
 * Every page and endpoint of the site with what each role gets. The test lists src/pages itself: a
 * file without a case here fails it, so a new route is never left without a decided answer.
 */
export const ROUTE_CASES: RouteCase[] = [
  { file: '404.astro', path: () => '/khong-co-trang-nay', expect: 404 },
  { file: '500.astro', path: () => '/500', expect: 500 },
  { file: 'anh/[name].ts', path: () => '/anh/khong-co-anh-nay.webp', expect: 404 },
  { file: 'api/search.ts', path: () => '/api/search?q=nguyen', expect: PUBLIC },
  {
    file: 'chia-se/[lang]/[kind]/[name].png.ts',
    path: () => '/chia-se/vi/site/mang-luoi.png',
    expect: PUBLIC,
  },
  {
    file: 'chia-se/[lang]/[kind]/[name].png.ts',
    path: (w) => `/chia-se/vi/talent/${w.talent.slug}.png`,
    expect: PUBLIC,
  },
  {
    file: 'chia-se/[lang]/[kind]/[name].png.ts',
    path: () => '/chia-se/vi/call/guong-mat-tre-tieu-bieu-tinh-an-giang-2027.png',
    expect: PUBLIC,
  },
  { file: 'healthz.ts', path: () => '/healthz', expect: PUBLIC },
  { file: 'robots.txt.ts', path: () => '/robots.txt', expect: PUBLIC },
  { file: 'sitemap-pages.xml.ts', path: () => '/sitemap-pages.xml', expect: PUBLIC },
  { file: 'sitemap-talents-[page].xml.ts', path: () => '/sitemap-talents-1.xml', expect: PUBLIC },
  { file: 'sitemap.xml.ts', path: () => '/sitemap.xml', expect: PUBLIC },
  // The outbox shows mail to this machine and to admins only (clients here come from 10.x addresses).
  { file: 'hop-thu.astro', path: () => '/hop-thu', expect: { admin: 200, rest: 404 } },
  { file: 'en/outbox.astro', path: () => '/en/outbox', expect: { admin: 200, rest: 404 } },
  { file: 'livez.ts', path: () => '/livez', expect: PUBLIC },
  ...both('quan-tri/index.astro', 'en/workspace/index.astro', fixed('/quan-tri', '/en/workspace'), STAFF),
  ...both(
    'quan-tri/[queue].astro',
    'en/workspace/[queue].astro',
    fixed('/quan-tri/thanh-tich', '/en/workspace/achievements'),
    STAFF,
  ),
  ...both(
    'quan-tri/[queue].astro',
    'en/workspace/[queue].astro',
    fixed('/quan-tri/khong-co-hang-nay', '/en/workspace/no-such-queue'),
    { anonymous: 'signIn', rest: 404 },
  ),
  // A waiting item of `officer`'s unit; another unit's officer is told it does not exist.
  ...both(
    'quan-tri/[queue]/[id].astro',
    'en/workspace/[queue]/[id].astro',
    (l, w) =>
      `${l === 'vi' ? '/quan-tri/thanh-tich' : '/en/workspace/achievements'}/${w.pendingAchievementId}`,
    { ...UNIT_STAFF, otherOfficer: 404 },
  ),
  ...both(
    'quan-tri/[queue]/[id].astro',
    'en/workspace/[queue]/[id].astro',
    (l, w) =>
      `${l === 'vi' ? '/quan-tri/thanh-tich' : '/en/workspace/achievements'}/${w.otherPendingAchievementId}`,
    { ...UNIT_STAFF, officer: 404, otherOfficer: 200 },
  ),
  // Award selection: every staff member sees the calls and their own units' applications.
  ...both(
    'quan-tri/giai-thuong/index.astro',
    'en/workspace/awards/index.astro',
    fixed('/quan-tri/giai-thuong', '/en/workspace/awards'),
    STAFF,
  ),
  ...both(
    'quan-tri/giai-thuong/[call]/index.astro',
    'en/workspace/awards/[call]/index.astro',
    fixed('/quan-tri/giai-thuong/gmt-2027?status=submitted', '/en/workspace/awards/gmt-2027'),
    STAFF,
  ),
  // An application of `officer`'s unit; another unit's officer is told it does not exist.
  ...both(
    'quan-tri/giai-thuong/[call]/[id].astro',
    'en/workspace/awards/[call]/[id].astro',
    (l, w) => `${l === 'vi' ? '/quan-tri/giai-thuong' : '/en/workspace/awards'}/gmt-2027/${w.applicationId}`,
    { ...UNIT_STAFF, otherOfficer: 404 },
  ),
  ...both(
    'quan-tri/giai-thuong/[call]/[id].astro',
    'en/workspace/awards/[call]/[id].astro',
    (l, w) =>
      `${l === 'vi' ? '/quan-tri/giai-thuong' : '/en/workspace/awards'}/gmt-2027/${w.otherApplicationId}`,
    { ...UNIT_STAFF, officer: 404, otherOfficer: 200 },
  ),
  // Evidence files answer only the applicant and the staff of their unit; nobody gets a file that is not there.
  { file: 'minh-chung/[name].ts', path: () => `/minh-chung/${'0'.repeat(32)}.pdf`, expect: 404 },
  // Restructuring the tree is the province's: a unit's own officer is refused.
  ...both(
    'quan-tri/don-vi.astro',
    'en/workspace/units.astro',
    fixed('/quan-tri/don-vi', '/en/workspace/units'),
    {
      anonymous: 'signIn',
      admin: 200,
      rest: 403,
    },
  ),
  // Talent records: staff search their own units; a record of another unit does not exist for them.
  ...both(
    'quan-tri/tai-nang/index.astro',
    'en/workspace/records/index.astro',
    fixed('/quan-tri/tai-nang?q=nguyen', '/en/workspace/records?q=nguyen'),
    STAFF,
  ),
  ...both(
    'quan-tri/tai-nang/[id].astro',
    'en/workspace/records/[id].astro',
    (l, w) => `${l === 'vi' ? '/quan-tri/tai-nang' : '/en/workspace/records'}/${w.talent.talentId}`,
    { ...UNIT_STAFF, otherOfficer: 404 },
  ),
  ...both(
    'quan-tri/tai-nang/[id].astro',
    'en/workspace/records/[id].astro',
    (l, w) => `${l === 'vi' ? '/quan-tri/tai-nang' : '/en/workspace/records'}/${w.otherTalent.talentId}`,
    { ...UNIT_STAFF, officer: 404, otherOfficer: 200 },
  ),
  ...both(
    'quan-tri/nhap.astro',
    'en/workspace/import.astro',
    fixed('/quan-tri/nhap', '/en/workspace/import'),
    STAFF,
  ),
  ...both(
    'quan-tri/mau-nhap.[format].ts',
    'en/workspace/import-template.[format].ts',
    fixed('/quan-tri/mau-nhap.xlsx', '/en/workspace/import-template.csv'),
    STAFF,
  ),
  // Evidence files answer 404 for a name that is none, whoever asks (the tests of the files themselves
  // are in records.test.ts).
  ...both(
    'quan-tri/minh-chung/[name].ts',
    'en/workspace/evidence/[name].ts',
    fixed('/quan-tri/minh-chung/0123456789abcdef0123456789abcdef.pdf', '/en/workspace/evidence/x.webp'),
    404,
  ),
  // The audit log shows every officer's and admin's change: admins only.
  ...both(
    'quan-tri/nhat-ky.astro',
    'en/workspace/audit.astro',
    fixed('/quan-tri/nhat-ky', '/en/workspace/audit'),
    {
      anonymous: 'signIn',
      admin: 200,
      rest: 403,
    },
  ),
  ...both(
    'quan-tri/chi-tieu.astro',
    'en/workspace/targets.astro',
    fixed('/quan-tri/chi-tieu', '/en/workspace/targets'),
    STAFF,
  ),
  // The yearly report: each officer's own unit by default, the province for admins; a unit's
  // report is its staff's. The downloads answer 401 without a session (a file, not a page).
  ...both(
    'quan-tri/bao-cao-nam/index.astro',
    'en/workspace/yearly-report/index.astro',
    fixed('/quan-tri/bao-cao-nam', '/en/workspace/yearly-report'),
    STAFF,
  ),
  ...both(
    'quan-tri/bao-cao-nam/index.astro',
    'en/workspace/yearly-report/index.astro',
    (l, w) => `${l === 'vi' ? '/quan-tri/bao-cao-nam' : '/en/workspace/yearly-report'}?unit=${w.unitId}`,
    UNIT_STAFF,
  ),
  // A page of honoured talents that is not there is a bad request, for staff; the rest as before.
  ...both(
    'quan-tri/bao-cao-nam/index.astro',
    'en/workspace/yearly-report/index.astro',
    (l, w) =>
      `${l === 'vi' ? '/quan-tri/bao-cao-nam' : '/en/workspace/yearly-report'}?unit=${w.unitId}&page=999`,
    { ...UNIT_STAFF, officer: 400, admin: 400 },
  ),
  ...both(
    'quan-tri/bao-cao-nam/tai-ve.ts',
    'en/workspace/yearly-report/download.ts',
    (l, w) =>
      `${l === 'vi' ? '/quan-tri/bao-cao-nam/tai-ve' : '/en/workspace/yearly-report/download'}?unit=${w.unitId}&format=xlsx`,
    { ...UNIT_STAFF, anonymous: 401 },
  ),
  ...both(
    'quan-tri/xuat-quoc-gia.ts',
    'en/workspace/national-export.ts',
    (l, w) =>
      `${l === 'vi' ? '/quan-tri/xuat-quoc-gia' : '/en/workspace/national-export'}?unit=${w.unitId}&format=json`,
    { ...UNIT_STAFF, anonymous: 401 },
  ),
  ...both(
    'quan-tri/hoat-dong/index.astro',
    'en/workspace/activities/index.astro',
    fixed('/quan-tri/hoat-dong', '/en/workspace/activities'),
    STAFF,
  ),
  ...both(
    'quan-tri/hoat-dong/[id].astro',
    'en/workspace/activities/[id].astro',
    (l, w) => `${l === 'vi' ? '/quan-tri/hoat-dong' : '/en/workspace/activities'}/${w.activityId}`,
    UNIT_STAFF,
  ),
  ...both(
    'quan-tri/hoat-dong/[id].astro',
    'en/workspace/activities/[id].astro',
    (l, w) => `${l === 'vi' ? '/quan-tri/hoat-dong' : '/en/workspace/activities'}/${w.otherActivityId}`,
    { ...UNIT_STAFF, officer: 403, otherOfficer: 200 },
  ),
  ...both(
    'quan-tri/hoat-dong/[id]/ma-diem-danh.astro',
    'en/workspace/activities/[id]/check-in-code.astro',
    (l, w) =>
      `${l === 'vi' ? '/quan-tri/hoat-dong' : '/en/workspace/activities'}/${w.activityId}/${l === 'vi' ? 'ma-diem-danh' : 'check-in-code'}`,
    UNIT_STAFF,
  ),
  ...both(
    'quan-tri/hoat-dong/[id]/ma-diem-danh.astro',
    'en/workspace/activities/[id]/check-in-code.astro',
    (l, w) =>
      `${l === 'vi' ? '/quan-tri/hoat-dong' : '/en/workspace/activities'}/${w.otherActivityId}/${l === 'vi' ? 'ma-diem-danh' : 'check-in-code'}`,
    { ...UNIT_STAFF, officer: 403, otherOfficer: 200 },
  ),
  // Anyone signed in sees what they scanned; only a talent gets the button (the action decides).
  ...both(
    'diem-danh/[id].astro',
    'en/check-in/[id].astro',
    (l, w) => `${l === 'vi' ? '/diem-danh' : '/en/check-in'}/${w.activityId}?t=x`,
    SIGNED_IN,
  ),
  ...both(
    'quan-tri/kien-nghi.astro',
    'en/workspace/proposals.astro',
    (l, w) =>
      `${l === 'vi' ? '/quan-tri/kien-nghi' : '/en/workspace/proposals'}?activity=${w.activityId}&status=received&year=2026`,
    STAFF,
  ),
  ...both(
    'tai-khoan/kien-nghi.astro',
    'en/account/proposals.astro',
    fixed('/tai-khoan/kien-nghi', '/en/account/proposals'),
    only('talent', 'otherTalent'),
  ),
  ...both(
    'quan-tri/tap-huan/index.astro',
    'en/workspace/training/index.astro',
    fixed('/quan-tri/tap-huan', '/en/workspace/training'),
    STAFF,
  ),
  // A unit's training: another unit's officer is told it does not exist.
  ...both(
    'quan-tri/tap-huan/[id].astro',
    'en/workspace/training/[id].astro',
    (l, w) => `${l === 'vi' ? '/quan-tri/tap-huan' : '/en/workspace/training'}/${w.trainingId}`,
    { ...UNIT_STAFF, otherOfficer: 404 },
  ),
  ...both(
    'bao-cao-dien-dan.astro',
    'en/forum-reports.astro',
    fixed('/bao-cao-dien-dan', '/en/forum-reports'),
    STAFF,
  ),
  ...both('index.astro', 'en/index.astro', fixed('/', '/en'), PUBLIC),
  ...both('cau-lac-bo/index.astro', 'en/clubs/index.astro', fixed('/cau-lac-bo', '/en/clubs'), PUBLIC),
  ...both(
    'cau-lac-bo/[slug].astro',
    'en/clubs/[slug].astro',
    (l, w) => `${l === 'vi' ? '/cau-lac-bo' : '/en/clubs'}/${w.club.slug}`,
    PUBLIC,
  ),
  ...both(
    'chinh-sach-bao-mat.astro',
    'en/privacy.astro',
    fixed('/chinh-sach-bao-mat', '/en/privacy'),
    PUBLIC,
  ),
  ...both('dieu-khoan.astro', 'en/terms.astro', fixed('/dieu-khoan', '/en/terms'), PUBLIC),
  ...both(
    'yeu-cau-du-lieu.astro',
    'en/data-requests.astro',
    fixed('/yeu-cau-du-lieu', '/en/data-requests'),
    PUBLIC,
  ),
  ...both('dang-ky.astro', 'en/sign-up.astro', fixed('/dang-ky', '/en/sign-up'), PUBLIC),
  ...both('dang-nhap.astro', 'en/sign-in.astro', fixed('/dang-nhap', '/en/sign-in'), PUBLIC),
  ...both(
    'quen-mat-khau.astro',
    'en/forgot-password.astro',
    fixed('/quen-mat-khau', '/en/forgot-password'),
    PUBLIC,
  ),
  ...both(
    'dat-lai-mat-khau.astro',
    'en/reset-password.astro',
    fixed('/dat-lai-mat-khau', '/en/reset-password'),
    400,
  ),
  ...both('xac-minh-email.astro', 'en/verify-email.astro', fixed('/xac-minh-email', '/en/verify-email'), 400),
  ...both('tai-lieu/index.astro', 'en/materials/index.astro', fixed('/tai-lieu', '/en/materials'), PUBLIC),
  ...both('nhan-tin/index.astro', 'en/newsletter/index.astro', fixed('/nhan-tin', '/en/newsletter'), PUBLIC),
  // Without a token (or with one that is not valid) the mailing list's link pages answer 400.
  ...both(
    'nhan-tin/xac-nhan.astro',
    'en/newsletter/confirm.astro',
    fixed('/nhan-tin/xac-nhan', '/en/newsletter/confirm'),
    400,
  ),
  ...both(
    'nhan-tin/huy.astro',
    'en/newsletter/unsubscribe.astro',
    fixed('/nhan-tin/huy?token=khong-hop-le', '/en/newsletter/unsubscribe'),
    400,
  ),
  ...both(
    'xac-nhan-email.astro',
    'en/confirm-email.astro',
    fixed('/xac-nhan-email', '/en/confirm-email'),
    400,
  ),
  ...both('dien-dan/index.astro', 'en/forums/index.astro', fixed('/dien-dan', '/en/forums'), SIGNED_IN),
  ...both(
    'dien-dan/[forum]/index.astro',
    'en/forums/[forum]/index.astro',
    (l, w) => `${l === 'vi' ? '/dien-dan' : '/en/forums'}/${w.club.forumSlug}`,
    CLUB_FORUM,
  ),
  ...both(
    'dien-dan/[forum]/[thread].astro',
    'en/forums/[forum]/[thread].astro',
    (l, w) => `${l === 'vi' ? '/dien-dan' : '/en/forums'}/${w.club.forumSlug}/${w.thread.id}`,
    CLUB_FORUM,
  ),
  ...both('giai-thuong/index.astro', 'en/awards/index.astro', fixed('/giai-thuong', '/en/awards'), PUBLIC),
  ...both(
    'giai-thuong/[slug].astro',
    'en/awards/[slug].astro',
    fixed(
      '/giai-thuong/guong-mat-tre-tieu-bieu-tinh-an-giang-2027',
      '/en/awards/outstanding-young-faces-of-an-giang-2027',
    ),
    PUBLIC,
  ),
  ...both(
    'giai-thuong/[slug]/nop-ho-so.astro',
    'en/awards/[slug]/apply.astro',
    fixed(
      '/giai-thuong/guong-mat-tre-tieu-bieu-tinh-an-giang-2027/nop-ho-so',
      '/en/awards/outstanding-young-faces-of-an-giang-2027/apply',
    ),
    { anonymous: 'signIn', employer: 403, verifiedEmployer: 403, rest: 200 },
  ),
  ...both(
    'giai-thuong/rss.xml.ts',
    'en/awards/rss.xml.ts',
    fixed('/giai-thuong/rss.xml', '/en/awards/rss.xml'),
    PUBLIC,
  ),
  ...both('tin-tuc/index.astro', 'en/news/index.astro', fixed('/tin-tuc', '/en/news'), PUBLIC),
  ...both(
    'tin-tuc/[slug].astro',
    'en/news/[slug].astro',
    fixed(
      '/tin-tuc/ra-mat-mang-luoi-tai-nang-tre-an-giang',
      '/en/news/an-giang-young-talent-network-launches',
    ),
    PUBLIC,
  ),
  ...both('tin-tuc/rss.xml.ts', 'en/news/rss.xml.ts', fixed('/tin-tuc/rss.xml', '/en/news/rss.xml'), PUBLIC),
  ...both('vinh-danh/index.astro', 'en/honours/index.astro', fixed('/vinh-danh', '/en/honours'), PUBLIC),
  ...both(
    'vinh-danh/[year].astro',
    'en/honours/[year].astro',
    fixed(`/vinh-danh/${honourYear}`, `/en/honours/${honourYear}`),
    PUBLIC,
  ),
  ...both(
    'tim-kiem/index.astro',
    'en/search/index.astro',
    fixed('/tim-kiem?q=nguyen', '/en/search?q=nguyen'),
    PUBLIC,
  ),
  ...both(
    'tai-nang/[slug].astro',
    'en/talents/[slug].astro',
    fixed(`/tai-nang/${profile}`, `/en/talents/${profile}`),
    PUBLIC,
  ),
  ...both(
    'tai-nang/[slug].astro',
    'en/talents/[slug].astro',
    (l, w) => `${l === 'vi' ? '/tai-nang' : '/en/talents'}/${w.talent.slug}`,
    PUBLIC,
  ),
  ...both('tai-khoan/index.astro', 'en/account/index.astro', fixed('/tai-khoan', '/en/account'), SIGNED_IN),
  ...both(
    'tai-khoan/bao-mat.astro',
    'en/account/security.astro',
    fixed('/tai-khoan/bao-mat', '/en/account/security'),
    SIGNED_IN,
  ),
  ...both(
    'tai-khoan/ho-so.astro',
    'en/account/profile.astro',
    fixed('/tai-khoan/ho-so', '/en/account/profile'),
    only('talent', 'otherTalent'),
  ),
  ...both(
    'tai-khoan/ket-noi.astro',
    'en/account/connections.astro',
    fixed('/tai-khoan/ket-noi', '/en/account/connections'),
    SIGNED_IN,
  ),
  ...both(
    'tai-khoan/lien-he.astro',
    'en/account/contact-requests.astro',
    fixed('/tai-khoan/lien-he', '/en/account/contact-requests'),
    SIGNED_IN,
  ),
  ...both(
    'tai-khoan/thong-bao.astro',
    'en/account/notifications.astro',
    fixed('/tai-khoan/thong-bao', '/en/account/notifications'),
    SIGNED_IN,
  ),
  ...both(
    'tai-khoan/yeu-cau.astro',
    'en/account/requests.astro',
    fixed('/tai-khoan/yeu-cau', '/en/account/requests'),
    SIGNED_IN,
  ),
  ...both(
    'tai-khoan/du-lieu/index.astro',
    'en/account/data/index.astro',
    fixed('/tai-khoan/du-lieu', '/en/account/data'),
    SIGNED_IN,
  ),
  ...both(
    'tai-khoan/du-lieu/tai-ve.ts',
    'en/account/data/download.ts',
    fixed('/tai-khoan/du-lieu/tai-ve', '/en/account/data/download'),
    { anonymous: 401, rest: 200 },
  ),
  ...both(
    'tai-khoan/doanh-nghiep.astro',
    'en/account/employer.astro',
    fixed('/tai-khoan/doanh-nghiep', '/en/account/employer'),
    only('employer', 'verifiedEmployer'),
  ),
  ...both(
    'tai-khoan/doanh-nghiep/tai-nang.astro',
    'en/account/employer/talents.astro',
    fixed('/tai-khoan/doanh-nghiep/tai-nang', '/en/account/employer/talents'),
    { ...(only('verifiedEmployer') as object), employer: 403 } as Expectation,
  ),
];
