import { eq } from 'drizzle-orm';
import { now } from '@/lib/server/clock';
import sharp from 'sharp';
import type { Database } from '@db/client';
import {
  achievementCorrections,
  achievements,
  activities,
  activityParticipants,
  applicationReviews,
  awardApplications,
  clubMemberships,
  clubs,
  connections,
  contactRequests,
  decisions,
  dialogueProposals,
  employers,
  honours,
  savedSearches,
  postReports,
  type ProfileVisibility,
  profileParts,
  talentClaims,
  talents,
  units,
} from '@db/schema';
import { makeUser } from '../../support/actors';
import { makeTalentMember, makeVerifiedEmployer } from '../../support/members';
import { createMeetup } from '@/lib/server/clubs/meetups';
import { createThread, replyToThread } from '@/lib/server/forums/posting';
import type { World } from './world';

const unique = () => Math.random().toString(36).slice(2, 10);

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
        createdAt: now(),
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
        createdAt: now(),
        checkedAt: now(),
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
        slug: `de-xuat-${unique()}`,
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
        slug: `mo-${unique()}`,
        name: 'CLB mở',
        unitId: world.unitId,
        status: 'active',
        joinPolicy: 'open',
      })
      .returning({ id: clubs.id });
    return row!.id;
  },
  /** An active club of `otherUnitId` that `talent` does not moderate. */
  otherUnitClub: async (db: Database, world: World) => {
    const [row] = await db
      .insert(clubs)
      .values({
        slug: `khac-${unique()}`,
        name: 'CLB đơn vị khác',
        unitId: world.otherUnitId,
        status: 'active',
      })
      .returning({ id: clubs.id });
    return row!.id;
  },
  /** A meetup ahead of the club `talent` moderates, or of a club of the other unit. */
  meetup: async (db: Database, world: World, ofOtherUnit = false) =>
    (
      await createMeetup(
        db,
        ofOtherUnit ? world.actors.admin : world.talent.actor,
        ofOtherUnit ? await targets.otherUnitClub(db, world) : world.club.id,
        {
          title: 'Buổi gặp thử quyền',
          startsAt: new Date(now().getTime() + 7 * 86_400_000),
          place: 'Long Xuyên',
          onlineUrl: null,
          capacity: null,
        },
      )
    ).id,
  /** An achievement of `talent` (or of `otherTalent`, in the other unit), unverified unless asked. */
  achievement: async (db: Database, world: World, { ofOtherTalent = false, verified = false } = {}) => {
    const [row] = await db
      .insert(achievements)
      .values({
        talentId: (ofOtherTalent ? world.otherTalent : world.talent).talentId,
        title: 'Giải nhì',
        awardName: 'Giải thử',
        issuingBody: 'Tỉnh đoàn',
        year: now().getFullYear() - 1,
        level: 'provincial',
        ...(verified ? { verifiedAt: now(), verifiedById: world.actors.admin.id } : {}),
      })
      .returning({ id: achievements.id });
    return row!.id;
  },
  /** A correction `talent` asked for on a verified achievement, waiting for an officer. */
  correction: async (db: Database, world: World) => {
    const achievementId = await targets.achievement(db, world, { verified: true });
    const [row] = await db
      .insert(achievementCorrections)
      .values({
        achievementId,
        userId: world.talent.actor.id,
        proposed: { title: 'Giải nhì (đã sửa)', awardName: 'Giải thử', level: 'provincial', year: 2024 },
      })
      .returning({ id: achievementCorrections.id });
    return row!.id;
  },
  /**
   * A verification made today of an achievement of `talent` (or of `otherTalent`, in the other
   * unit), which its unit's staff may still undo.
   */
  decision: async (db: Database, world: World, ofOtherUnit = false) => {
    const owner = ofOtherUnit ? world.otherTalent : world.talent;
    const achievementId = await targets.achievement(db, world, {
      ofOtherTalent: ofOtherUnit,
      verified: true,
    });
    const [row] = await db
      .insert(decisions)
      .values({
        subject: 'achievement',
        subjectId: achievementId,
        talentId: owner.talentId,
        recipientId: owner.actor.id,
        outcome: 'verified',
        decidedById: world.actors.admin.id,
        decidedAt: now(),
      })
      .returning({ id: decisions.id });
    return row!.id;
  },
  /** A nurturing activity of `unitId` (or of the other unit), with some talents taking part. */
  activity: async (db: Database, world: World, ofOtherUnit = false, participants: number[] = []) => {
    const [row] = await db
      .insert(activities)
      .values({
        unitId: ofOtherUnit ? world.otherUnitId : world.unitId,
        kind: 'training',
        title: 'Hoạt động thử quyền',
        heldOn: '2026-04-10',
      })
      .returning({ id: activities.id });
    if (participants.length)
      await db
        .insert(activityParticipants)
        .values(participants.map((talentId) => ({ activityId: row!.id, talentId })));
    return row!.id;
  },
  /** An activity of `unitId` held today in An Giang (all day): check-in is open. */
  activityToday: async (db: Database, world: World) => {
    const today = new Date(now().getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const [row] = await db
      .insert(activities)
      .values({ unitId: world.unitId, kind: 'forum', title: 'Đối thoại thử quyền', heldOn: today })
      .returning({ id: activities.id });
    return row!.id;
  },
  /** A proposal of `talent` at a dialogue of `unitId` (or of the other unit), waiting for an answer. */
  proposal: async (db: Database, world: World, ofOtherUnit = false) => {
    const activityId = await targets.dialogue(db, world, ofOtherUnit);
    const [row] = await db
      .insert(dialogueProposals)
      .values({ activityId, talentId: world.talent.talentId, proposal: 'Kiến nghị thử quyền' })
      .returning({ id: dialogueProposals.id });
    return row!.id;
  },
  /** A dialogue of `unitId` (or of the other unit) with `talent` on its list. */
  dialogue: async (db: Database, world: World, ofOtherUnit = false) => {
    const [row] = await db
      .insert(activities)
      .values({
        unitId: ofOtherUnit ? world.otherUnitId : world.unitId,
        kind: 'forum',
        title: 'Đối thoại thử quyền',
        heldOn: '2026-04-12',
      })
      .returning({ id: activities.id });
    await db.insert(activityParticipants).values({ activityId: row!.id, talentId: world.talent.talentId });
    return row!.id;
  },
  /** A new unit beside `unitId` (under the same parent), nobody's yet. */
  unit: async (db: Database, world: World) => {
    const [parent] = await db
      .select({ parentId: units.parentId })
      .from(units)
      .where(eq(units.id, world.unitId));
    const name = `Đoàn thử quyền ${unique()}`;
    const [row] = await db
      .insert(units)
      .values({ parentId: parent!.parentId, slug: `doan-thu-quyen-${unique()}`, name, kind: 'commune' })
      .returning({ id: units.id });
    return row!.id;
  },
  /** A draft profile in `world.unitId`, waiting for an officer. */
  draftProfile: async (db: Database, world: World) => {
    const member = await targets.member(db, world);
    await db.update(talents).set({ status: 'draft' }).where(eq(talents.id, member.talentId));
    return member.talentId;
  },
  /** A draft profile in the other unit (`otherOfficer`'s), whose name `officer` must not read. */
  otherUnitDraft: async (db: Database, world: World) => {
    const member = await targets.draftProfile(db, world);
    await db.update(talents).set({ unitId: world.otherUnitId }).where(eq(talents.id, member));
    return member;
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
  /**
   * A waiting nomination (by an officer of no role here) to the award call `gmt-2027` of a new
   * talent of `officer`'s unit, or of `otherOfficer`'s; with `reviewerId`, that person has declared no
   * conflict of interest.
   */
  application: async (
    db: Database,
    world: World,
    options: { ofOtherUnit?: boolean; reviewerId?: number; statement?: string } = {},
  ) => {
    const unitSlug = options.ofOtherUnit ? world.otherUnitSlug : world.unitSlug;
    const member = await makeTalentMember(db, { unitSlug, age: 25 });
    const [row] = await db
      .insert(awardApplications)
      .values({
        callKey: 'gmt-2027',
        awardName: 'Gương mặt trẻ tiêu biểu tỉnh An Giang năm 2027',
        awardYear: 2027,
        honourKind: 'featured_young_face',
        criteriaCount: 4,
        kind: 'nomination',
        talentId: member.talentId,
        submittedById: (await makeUser(db, 'officer')).id,
        statement: options.statement ?? 'Thành tích thử quyền của bạn trẻ.',
        consentAt: now(),
        createdAt: now(),
      })
      .returning({ id: awardApplications.id });
    if (options.reviewerId !== undefined)
      await db.insert(applicationReviews).values({
        applicationId: row!.id,
        reviewerId: options.reviewerId,
        hasConflict: false,
        declaredAt: now(),
      });
    return row!.id;
  },
  /** An honour in force on a new talent of `officer`'s unit. */
  honour: async (db: Database, world: World) => {
    const member = await makeTalentMember(db, { unitSlug: world.unitSlug, age: 25 });
    const [row] = await db
      .insert(honours)
      .values({
        talentId: member.talentId,
        kind: 'featured_young_face',
        title: 'Gương mặt trẻ thử quyền',
        year: 2026,
      })
      .returning({ id: honours.id });
    return row!.id;
  },
  /** A talent record without an account in `world.unitId` (or the other unit), as officers create them. */
  record: async (db: Database, world: World, ofOtherUnit = false) => {
    const birthYear = now().getFullYear() - 24;
    const [row] = await db
      .insert(talents)
      .values({
        slug: `ho-so-thu-quyen-${unique()}`,
        fullName: 'Hồ Sơ Thử Quyền',
        birthYear,
        discoveredYear: birthYear + 20,
        unitId: ofOtherUnit ? world.otherUnitId : world.unitId,
        status: 'verified',
        visibility: Object.fromEntries(profileParts.map((part) => [part, 'private'])) as ProfileVisibility,
      })
      .returning({ id: talents.id });
    return row!.id;
  },
};

/** A one-row import file for `world.unitId`, with a name of its own so each row creates a record. */
export function importFile(world: World): Blob {
  const year = now().getFullYear();
  const csv = `ho_ten,nam_sinh,don_vi\nNhập Thử ${unique().replace(/\d/g, 'x')},${year - 22},${world.unitSlug}\n`;
  return new Blob([csv], { type: 'text/csv' });
}

/** A small real PDF, as an evidence upload sends it. */
export function smallPdf(): Blob {
  return new Blob(['%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'], { type: 'application/pdf' });
}

async function insertConnection(
  db: Database,
  requesterId: number,
  recipientId: number,
  status: 'pending' | 'accepted',
) {
  const [row] = await db
    .insert(connections)
    .values({ requesterId, recipientId, status, createdAt: now() })
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
