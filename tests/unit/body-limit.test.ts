import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, bodyLimitFor, UPLOAD_BODY_LIMIT_BYTES } from '../../scripts/serve/body-limit';

describe('the body limit of a request', () => {
  it('gives the upload forms (photo, imports, evidence) the larger limit, by action name or form action', () => {
    for (const url of [
      '/_actions/uploadPhoto',
      '/_actions/importTalents',
      '/quan-tri/nhap?_action=importTalents',
      '/quan-tri/tai-nang/12?_action=addAchievementEvidence',
      '/quan-tri/hoat-dong/3?_action=importAttendance',
    ])
      expect(bodyLimitFor(url), url).toBe(UPLOAD_BODY_LIMIT_BYTES);
  });

  it('keeps every other form at the forms’ limit', () => {
    for (const url of ['/_actions/signIn', '/quan-tri/tai-nang?_action=createTalentRecord', '/quan-tri/nhap'])
      expect(bodyLimitFor(url), url).toBe(BODY_LIMIT_BYTES);
  });
});
