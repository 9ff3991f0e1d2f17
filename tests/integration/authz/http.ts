import { sessionCookieName } from '@/lib/server/auth/sessions';
import type { Role, World } from './world';

let clientCount = 0;

/**
 * A request as `role`, from a client address of its own (the server believes one proxy), so that
 * per-IP rate limits of one row never decide another's answer. Redirects are not followed.
 */
export function requestAs(
  base: string,
  world: World,
  role: Role,
  path: string,
  init: RequestInit = {},
  token = world.tokens[role],
) {
  clientCount += 1;
  const headers = new Headers(init.headers);
  headers.set(
    'X-Forwarded-For',
    `10.${(clientCount >> 16) & 255}.${(clientCount >> 8) & 255}.${clientCount & 255}`,
  );
  if (token) headers.set('Cookie', `${sessionCookieName()}=${token}`);
  return fetch(`${base}${path}`, { ...init, headers, redirect: 'manual' });
}

/** Posts a form to an action the way a script does (`/_actions/<name>`), from the site's own origin. */
export function postAction(
  base: string,
  world: World,
  role: Role,
  action: string,
  fields: Record<string, string | Blob | (string | Blob)[]>,
  token?: string | null,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  const init = { method: 'POST', body: form, headers: { Origin: base } };
  return requestAs(
    base,
    world,
    role,
    `/_actions/${action}`,
    init,
    token === undefined ? world.tokens[role] : token,
  );
}
