import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clubMemberships, clubs, meetupRsvps, meetups, notifications } from '@db/schema';
import { tuneEmbeddedDatabase } from '@db/client';
import { loadReferenceIds, type ReferenceIds } from '../../scripts/seed/reference';
import { seedReferenceData } from '../../scripts/seed/index';
import type { Actor } from '@/lib/server/auth/actor';
import { approveClub, type ClubInput, createClub, proposeClub } from '@/lib/server/clubs/clubs';
import { getClubPage, listClubs } from '@/lib/server/clubs/listing';
import { MEMBERS_PER_PAGE } from '@/lib/server/clubs/members';
import { blockUser } from '@/lib/server/connections/blocks';
import { createMeetup, rsvpMeetup } from '@/lib/server/clubs/meetups';
import { decideMember, joinClub, leaveClub, setModerator } from '@/lib/server/clubs/membership';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { makeActor } from '../support/actors';
import { makeTalentMember } from '../support/members';
import { createTestDatabase, type TestDatabase } from '../support/database';

let t: TestDatabase;
let ref: ReferenceIds;
let officer: Actor;
let otherOfficer: Actor;
const NOW = new Date('2026-12-02T08:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  // As the server runs it (scripts/prepare.ts): WAL, so readers never block the writer's commit.
  await tuneEmbeddedDatabase(t.db, t.url);
  await seedReferenceData(t.db);
  ref = await loadReferenceIds(t.db);
  officer = await makeActor(t.db, 'officer', { unitId: ref.unitIds.get('thanh-doan-long-xuyen')! });
  otherOfficer = await makeActor(t.db, 'officer', { unitId: ref.unitIds.get('thanh-doan-chau-doc')! });
});
afterAll(() => t.dispose());

const input = (name: string, change: Partial<ClubInput> = {}): ClubInput => ({
  name,
  description: 'Giới thiệu',
  rules: '',
  fieldId: ref.fieldIds.get('tin-hoc-lap-trinh')!,
  unitId: ref.unitIds.get('thanh-doan-long-xuyen')!,
  joinPolicy: 'open',
  forumAudience: 'members',
  ...change,
});

async function membersCounted(clubId: number) {
  const [row] = await t.db
    .select({ n: count() })
    .from(clubMemberships)
    .where(and(eq(clubMemberships.clubId, clubId), eq(clubMemberships.status, 'active')));
  const [club] = await t.db.select().from(clubs).where(eq(clubs.id, clubId));
  return { rows: row!.n, counter: club!.memberCount };
}

describe('creating clubs', () => {
  it('lets an officer create a club for their own unit only', async () => {
    const club = await createClub(t.db, officer, input('CLB Lập trình Long Xuyên'));
    expect(club).toMatchObject({ slug: 'clb-lap-trinh-long-xuyen', status: 'active' });
    await expect(createClub(t.db, otherOfficer, input('CLB khác'))).rejects.toThrow(ForbiddenError);
    const talent = await makeActor(t.db, 'talent');
    await expect(createClub(t.db, talent, input('CLB tự lập'))).rejects.toThrow(ForbiddenError);
    await expect(
      createClub(t.db, officer, input('CLB trống', { fieldId: null, unitId: null })),
    ).rejects.toThrow(InvalidInputError);
  });

  it('makes a proposal active once an officer of its unit approves it, its proposer moderating', async () => {
    const talent = await makeActor(t.db, 'talent');
    const proposed = await proposeClub(t.db, talent, input('CLB Robot trẻ'));
    expect(proposed.status).toBe('proposed');
    expect((await listClubs(t.db, {}, null)).clubs.map((c) => c.slug)).not.toContain(proposed.slug);
    const stranger = await makeActor(t.db, 'talent');
    await expect(getClubPage(t.db, stranger, proposed.slug)).rejects.toThrow(NotFoundError);
    await expect(approveClub(t.db, otherOfficer, proposed.id)).rejects.toThrow(ForbiddenError);

    await approveClub(t.db, officer, proposed.id);
    const page = await getClubPage(t.db, talent, proposed.slug);
    expect(page).toMatchObject({ canModerate: true, membership: { role: 'moderator', status: 'active' } });
    expect(await membersCounted(proposed.id)).toEqual({ rows: 1, counter: 1 });
    const [notice] = await t.db.select().from(notifications).where(eq(notifications.userId, talent.id));
    expect(notice).toMatchObject({ kind: 'clubApproved', params: { club: 'CLB Robot trẻ' } });
  });
});

