/**
 * Which answers count toward reach (the plan's "young people informed"): a person reading a public
 * page or downloading a branch material. Assets, feeds, the workspace and accounts do not count,
 * nor crawlers (a simple user-agent check: the big ones name themselves), HEAD requests and
 * prefetches (a browser guessing, not a person reading).
 */

/** Where branch materials are served from (`public/tai-lieu/`); a PDF there is a download. */
export const MATERIALS_FILE_PREFIX = '/tai-lieu/';

/**
 * Paths of pages that are not public: the workspace, accounts, the outbox, forum reports; and the
 * machinery (actions, islands). They mirror routes of src/routes.ts, which code outside Astro's
 * runtime cannot import; tests/unit/reach-countable.test.ts holds them to it.
 */
export const PRIVATE_PATH_PREFIXES = [
  '/quan-tri',
  '/en/workspace',
  '/tai-khoan',
  '/en/account',
  '/hop-thu',
  '/en/outbox',
  '/bao-cao-dien-dan',
  '/en/forum-reports',
  '/_actions',
  '/_server-islands',
  '/api/',
] as const;

const BOT_USER_AGENT =
  /bot|crawl|spider|slurp|archiver|fetch|curl|wget|python|java\/|go-http|httpclient|axios|node|okhttp|headless|lighthouse|pingdom|uptime|monitor|preview|scanner|facebookexternalhit|embedly/i;

/** Whether a user agent is a crawler, a script or a headless browser rather than a person's browser. */
export function isBotUserAgent(userAgent: string | undefined): boolean {
  return !userAgent || userAgent.length < 10 || BOT_USER_AGENT.test(userAgent);
}

/** Whether a request is a browser's prefetch or prerender (Chromium, Safari, Firefox headers). */
export function isPrefetch(header: (name: string) => string | undefined): boolean {
  const purpose = `${header('sec-purpose') ?? ''} ${header('purpose') ?? ''} ${header('x-purpose') ?? ''} ${header('x-moz') ?? ''}`;
  return /prefetch|prerender|preview/i.test(purpose);
}

function startsWithPath(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

export interface ObservedAnswer {
  method: string;
  /** The path of the request, without the query. */
  path: string;
  status: number;
  contentType: string | undefined;
  userAgent: string | undefined;
  header: (name: string) => string | undefined;
}

/**
 * What an answer counts as: a page view, a download of the material file it names, or nothing.
 * @example countableView({ method: 'GET', path: '/tai-lieu/so-tay.pdf', status: 200, contentType: 'application/pdf', … }) // { kind: 'download', file: 'so-tay.pdf' }
 */
export function countableView(
  answer: ObservedAnswer,
): { kind: 'page' } | { kind: 'download'; file: string } | null {
  // 304: the browser revalidated its copy (a prerendered article, a PDF), a person viewing it again.
  if (answer.method !== 'GET' || (answer.status !== 200 && answer.status !== 304)) return null;
  if (isBotUserAgent(answer.userAgent) || isPrefetch(answer.header)) return null;
  const type = answer.contentType?.toLowerCase() ?? '';
  if (type.startsWith('application/pdf')) {
    if (!answer.path.startsWith(MATERIALS_FILE_PREFIX)) return null;
    const file = answer.path.slice(MATERIALS_FILE_PREFIX.length);
    return /^[a-z0-9-]+\.pdf$/.test(file) ? { kind: 'download', file } : null;
  }
  if (!type.startsWith('text/html')) return null;
  if (PRIVATE_PATH_PREFIXES.some((prefix) => startsWithPath(answer.path, prefix))) return null;
  return { kind: 'page' };
}
