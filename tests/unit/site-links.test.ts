import { describe, expect, it } from 'vitest';
import { languages } from '@/lib/i18n/languages';
import { mailPaths } from '@/lib/server/mail/site-links';
import { routePath } from '@/routes';

describe('links in mail sent by background jobs', () => {
  it('are the paths of the routes they stand for', () => {
    for (const lang of languages) {
      expect(mailPaths.notifications[lang]).toBe(routePath(lang, 'notifications'));
      expect(mailPaths.accountRequests[lang]).toBe(routePath(lang, 'accountRequests'));
      expect(mailPaths.employerTalents[lang]).toBe(routePath(lang, 'employerTalents'));
      expect(mailPaths.listConfirm[lang]).toBe(routePath(lang, 'listConfirm'));
      expect(mailPaths.listUnsubscribe[lang]).toBe(routePath(lang, 'listUnsubscribe'));
      expect(mailPaths.yearlyReport[lang]).toBe(routePath(lang, 'yearlyReport'));
      expect(`${mailPaths.talent[lang]}x`).toBe(routePath(lang, 'talent', { slug: 'x' }));
    }
  });
});
