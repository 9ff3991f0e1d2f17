import { and, asc, eq, isNotNull, ne } from 'drizzle-orm';
import { now } from '@/lib/server/clock';
import type { Database } from '@db/client';
import {
  achievements,
  activities,
  clubMemberships,
  clubs,
  connections,
  contactRequests,
  forums,
  officerTrainings,
  savedSearches,
  units,
  type User,
  users,
} from '@db/schema';
import { actorOf, makeUser } from '../../support/actors';
import { makeTalentMember, makeVerifiedEmployer, type TalentMember } from '../../support/members';
import { createSession } from '@/lib/server/auth/sessions';
import type { Actor } from '@/lib/server/auth/actor';
import { sendConnectionRequest } from '@/lib/server/connections/requests';
import { sendContactRequest } from '@/lib/server/connections/contact';
import { saveSearch } from '@/lib/server/employers/saved-searches';
import { saveShortlistEntry } from '@/lib/server/employers/shortlist';
import { createThread } from '@/lib/server/forums/posting';
import { targets } from './targets';

/** Every kind of person the authorization matrix asks as. */
export const ROLES = [
  'anonymous',
  'talent',
  'otherTalent',
  'employer',
  'verifiedEmployer',
  'officer',
  'otherOfficer',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface World {
  actors: Record<Exclude<Role, 'anonymous'>, Actor>;
  /** The session cookie token of each role; none for anonymous. */
  tokens: Record<Role, string | null>;
  /** `talent`'s profile, in the unit of `officer`; `otherTalent`'s is elsewhere. */
  talent: TalentMember;
  otherTalent: TalentMember;
  /** A club of `officer`'s unit that `talent` moderates, its forum, and a thread `talent` opened in it. */
  club: { id: number; slug: string; forumSlug: string; forumId: number };
  thread: { id: number; postId: number };
  /** `talent`'s achievement waiting for an officer of `talent`'s unit; `otherTalent`'s, for the other unit's. */
  pendingAchievementId: number;
  otherPendingAchievementId: number;
  /** A nurturing activity of `officer`'s unit, and one of `otherOfficer`'s. */
  activityId: number;
  otherActivityId: number;
  /** An officer training held by `officer`'s unit. */
  trainingId: number;
  /** A connection request from `otherTalent` to `talent`, and an employer's contact request to `talent`. */
  connectionId: number;
  contactId: number;
  /** `verifiedEmployer`'s saved search. */
  savedSearchId: number;
  /** `officer`'s unit and `otherOfficer`'s: siblings, so neither holds the other (nor is the province). */
  unitId: number;
  unitSlug: string;
  otherUnitId: number;
  otherUnitSlug: string;
  /** Nominations to the award call `gmt-2027` of a talent of `officer`'s unit, and of `otherOfficer`'s. */
  applicationId: number;
  otherApplicationId: number;
}

async function session(db: Database, user: Pick<User, 'id' | 'role'>) {
  return (await createSession(db, user, 'authorization matrix')).token;
}

/** The people of every role and the things of theirs that others will try to reach. */
export async function buildWorld(db: Database): Promise<World> {
  const [club] = await db
    .select({
      id: clubs.id,
      slug: clubs.slug,
      forumSlug: forums.slug,
      forumId: forums.id,
      unitId: clubs.unitId,
    })
    .from(clubs)
    .innerJoin(forums, eq(forums.clubId, clubs.id))
    .where(and(eq(clubs.status, 'active'), isNotNull(clubs.unitId)))
    .orderBy(asc(clubs.id))
    .limit(1);
  const [unit] = await db
    .select({ id: units.id, slug: units.slug, parentId: units.parentId })
    .from(units)
    .where(eq(units.id, club!.unitId!));
  // A sibling: an officer of the province (the root) manages every unit below it.
  const [otherUnit] = await db
    .select({ id: units.id, slug: units.slug })
    .from(units)
    .where(and(ne(units.id, unit!.id), eq(units.parentId, unit!.parentId!), eq(units.active, true)))
    .orderBy(asc(units.id))
    .limit(1);
  const talent = await makeTalentMember(db, { unitSlug: unit!.slug, age: 25, open: true });
  const otherTalent = await makeTalentMember(db, { unitSlug: otherUnit!.slug, age: 25, open: true });
  const employerUser = await makeUser(db, 'employer');
  const verifiedEmployer = await makeVerifiedEmployer(db, 'Công ty Thử Quyền');
  const officerUser = await makeUser(db, 'officer', { unitId: unit!.id });
  const otherOfficerUser = await makeUser(db, 'officer', { unitId: otherUnit!.id });
  const adminUser = await makeUser(db, 'admin');
  const actors = {
    talent: talent.actor,
    otherTalent: otherTalent.actor,
    employer: actorOf(employerUser),
    verifiedEmployer,
    officer: actorOf(officerUser),
    otherOfficer: actorOf(otherOfficerUser),
    admin: actorOf(adminUser),
  };
  // Accounts of a year's standing: the new-account posting limits are not what this matrix tests.
  const yearAgo = new Date(now().getTime() - 365 * 86_400_000);
  for (const actor of Object.values(actors))
    await db.update(users).set({ createdAt: yearAgo }).where(eq(users.id, actor.id));
  const tokens = { anonymous: null } as Record<Role, string | null>;
  for (const [role, actor] of Object.entries(actors)) tokens[role as Role] = await session(db, actor);

  await db
    .insert(clubMemberships)
    .values({ clubId: club!.id, userId: talent.actor.id, role: 'moderator', status: 'active' })
    .onConflictDoUpdate({
      target: [clubMemberships.clubId, clubMemberships.userId],
      set: { role: 'moderator', status: 'active' },
    });
  const created = await createThread(db, talent.actor, club!.forumId, {
    title: 'Chủ đề của tài năng thử quyền',
    body: 'Bài mở đầu của chủ đề thử quyền.',
  });

  const [achievement, otherAchievement] = await db
    .insert(achievements)
    .values(
      [talent, otherTalent].map((owner) => ({
        talentId: owner.talentId,
        title: 'Giải nhất thử quyền',
        awardName: 'Giải thử quyền',
        issuingBody: 'Tỉnh đoàn',
        year: now().getFullYear() - 1,
        level: 'provincial' as const,
      })),
    )
    .returning({ id: achievements.id });
  const [activity, otherActivity] = await db
    .insert(activities)
    .values(
      [unit!.id, otherUnit!.id].map((unitId) => ({
        unitId,
        kind: 'training' as const,
        title: 'Hoạt động thử quyền',
        heldOn: '2026-03-26',
      })),
    )
    .returning({ id: activities.id });
  const [training] = await db
    .insert(officerTrainings)
    .values({ title: 'Tập huấn thử quyền', heldOn: '2026-03-20', unitId: unit!.id })
    .returning({ id: officerTrainings.id });

  await sendConnectionRequest(db, otherTalent.actor, { slug: talent.slug, note: '' });
  const [connection] = await db
    .select({ id: connections.id })
    .from(connections)
    .where(
      and(eq(connections.requesterId, otherTalent.actor.id), eq(connections.recipientId, talent.actor.id)),
    );
  await sendContactRequest(db, verifiedEmployer, {
    slug: talent.slug,
    kind: 'job',
    subject: 'Lời mời thử quyền',
    message: 'Nội dung lời mời thử quyền.',
  });
  const [contact] = await db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(eq(contactRequests.talentId, talent.talentId));
  await saveShortlistEntry(db, verifiedEmployer, { slug: talent.slug, note: 'ghi chú riêng' });
  await saveSearch(db, verifiedEmployer, { name: 'Tìm kiếm thử quyền', query: 'q=nguyen' });
  const [saved] = await db
    .select({ id: savedSearches.id })
    .from(savedSearches)
    .where(eq(savedSearches.employerId, verifiedEmployer.id));
  const world: World = {
    actors,
    tokens,
    talent,
    otherTalent,
    club: { id: club!.id, slug: club!.slug, forumSlug: club!.forumSlug, forumId: club!.forumId },
    thread: { id: created.threadId, postId: created.postId },
    pendingAchievementId: achievement!.id,
    otherPendingAchievementId: otherAchievement!.id,
    activityId: activity!.id,
    otherActivityId: otherActivity!.id,
    trainingId: training!.id,
    connectionId: connection!.id,
    contactId: contact!.id,
    savedSearchId: saved!.id,
    unitId: unit!.id,
    unitSlug: unit!.slug,
    otherUnitId: otherUnit!.id,
    otherUnitSlug: otherUnit!.slug,
    applicationId: 0,
    otherApplicationId: 0,
  };
  world.applicationId = await targets.application(db, world);
  world.otherApplicationId = await targets.application(db, world, { ofOtherUnit: true });
  return world;
}
