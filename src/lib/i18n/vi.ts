import * as community from './messages/community';
import * as connections from './messages/connections';
import * as content from './messages/content';
import * as decisions from './messages/decisions';
import * as employer from './messages/employer';
import * as units from './messages/units';
import * as forms from './messages/forms';
import * as legal from './messages/legal';
import * as mail from './messages/mail';
import * as notifications from './messages/notifications';
import * as privacy from './messages/privacy';
import * as profile from './messages/profile';
import * as recovery from './messages/recovery';
import * as search from './messages/search';
import * as security from './messages/security';
import * as signIn from './messages/sign-in';
import * as sharing from './messages/sharing';
import * as site from './messages/site';
import * as talents from './messages/talents';
import * as activities from './messages/activities';
import * as reach from './messages/reach';
import * as attendance from './messages/attendance';
import * as audit from './messages/audit';
import * as records from './messages/records';
import * as awards from './messages/awards';
import * as targets from './messages/targets';
import * as report from './messages/report';
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
  ...forms.vi,
  ...signIn.vi,
  ...recovery.vi,
  ...security.vi,
  ...mail.vi,
  ...profile.vi,
  ...privacy.vi,
  ...workspace.vi,
  ...audit.vi,
  ...records.vi,
  ...decisions.vi,
  ...targets.vi,
  ...reach.vi,
  ...report.vi,
  ...activities.vi,
  ...attendance.vi,
  ...employer.vi,
  ...units.vi,
  ...legal.vi,
  ...community.vi,
  ...notifications.vi,
  ...connections.vi,
  ...sharing.vi,
  ...awards.vi,
} as const;

export type MessageKey = keyof typeof vi;
