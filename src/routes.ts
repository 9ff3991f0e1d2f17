import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Lang } from '@/lib/i18n/languages';

/**
 * Every public route in both languages. Paths are translated ("/tai-nang" ↔ "/en/talents"), so the
 * table is the one place that knows them; pages and links ask for a route by name.
 */
const routes = {
  home: { vi: '', en: '' },
  talent: { vi: 'tai-nang/[slug]', en: 'talents/[slug]' },
  honours: { vi: 'vinh-danh', en: 'honours' },
  honoursYear: { vi: 'vinh-danh/[year]', en: 'honours/[year]' },
  news: { vi: 'tin-tuc', en: 'news' },
  newsArticle: { vi: 'tin-tuc/[slug]', en: 'news/[slug]' },
  newsFeed: { vi: 'tin-tuc/rss.xml', en: 'news/rss.xml' },
  awards: { vi: 'giai-thuong', en: 'awards' },
  awardCall: { vi: 'giai-thuong/[slug]', en: 'awards/[slug]' },
  awardsFeed: { vi: 'giai-thuong/rss.xml', en: 'awards/rss.xml' },
  materials: { vi: 'tai-lieu', en: 'materials' },
  newsletter: { vi: 'nhan-tin', en: 'newsletter' },
  listConfirm: { vi: 'nhan-tin/xac-nhan', en: 'newsletter/confirm' },
  listUnsubscribe: { vi: 'nhan-tin/huy', en: 'newsletter/unsubscribe' },
  applyToCall: { vi: 'giai-thuong/[slug]/nop-ho-so', en: 'awards/[slug]/apply' },
  search: { vi: 'tim-kiem', en: 'search' },
  signUp: { vi: 'dang-ky', en: 'sign-up' },
  signIn: { vi: 'dang-nhap', en: 'sign-in' },
  verifyEmail: { vi: 'xac-minh-email', en: 'verify-email' },
  forgotPassword: { vi: 'quen-mat-khau', en: 'forgot-password' },
  resetPassword: { vi: 'dat-lai-mat-khau', en: 'reset-password' },
  confirmEmail: { vi: 'xac-nhan-email', en: 'confirm-email' },
  account: { vi: 'tai-khoan', en: 'account' },
  accountSecurity: { vi: 'tai-khoan/bao-mat', en: 'account/security' },
  accountProfile: { vi: 'tai-khoan/ho-so', en: 'account/profile' },
  accountData: { vi: 'tai-khoan/du-lieu', en: 'account/data' },
  accountDataDownload: { vi: 'tai-khoan/du-lieu/tai-ve', en: 'account/data/download' },
  accountEmployer: { vi: 'tai-khoan/doanh-nghiep', en: 'account/employer' },
  notifications: { vi: 'tai-khoan/thong-bao', en: 'account/notifications' },
  connections: { vi: 'tai-khoan/ket-noi', en: 'account/connections' },
  contactRequests: { vi: 'tai-khoan/lien-he', en: 'account/contact-requests' },
  employerTalents: { vi: 'tai-khoan/doanh-nghiep/tai-nang', en: 'account/employer/talents' },
  accountRequests: { vi: 'tai-khoan/yeu-cau', en: 'account/requests' },
  workspace: { vi: 'quan-tri', en: 'workspace' },
  units: { vi: 'quan-tri/don-vi', en: 'workspace/units' },
  workspaceQueue: { vi: 'quan-tri/[queue]', en: 'workspace/[queue]' },
  workspaceReview: { vi: 'quan-tri/[queue]/[id]', en: 'workspace/[queue]/[id]' },
  targets: { vi: 'quan-tri/chi-tieu', en: 'workspace/targets' },
  workspaceAwards: { vi: 'quan-tri/giai-thuong', en: 'workspace/awards' },
  workspaceAwardCall: { vi: 'quan-tri/giai-thuong/[call]', en: 'workspace/awards/[call]' },
  workspaceApplication: { vi: 'quan-tri/giai-thuong/[call]/[id]', en: 'workspace/awards/[call]/[id]' },
  activities: { vi: 'quan-tri/hoat-dong', en: 'workspace/activities' },
  yearlyReport: { vi: 'quan-tri/bao-cao-nam', en: 'workspace/yearly-report' },
  yearlyReportDownload: { vi: 'quan-tri/bao-cao-nam/tai-ve', en: 'workspace/yearly-report/download' },
  nationalExport: { vi: 'quan-tri/xuat-quoc-gia', en: 'workspace/national-export' },
  activity: { vi: 'quan-tri/hoat-dong/[id]', en: 'workspace/activities/[id]' },
  activityCode: { vi: 'quan-tri/hoat-dong/[id]/ma-diem-danh', en: 'workspace/activities/[id]/check-in-code' },
  checkIn: { vi: 'diem-danh/[id]', en: 'check-in/[id]' },
  proposals: { vi: 'quan-tri/kien-nghi', en: 'workspace/proposals' },
  training: { vi: 'quan-tri/tap-huan', en: 'workspace/training' },
  trainingSession: { vi: 'quan-tri/tap-huan/[id]', en: 'workspace/training/[id]' },
  accountProposals: { vi: 'tai-khoan/kien-nghi', en: 'account/proposals' },
  audit: { vi: 'quan-tri/nhat-ky', en: 'workspace/audit' },
  records: { vi: 'quan-tri/tai-nang', en: 'workspace/records' },
  record: { vi: 'quan-tri/tai-nang/[id]', en: 'workspace/records/[id]' },
  import: { vi: 'quan-tri/nhap', en: 'workspace/import' },
  importTemplate: { vi: 'quan-tri/mau-nhap.[format]', en: 'workspace/import-template.[format]' },
  evidenceFile: { vi: 'quan-tri/minh-chung/[name]', en: 'workspace/evidence/[name]' },
  clubs: { vi: 'cau-lac-bo', en: 'clubs' },
  club: { vi: 'cau-lac-bo/[slug]', en: 'clubs/[slug]' },
  forums: { vi: 'dien-dan', en: 'forums' },
  forum: { vi: 'dien-dan/[forum]', en: 'forums/[forum]' },
  forumThread: { vi: 'dien-dan/[forum]/[thread]', en: 'forums/[forum]/[thread]' },
  forumReports: { vi: 'bao-cao-dien-dan', en: 'forum-reports' },
  outbox: { vi: 'hop-thu', en: 'outbox' },
  terms: { vi: 'dieu-khoan', en: 'terms' },
  privacy: { vi: 'chinh-sach-bao-mat', en: 'privacy' },
  dataRequests: { vi: 'yeu-cau-du-lieu', en: 'data-requests' },
} as const satisfies Record<string, Record<Lang, string>>;

