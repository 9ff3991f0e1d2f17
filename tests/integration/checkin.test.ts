import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { createActivity, listParticipants, recordAttendance } from '@/lib/server/nurture/activities';
import { checkIn } from '@/lib/server/nurture/checkin';
import { checkinToken } from '@/lib/server/nurture/checkin-token';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeTalentMember, type TalentMember } from '../support/members';

const SECRET = 'a-test-secret-of-at-least-32-characters';
/** 09:00 in An Giang on the day of the activity (08:00–11:00): the event is on. */
const DURING = new Date('2026-03-26T02:00:00Z');

describe('check-in by QR code', () => {
  let t: TestDatabase;
  let officer: Actor;
  let member: TalentMember;
  let activityId: number;
  const scan = (actor: Actor | null, now: Date, token = checkinToken(SECRET, activityId, now)) =>
    checkIn(t.db, actor, activityId, token, SECRET, now);

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db
      .insert(units)
      .values({ id: 2, slug: 'long-xuyen', name: 'Đoàn phường Long Xuyên', kind: 'ward' });
    officer = await makeActor(t.db, 'officer', { unitId: 2 });
    member = await makeTalentMember(t.db, { unitSlug: 'long-xuyen', age: 24 });
    activityId = await createActivity(t.db, officer, {
      unitId: 2,
      kind: 'forum',
      title: 'Đối thoại với Bí thư Tỉnh Đoàn',
      heldOn: '2026-03-26',
      startsAt: '08:00',
      endsAt: '11:00',
      place: 'Long Xuyên',
      description: '',
    });
  });
  afterAll(() => t.dispose());

  it('lists a talent who scans during the event, once however often they scan', async () => {
    expect(await scan(member.actor, DURING)).toEqual({ added: true });
    expect(await scan(member.actor, new Date(DURING.getTime() + 90_000))).toEqual({ added: false });
    expect(await listParticipants(t.db, activityId)).toEqual([
      expect.objectContaining({ talentId: member.talentId, role: 'attendee' }),
    ]);
  });

  it('keeps the role an officer gave: a speaker who scans stays a speaker', async () => {
    const speaker = await makeTalentMember(t.db, { unitSlug: 'long-xuyen', age: 30 });
    await recordAttendance(t.db, officer, activityId, [speaker.talentId], 'speaker');
    expect(await scan(speaker.actor, DURING)).toEqual({ added: false });
    const listed = await listParticipants(t.db, activityId);
    expect(listed.find((p) => p.talentId === speaker.talentId)?.role).toBe('speaker');
  });

  it('refuses a code older than two minutes, or of another activity', async () => {
    const late = await makeTalentMember(t.db, { unitSlug: 'long-xuyen', age: 22 });
    const stale = checkinToken(SECRET, activityId, DURING);
    await expect(scan(late.actor, new Date(DURING.getTime() + 120_000), stale)).rejects.toMatchObject({
      key: 'checkin.expired',
    });
    await expect(
      scan(late.actor, DURING, checkinToken(SECRET, activityId + 1, DURING)),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect((await listParticipants(t.db, activityId)).some((p) => p.talentId === late.talentId)).toBe(false);
  });

  it('refuses a scan more than an hour before the start or after the end, with a valid code', async () => {
    const other = await makeTalentMember(t.db, { unitSlug: 'long-xuyen', age: 26 });
    // 06:59 and 12:01 in An Giang.
    await expect(scan(other.actor, new Date('2026-03-25T23:59:00Z'))).rejects.toMatchObject({
      key: 'checkin.tooEarly',
    });
    await expect(scan(other.actor, new Date('2026-03-26T05:01:00Z'))).rejects.toMatchObject({
      key: 'checkin.tooLate',
    });
    expect(await scan(other.actor, new Date('2026-03-26T00:00:00Z'))).toEqual({ added: true });
  });

  it('is for signed-in talents with a profile only', async () => {
    await expect(scan(null, DURING)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(scan(officer, DURING)).rejects.toBeInstanceOf(ForbiddenError);
    const noProfile = await makeActor(t.db, 'talent');
    await expect(scan(noProfile, DURING)).rejects.toMatchObject({ key: 'checkin.noProfile' });
    await expect(checkIn(t.db, member.actor, 99_999, 'x', SECRET, DURING)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
