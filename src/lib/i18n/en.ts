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
import type { Translation } from './messages/types';
import type { vi } from './vi';

/** English UI strings; each domain's type makes a missing key a compile error. */
export const en: Translation<typeof vi> = {
  ...site.en,
  ...talents.en,
  ...content.en,
  ...search.en,
  ...forms.en,
  ...signIn.en,
  ...recovery.en,
  ...security.en,
  ...mail.en,
  ...profile.en,
  ...privacy.en,
  ...workspace.en,
  ...audit.en,
  ...records.en,
  ...decisions.en,
  ...targets.en,
  ...reach.en,
  ...report.en,
  ...activities.en,
  ...attendance.en,
  ...employer.en,
  ...units.en,
  ...legal.en,
  ...community.en,
  ...notifications.en,
  ...connections.en,
  ...sharing.en,
  ...awards.en,
};
