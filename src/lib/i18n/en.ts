import * as account from './messages/account';
import * as content from './messages/content';
import * as employer from './messages/employer';
import * as legal from './messages/legal';
import * as privacy from './messages/privacy';
import * as profile from './messages/profile';
import * as search from './messages/search';
import * as site from './messages/site';
import * as talents from './messages/talents';
import * as workspace from './messages/workspace';
import type { MessageKey } from './vi';

/** English UI strings; each domain's type makes a missing key a compile error. */
export const en: Record<MessageKey, string> = {
  ...site.en,
  ...talents.en,
  ...content.en,
  ...search.en,
  ...account.en,
  ...profile.en,
  ...privacy.en,
  ...workspace.en,
  ...employer.en,
  ...legal.en,
};