describe('memberships', () => {
  it('keeps the member count right under concurrent joins and leaves', async () => {
    const club = await createClub(t.db, officer, input('CLB Đông người'));
    const people = await Promise.all(Array.from({ length: 12 }, () => makeActor(t.db, 'talent')));
    await Promise.all(people.flatMap((p) => [joinClub(t.db, p, club.id), joinClub(t.db, p, club.id)]));
    expect(await membersCounted(club.id)).toEqual({ rows: 12, counter: 12 });
    await Promise.all(
      people.slice(0, 5).flatMap((p) => [leaveClub(t.db, p, club.id), leaveClub(t.db, p, club.id)]),
    );
    expect(await membersCounted(club.id)).toEqual({ rows: 7, counter: 7 });
  });

  it('asks a moderator to approve, and a ban keeps the person out', async () => {
    const club = await createClub(t.db, officer, input('CLB Duyệt', { joinPolicy: 'approval' }));
    const moderator = await makeActor(t.db, 'talent');
    const applicant = await makeActor(t.db, 'talent');
    await joinClub(t.db, moderator, club.id);
    expect(await joinClub(t.db, applicant, club.id)).toBe('pending');
    await expect(decideMember(t.db, moderator, club.id, applicant.id, 'approve')).rejects.toThrow(
      ForbiddenError,
    );
    await decideMember(t.db, officer, club.id, moderator.id, 'approve');
    await setModerator(t.db, officer, club.id, moderator.id, true);
    await decideMember(t.db, moderator, club.id, applicant.id, 'approve');
    expect(await membersCounted(club.id)).toEqual({ rows: 2, counter: 2 });

    await decideMember(t.db, moderator, club.id, applicant.id, 'ban');
    expect(await membersCounted(club.id)).toEqual({ rows: 1, counter: 1 });
    await expect(joinClub(t.db, applicant, club.id)).rejects.toThrow(ForbiddenError);
    await leaveClub(t.db, applicant, club.id);
    await expect(joinClub(t.db, applicant, club.id)).rejects.toThrow(ForbiddenError);
    // A moderator is not staff: they cannot remove another moderator.
    const second = await makeActor(t.db, 'talent');
    await joinClub(t.db, second, club.id);
    await decideMember(t.db, officer, club.id, second.id, 'approve');
    await setModerator(t.db, officer, club.id, second.id, true);
    await expect(decideMember(t.db, moderator, club.id, second.id, 'remove')).rejects.toThrow(ForbiddenError);
    await expect(setModerator(t.db, moderator, club.id, applicant.id, true)).rejects.toThrow(ForbiddenError);
  });

  it('names members only as their profile settings allow', async () => {
    const club = await createClub(t.db, officer, input('CLB Riêng tư'));
    const member = await makeActor(t.db, 'talent', { displayName: 'Người Kín Đáo' });
    await joinClub(t.db, member, club.id);
    const reader = await makeActor(t.db, 'talent');
    const page = await getClubPage(t.db, reader, club.slug);
    expect(page.members.map((m) => m.name)).not.toContain('Người Kín Đáo');
    expect(page.unlisted).toBe(1);
    const staffPage = await getClubPage(t.db, officer, club.slug);
    expect(staffPage.members.map((m) => m.name)).toContain('Người Kín Đáo');
  });
});

describe('the pages of members', () => {
  it('pages a big club by keyset, naming each member as they allow and no one blocked either way', async () => {
    const club = await createClub(t.db, officer, input('CLB Đông người'));
    const people = [];
    for (let i = 0; i < 125; i += 1) {
      const person = await makeTalentMember(t.db, {
        unitSlug: 'thanh-doan-long-xuyen',
        age: 25,
        visibility: i % 10 === 0 ? { profile: 'private' } : {},
      });
      await joinClub(t.db, person.actor, club.id);
      people.push({ ...person, private: i % 10 === 0 });
    }
    const reader = await makeActor(t.db, 'talent');
    const [blockedByReader, blockerOfReader] = [people[1]!, people[62]!];
    await blockUser(t.db, reader, blockedByReader.actor.id);
    await blockUser(t.db, blockerOfReader.actor, reader.id);

    const named: string[] = [];
    let unlisted = 0;
    let after = 0;
    let pages = 0;
    do {
      const page = await getClubPage(t.db, reader, club.slug, after);
      expect(page.members.length + page.unlisted).toBeLessThanOrEqual(MEMBERS_PER_PAGE);
      named.push(...page.members.map((m) => m.name));
      unlisted += page.unlisted;
      pages += 1;
      after = page.next ?? 0;
    } while (after !== 0);
    expect(pages).toBe(3);
    const hidden = new Set([blockedByReader.fullName, blockerOfReader.fullName]);
    const expected = people.filter((p) => !p.private && !hidden.has(p.fullName)).map((p) => p.fullName);
    expect(named).toEqual(expected);
    expect(unlisted).toBe(125 - expected.length);

    // The club's staff see everyone, blocks or not.
    const staffPage = await getClubPage(t.db, officer, club.slug);
    expect(staffPage.members.map((m) => m.userId)).toContain(blockedByReader.actor.id);
  });
});

describe('meetups', () => {
  it('never seats more people than the capacity, whoever comes at once', async () => {
    const club = await createClub(t.db, officer, input('CLB Gặp mặt'));
    const meetup = await createMeetup(
      t.db,
      officer,
      club.id,
      {
        title: 'Cà phê',
        startsAt: new Date('2026-12-20T10:00:00Z'),
        place: 'Long Xuyên',
        onlineUrl: null,
        capacity: 3,
      },
      NOW,
    );
    const people = await Promise.all(Array.from({ length: 8 }, () => makeActor(t.db, 'talent')));
    for (const p of people) await joinClub(t.db, p, club.id);
    const results = await Promise.allSettled(people.map((p) => rsvpMeetup(t.db, p, meetup.id, NOW)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const [row] = await t.db.select().from(meetups).where(eq(meetups.id, meetup.id));
    const seats = await t.db.select().from(meetupRsvps).where(eq(meetupRsvps.meetupId, meetup.id));
    expect({ counter: row!.goingCount, rows: seats.length }).toEqual({ counter: 3, rows: 3 });

    const outsider = await makeActor(t.db, 'talent');
    await expect(rsvpMeetup(t.db, outsider, meetup.id, NOW)).rejects.toThrow(ForbiddenError);
    await expect(
      createMeetup(
        t.db,
        outsider,
        club.id,
        { title: 'x', startsAt: new Date('2026-12-21'), place: 'x', onlineUrl: null, capacity: null },
        NOW,
      ),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      createMeetup(
        t.db,
        officer,
        club.id,
        { title: 'x', startsAt: new Date('2026-11-01'), place: 'x', onlineUrl: null, capacity: null },
        NOW,
      ),
    ).rejects.toThrow(InvalidInputError);
  });
});