export type RouteName = keyof typeof routes;

/** Whether a stored name (a notification's link) is still a route. */
export function isRouteName(name: string): name is RouteName {
  return Object.hasOwn(routes, name);
}
type Params = Record<string, string | number>;

/**
 * The path of a named route in a language, with `[param]` segments filled in.
 * @example routePath('en', 'talent', { slug: 'nguyen-van-duc' }) // '/en/talents/nguyen-van-duc'
 */
export function routePath(lang: Lang, name: RouteName, params: Params = {}, query?: Params): string {
  const path = routes[name][lang].replace(/\[(\w+)\]/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Route ${name} needs the parameter ${key}`);
    return encodeURIComponent(String(value));
  });
  const url = getRelativeLocaleUrl(lang, path);
  if (!query) return url;
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return search.size ? `${url}?${search}` : url;
}

/** Paths of the same route in both languages, for the language switch and hreflang links. */
export type Alternates = Record<Lang, string>;

export function routeAlternates(name: RouteName, params: Params = {}, query?: Params): Alternates {
  return { vi: routePath('vi', name, params, query), en: routePath('en', name, params, query) };
}

/**
 * Alternates of a content page whose slug may differ by language: the translation's slug when there
 * is one, else the same slug, which the other language serves as a fallback.
 */
export function translatedAlternates(
  name: 'newsArticle' | 'awardCall',
  lang: Lang,
  item: { slug: string; translationSlug?: string },
): Alternates {
  const other = lang === 'vi' ? 'en' : 'vi';
  return {
    [lang]: routePath(lang, name, { slug: item.slug }),
    [other]: routePath(other, name, { slug: item.translationSlug ?? item.slug }),
  } as Alternates;
}
