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

/**
 * Vietnamese UI strings, the product's first language and the source of every key. Messages live
 * by domain in `messages/`, each file holding both languages side by side for translators.
 */
export const vi = {
  ...site.vi,
  ...talents.vi,
  ...content.vi,
  ...search.vi,
  ...account.vi,
  ...profile.vi,
  ...privacy.vi,
  ...workspace.vi,
  ...employer.vi,
  ...legal.vi,
} as const;

export type MessageKey = keyof typeof vi;
