import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetups, notifications } from '@db/schema';
import { loadReferenceIds, type ReferenceIds } from '../../scripts/seed/reference';
import { seedReferenceData } from '../../scripts/seed/index';
import type { Actor } from '@/lib/server/auth/actor';
import { createClub } from '@/lib/server/clubs/clubs';
import { setModerator, joinClub } from '@/lib/server/clubs/membership';
import { cancelMeetup, updateMeetup } from '@/lib/server/clubs/meetup-changes';
import { createMeetup, listClubMeetups, type MeetupInput, rsvpMeetup } from '@/lib/server/clubs/meetups';
import { ForbiddenError, InvalidInputError } from '@/lib/server/errors';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';

let t: TestDatabase;
let ref: ReferenceIds;
let officer: Actor;
const NOW = new Date('2026-12-02T08:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  ref = await loadReferenceIds(t.db);
  officer = await makeActor(t.db, 'officer', { unitId: ref.unitIds.get('thanh-doan-long-xuyen')! });
});
afterAll(() => t.dispose());

const meetupInput = (change: Partial<MeetupInput> = {}): MeetupInput => ({
  title: 'Cà phê cuối tuần',
  startsAt: new Date('2026-12-20T03:00:00Z'),
  place: 'Long Xuyên',
  onlineUrl: null,
  capacity: 10,
  ...change,
});

/** A club with a moderator who is a talent, two members who said yes and one who did not. */
async function clubWithMeetup(name: string) {
  const club = await createClub(t.db, officer, {
    name,
    description: '',
    rules: '',
    fieldId: ref.fieldIds.get('tin-hoc-lap-trinh')!,
    unitId: ref.unitIds.get('thanh-doan-long-xuyen')!,
    joinPolicy: 'open',
    forumAudience: 'members',
  });
  const [moderator, going1, going2, silent] = await Promise.all(
    Array.from({ length: 4 }, () => makeActor(t.db, 'talent')),
  );
  for (const person of [moderator!, going1!, going2!, silent!]) await joinClub(t.db, person, club.id);
  await setModerator(t.db, officer, club.id, moderator!.id, true);
  const meetup = await createMeetup(t.db, moderator!, club.id, meetupInput(), NOW);
  await rsvpMeetup(t.db, going1!, meetup.id, NOW);
  await rsvpMeetup(t.db, going2!, meetup.id, NOW);
  return { club, meetup, moderator: moderator!, going: [going1!, going2!], silent: silent! };
}

const noticesOf = (userId: number) =>
  t.db.select().from(notifications).where(eq(notifications.userId, userId));

describe('changing a meetup', () => {
  it('lets a moderator change it, within the rules of a new one and above the seats taken', async () => {
    const { meetup, moderator, silent } = await clubWithMeetup('CLB Sửa gặp mặt');
    const changed = await updateMeetup(
      t.db,
      moderator,
      meetup.id,
      meetupInput({ title: 'Cà phê sáng', place: '', onlineUrl: 'https://meet.example.vn/x', capacity: 5 }),
      NOW,
    );
    expect(changed).toMatchObject({ title: 'Cà phê sáng', place: '', capacity: 5, goingCount: 2 });

    await expect(updateMeetup(t.db, moderator, meetup.id, meetupInput({ capacity: 1 }), NOW)).rejects.toThrow(
      expect.objectContaining({ key: 'community.capacityBelowGoing', field: 'capacity' }),
    );
    await expect(
      updateMeetup(t.db, moderator, meetup.id, meetupInput({ startsAt: new Date('2026-11-30') }), NOW),
    ).rejects.toThrow(InvalidInputError);
    await expect(updateMeetup(t.db, silent, meetup.id, meetupInput(), NOW)).rejects.toThrow(ForbiddenError);
    const otherOfficer = await makeActor(t.db, 'officer', {
      unitId: ref.unitIds.get('thanh-doan-chau-doc')!,
    });
    await expect(updateMeetup(t.db, otherOfficer, meetup.id, meetupInput(), NOW)).rejects.toThrow(
      ForbiddenError,
    );
    const [row] = await t.db.select().from(meetups).where(eq(meetups.id, meetup.id));
    expect(row).toMatchObject({ title: 'Cà phê sáng', capacity: 5 });
  });
});

describe('cancelling a meetup', () => {
  it('tells those who said yes, keeps it listed as cancelled and closes its RSVP', async () => {
    const { club, meetup, moderator, going, silent } = await clubWithMeetup('CLB Hủy gặp mặt');
    await expect(cancelMeetup(t.db, silent, meetup.id, NOW)).rejects.toThrow(ForbiddenError);

    await cancelMeetup(t.db, moderator, meetup.id, NOW);
    for (const person of going) {
      expect(await noticesOf(person.id)).toEqual([
        expect.objectContaining({
          kind: 'meetupCancelled',
          params: { meetup: 'Cà phê cuối tuần', club: 'CLB Hủy gặp mặt' },
          link: { route: 'club', params: { slug: club.slug } },
        }),
      ]);
    }
    expect(await noticesOf(silent.id)).toEqual([]);

    const { upcoming } = await listClubMeetups(t.db, club.id, silent.id, NOW);
    expect(upcoming).toEqual([expect.objectContaining({ id: meetup.id, cancelledAt: NOW })]);
    await expect(rsvpMeetup(t.db, silent, meetup.id, NOW)).rejects.toThrow(
      expect.objectContaining({ key: 'community.meetupCancelled' }),
    );
    await expect(updateMeetup(t.db, moderator, meetup.id, meetupInput(), NOW)).rejects.toThrow(
      InvalidInputError,
    );
    // Cancelling twice tells no one twice.
    await expect(cancelMeetup(t.db, officer, meetup.id, NOW)).rejects.toThrow(InvalidInputError);
    expect(await noticesOf(going[0]!.id)).toHaveLength(1);
  });

  it('lets the staff of the club’s unit cancel, not a moderator of another club', async () => {
    const { meetup } = await clubWithMeetup('CLB Hủy bởi cán bộ');
    const { moderator: strangerModerator } = await clubWithMeetup('CLB Bên cạnh');
    await expect(cancelMeetup(t.db, strangerModerator, meetup.id, NOW)).rejects.toThrow(ForbiddenError);
    await cancelMeetup(t.db, officer, meetup.id, NOW);
    const [row] = await t.db.select().from(meetups).where(eq(meetups.id, meetup.id));
    expect(row!.cancelledAt).toEqual(NOW);
  });
});
