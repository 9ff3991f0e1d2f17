import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Database } from '@db/client';
import {
  achievements,
  clubMemberships,
  clubs,
  connections,
  contactRequests,
  employers,
  savedSearches,
  postReports,
  talentClaims,
  talents,
} from '@db/schema';
import { makeUser } from '../../support/actors';
import { makeTalentMember, makeVerifiedEmployer } from '../../support/members';
import { createMeetup } from '@/lib/server/clubs/meetups';
import { createThread, replyToThread } from '@/lib/server/forums/posting';
import type { World } from './world';

/**
 * Fresh things for one row of the matrix, each belonging to the person the row is about, so that a
 * row that succeeds (the owner's) never changes what the next row finds.
 */
export const targets = {
  /** A new listed talent with an account, open to offers, in `world.unitId`. */
  member: async (db: Database, world: World) => {
    return makeTalentMember(db, { unitSlug: world.unitSlug, age: 25, open: true });
  },
  /** A post of `talent` in the club's thread. */
  post: async (db: Database, world: World) =>
    (await replyToThread(db, world.talent.actor, world.thread.id, 'Một câu trả lời để thử quyền.')).postId,
  /** A thread of `talent` in the club's forum. */
  thread: async (db: Database, world: World) =>
    (
      await createThread(db, world.talent.actor, world.club.forumId, {
        title: 'Chủ đề mới thử quyền',
        body: 'Nội dung chủ đề mới.',
      })
    ).threadId,
  /** An open report of a post of `talent`. */
  report: async (db: Database, world: World) => {
    const postId = await targets.post(db, world);
    const [row] = await db
      .insert(postReports)
      .values({
        postId,
        forumId: world.club.forumId,
        reporterId: world.actors.admin.id,
        reason: 'Nội dung không phù hợp',
      })
      .returning({ id: postReports.id });
    return row!.id;
  },
  /** A connection request from a new member to `talent`. */
  connectionToTalent: async (db: Database, world: World) => {
    const from = await targets.member(db, world);
    return insertConnection(db, from.actor.id, world.talent.actor.id, 'pending');
  },
  /** A connection request from `otherTalent` to a new member. */
  connectionFromOtherTalent: async (db: Database, world: World) => {
    const to = await targets.member(db, world);
    return insertConnection(db, world.otherTalent.actor.id, to.actor.id, 'pending');
  },
  /** An accepted connection between `talent` and a new member. */
  acceptedConnection: async (db: Database, world: World) => {
    const other = await targets.member(db, world);
    return insertConnection(db, other.actor.id, world.talent.actor.id, 'accepted');
  },
  /** A contact request to `talent` from the verified employer, in a given state. */
  contact: async (db: Database, world: World, status: 'pending' | 'awaiting_officer' = 'pending') => {
    const [row] = await db
      .insert(contactRequests)
      .values({
        employerId: world.actors.verifiedEmployer.id,
        talentId: world.talent.talentId,
        kind: 'job',
        subject: 'Lời mời',
        message: 'Nội dung lời mời.',
        status,
        minor: status === 'awaiting_officer',
        createdAt: new Date(),
      })
      .returning({ id: contactRequests.id });
    return row!.id;
  },
  /** A saved search of the verified employer, or of another verified employer. */
  savedSearch: async (db: Database, world: World, ofAnother = false) => {
    const owner = ofAnother ? await makeVerifiedEmployer(db, 'Công ty Khác') : world.actors.verifiedEmployer;
    // Written directly: the library's cap on saved searches is not what the rows test.
    const [row] = await db
      .insert(savedSearches)
      .values({
        employerId: owner.id,
        name: 'Tìm kiếm đã lưu',
        query: 'q=an',
        createdAt: new Date(),
        checkedAt: new Date(),
      })
      .returning({ id: savedSearches.id });
    return row!.id;
  },
  /** A member waiting for approval in the club `talent` moderates. */
  pendingClubMember: async (db: Database, world: World) => {
    const user = await makeUser(db, 'talent');
    await db.insert(clubMemberships).values({ clubId: world.club.id, userId: user.id, status: 'pending' });
    return user.id;
  },
  /** A club proposed in `world.unitId`, waiting for an officer. */
  proposedClub: async (db: Database, world: World) => {
    const [row] = await db
      .insert(clubs)
      .values({
        slug: `de-xuat-${Math.random().toString(36).slice(2)}`,
        name: 'CLB đề xuất',
        unitId: world.unitId,
        status: 'proposed',
      })
      .returning({ id: clubs.id });
    return row!.id;
  },
  /** An active open club of `world.unitId` nobody has joined. */
  openClub: async (db: Database, world: World) => {
    const [row] = await db
      .insert(clubs)
      .values({
        slug: `mo-${Math.random().toString(36).slice(2)}`,
        name: 'CLB mở',
        unitId: world.unitId,
        status: 'active',
        joinPolicy: 'open',
      })
      .returning({ id: clubs.id });
    return row!.id;
  },
  /** A meetup of the club. */
  meetup: async (db: Database, world: World) =>
    (
      await createMeetup(db, world.talent.actor, world.club.id, {
        title: 'Buổi gặp thử quyền',
        startsAt: new Date(Date.now() + 7 * 86_400_000),
        place: 'Long Xuyên',
        onlineUrl: null,
        capacity: null,
      })
    ).id,
  /** An unverified achievement of `talent`. */
  achievement: async (db: Database, world: World) => {
    const [row] = await db
      .insert(achievements)
      .values({
        talentId: world.talent.talentId,
        title: 'Giải nhì',
        awardName: 'Giải thử',
        issuingBody: 'Tỉnh đoàn',
        year: new Date().getFullYear() - 1,
        level: 'provincial',
      })
      .returning({ id: achievements.id });
    return row!.id;
  },
  /** A draft profile in `world.unitId`, waiting for an officer. */
  draftProfile: async (db: Database, world: World) => {
    const member = await targets.member(db, world);
    await db.update(talents).set({ status: 'draft' }).where(eq(talents.id, member.talentId));
    return member.talentId;
  },
  /** A pending claim of an unclaimed profile in `world.unitId`. */
  claim: async (db: Database, world: World) => {
    const member = await targets.member(db, world);
    await db.update(talents).set({ userId: null }).where(eq(talents.id, member.talentId));
    const [row] = await db
      .insert(talentClaims)
      .values({ talentId: member.talentId, userId: member.actor.id })
      .returning({ id: talentClaims.id });
    return row!.id;
  },
  /** An employer account waiting for verification. */
  unverifiedEmployer: async (db: Database) => {
    const user = await makeUser(db, 'employer');
    await db.insert(employers).values({
      userId: user.id,
      organisationName: 'Doanh nghiệp chờ xác minh',
      registrationNumber: String(1700000000 + user.id),
      contactPerson: 'Người liên hệ',
    });
    return user.id;
  },
  /** A plain account's address. */
  account: async (db: Database) => (await makeUser(db, 'talent')).email,
};

async function insertConnection(
  db: Database,
  requesterId: number,
  recipientId: number,
  status: 'pending' | 'accepted',
) {
  const [row] = await db
    .insert(connections)
    .values({ requesterId, recipientId, status, createdAt: new Date() })
    .returning({ id: connections.id });
  return row!.id;
}

/** A small real PNG, as a photo upload sends it. */
export async function smallPng(): Promise<Blob> {
  const bytes = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#2a7' } })
    .png()
    .toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/png' });
}
