import type { TalentLink } from '@db/schema';
import { isHttpUrl } from '@/lib/http-url';
import { InvalidInputError } from '@/lib/server/errors';

/** Links a profile may list; more turns a profile into a link farm. */
export const MAX_PROFILE_LINKS = 5;

/** Profile links as stored: at most {@link MAX_PROFILE_LINKS}, http(s) only, labels trimmed. */
export function checkLinks(links: TalentLink[]): TalentLink[] {
  if (links.length > MAX_PROFILE_LINKS) {
    throw new InvalidInputError('profile.tooManyLinks', 'links');
  }
  return links.map(({ label, url }) => {
    if (!isHttpUrl(url.trim())) throw new InvalidInputError('profile.linkScheme', 'links');
    const href = new URL(url.trim()).href;
    return { label: label.trim() || new URL(href).hostname, url: href };
  });
}
