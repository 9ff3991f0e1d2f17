import { auth } from './auth';
import { awards } from './awards';
import { connections } from './connections';
import { clubs } from './clubs';
import { employer } from './employer';
import { forums } from './forums';
import { notifications } from './notifications';
import { nurture } from './nurture';
import { privacy } from './privacy';
import { profile } from './profile';
import { reach } from './reach';
import { records } from './records';
import { report } from './report';
import { unitActions } from './units';
import { workspace } from './workspace';

/** Every form of the site posts to one of these actions (zero-JS forms; JavaScript only enhances). */
export const server = {
  ...auth,
  ...profile,
  ...privacy,
  ...workspace,
  ...unitActions,
  ...employer,
  ...notifications,
  ...connections,
  ...clubs,
  ...forums,
  ...nurture,
  ...reach,
  ...records,
  ...awards,
  ...report,
};
