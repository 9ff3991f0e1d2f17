/** Sets `window.__pwned` wherever markup from a form would run. */
export const XSS = {
  script: '<script>window.__pwned=1</script>',
  img: '"><img src=x onerror="window.__pwned=1">',
  svg: "'><svg onload=window.__pwned=1>",
  link: '[nhấn vào](javascript:window.__pwned=1)',
};

/**
 * Values no form expects, typed or sent by a script: each goes into every field of every form, and
 * into every query parameter of every page.
 */
export const HOSTILE_VALUES: Record<string, string> = {
  empty: '',
  // Longer than any field allows (a forum post: 20,000), and a whole form of it stays under 1 MB.
  huge: 'Ư'.repeat(30_000),
  control: ' \t\u00a0a\u0000b\u0001c\u0007d\u001b[31me\r\nf\u2028g\u202eh ',
  'lone surrogate': 'x\ud800y',
  'mixed scripts': 'Nguyễn Văn A ចាន់ 陳 محمد Ⅻ 𝕏 e\u0301',
  sql: "' OR 1=1; DROP TABLE users; -- 1 UNION SELECT email, password_hash FROM users",
  fts: 'NEAR("a" "b") OR * ^ "unclosed',
  ...XSS,
  'negative number': '-1',
  'huge number': '1e309',
  'not a number': '12abc',
  'json and a path': '{"__proto__":{"admin":true}} ../../../etc/passwd',
};

/**
 * The same, merged into fewer values for query parameters (every page gets each in all of them at
 * once): what a page reads from its address is a handful of strings and numbers.
 */
export const HOSTILE_QUERY_VALUES: string[] = [
  '',
  `${HOSTILE_VALUES.control} ${HOSTILE_VALUES['mixed scripts']}`,
  HOSTILE_VALUES['lone surrogate']!,
  `${HOSTILE_VALUES.sql} ${HOSTILE_VALUES.fts} ${XSS.script} ${XSS.img}`,
  '-1',
  '1e309',
  HOSTILE_VALUES.huge!.slice(0, 1500),
];

/** Bodies whose bytes are not what a form sends: broken UTF-8 and percent-encoding. */
export const RAW_VALUES: Record<string, string> = {
  'broken utf-8': '%C3%28%FF%FE%ED%A0%80',
  'broken percent-encoding': 'a%ZZb%E1%BA%',
  'encoded nul': '%00%00',
};

/** Query parameters pages read; every page gets all of them at once. */
export const QUERY_NAMES = [
  'q',
  'page',
  'after',
  'before',
  'quote',
  'club',
  'token',
  'next',
  'lang',
  'field',
  'unit',
  'level',
  'year',
  'sort',
  // The officers' queues: filters, and the selection a bulk verification confirms.
  'kind',
  'age',
  'waiting',
  'order',
  'ids',
  'confirm',
  // Branch materials: the topic filter.
  'topic',
  // The check-in code's token; the proposals' filters.
  't',
  'activity',
  'status',
  // The audit log's filters.
  'action',
  'from',
  'to',
  // The applications of an award call: their status filter.
  'status',
  // The yearly report's and the national export's downloads.
  'format',
];

/** Paths with hostile segments where pages take a parameter from the path. */
export const HOSTILE_PATHS = [
  '/tai-nang/%ZZ',
  '/tai-nang/%C3%28',
  `/tai-nang/${encodeURIComponent(XSS.img)}`,
  `/tai-nang/${'a'.repeat(5000)}`,
  '/en/talents/..%2F..%2Fetc%2Fpasswd',
  '/vinh-danh/99999999999999999999',
  '/vinh-danh/-1',
  '/en/honours/NaN',
  '/dien-dan/khong-co/1',
  '/dien-dan/tin-hoc-lap-trinh/-1',
  '/dien-dan/tin-hoc-lap-trinh/1e309',
  '/cau-lac-bo/%00',
  '/sitemap-talents-NaN.xml',
  '/sitemap-talents-99999999.xml',
  '/chia-se/xx/talent/a.png',
  '/chia-se/vi/khac/a.png',
  '/chia-se/vi/call/khong-co.png',
  '/chia-se/vi/talent/%E0%A4%A.png',
  '/anh/..%2F..%2Fdatabase.db',
  '/anh/%2e%2e%2fx.webp',
  `/anh/${'a'.repeat(32)}.webp?w=9999`,
  `/anh/${'a'.repeat(32)}.webp?w=%00`,
  '/giai-thuong/%ZZ',
  '/giai-thuong/%ZZ/nop-ho-so',
  '/minh-chung/..%2F..%2Fdatabase.db',
  '/minh-chung/%2e%2e%2fx.pdf',
  '/tin-tuc/%ZZ',
  '/tai-lieu/%ZZ',
  '/tai-lieu/..%2F..%2Fdata%2Ftai-nang-tre.db',
  `/tai-lieu/${encodeURIComponent(XSS.img)}.pdf`,
  '/en/materials/%00',
  '/nhan-tin/huy/%ZZ',
  '/diem-danh/-1?t=x',
  `/diem-danh/${'9'.repeat(400)}`,
  '/en/check-in/%00',
  '/_actions/khongCo',
  '/_actions/signIn%00',
];

/** Paths with hostile segments under the officers' workspace, asked by an officer (others stop sooner). */
export const HOSTILE_STAFF_PATHS = [
  '/quan-tri/thanh-tich/-1',
  '/quan-tri/thanh-tich/1e309',
  '/quan-tri/thanh-tich/99999999999999999999',
  '/quan-tri/%ZZ',
  '/quan-tri/%C3%28/1',
  '/quan-tri/nha-tuyen-dung/0',
  '/en/workspace/claims/NaN',
  '/quan-tri/hoat-dong/-1',
  '/quan-tri/hoat-dong/1e309',
  `/quan-tri/hoat-dong/${'9'.repeat(400)}`,
  '/quan-tri/hoat-dong/%00',
  '/quan-tri/hoat-dong/-1/ma-diem-danh',
  '/en/workspace/activities/1e309/check-in-code',
  '/quan-tri/tap-huan/-1',
  `/en/workspace/training/${'9'.repeat(400)}`,
  '/quan-tri/tai-nang/-1',
  '/quan-tri/tai-nang/1e309',
  `/en/workspace/records/${'9'.repeat(400)}`,
  '/quan-tri/minh-chung/..%2F..%2Fdatabase.db',
  '/quan-tri/minh-chung/%00.pdf',
  '/quan-tri/mau-nhap.exe',
  '/en/workspace/import-template.%ZZ',
  '/quan-tri/giai-thuong/%ZZ',
  '/quan-tri/giai-thuong/khong-co/1',
  '/quan-tri/giai-thuong/gmt-2027/-1',
  '/quan-tri/giai-thuong/gmt-2027/1e309',
  `/quan-tri/giai-thuong/gmt-2027/${'9'.repeat(400)}`,
  '/en/workspace/awards/gmt-2027/%00',
  '/quan-tri/bao-cao-nam?unit=-1&year=1e309',
  '/quan-tri/bao-cao-nam?unit=999999999',
  '/quan-tri/bao-cao-nam/tai-ve?unit=99999999999999999999&format=xlsx',
  '/quan-tri/bao-cao-nam/tai-ve?unit=province&format=pdf',
  '/quan-tri/xuat-quoc-gia?unit=%00&format=json',
  '/quan-tri/xuat-quoc-gia?unit=0&format=csv',
];
