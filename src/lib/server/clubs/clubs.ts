/**
 * Creating clubs: officers create them in their unit (admins anywhere), talents propose them and an
 * officer approves. Every club gets its forum in the same transaction.
 */
import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import {
  type Club,
  clubMemberships,
  clubs,
  fields,
  type ForumAudience,
  forums,
  type JoinPolicy,
  units,
} from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { recordAudit } from '@/lib/server/audit/record';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { notify } from '@/lib/server/notifications';
import { requireStaff } from '@/lib/server/officers/scope';
import { slugify } from '@/lib/vietnamese';
import { clubSubject, isClubStaff, requireParticipant } from './access';

export const MAX_CLUB_NAME = 120;
export const MAX_CLUB_DESCRIPTION = 4000;
export const MAX_CLUB_RULES = 4000;

export interface ClubInput {
  name: string;
  description: string;
  rules: string;
  fieldId: number | null;
  unitId: number | null;
  joinPolicy: JoinPolicy;
  forumAudience: ForumAudience;
}

/**
 * Creates an active club, with its forum, and returns it.
 * @throws ForbiddenError unless `actor` is staff of the club's unit (admins: any, or none).
 */
export async function createClub(db: Database, actor: Actor, input: ClubInput): Promise<Club> {
  requireStaff(actor);
  requireFieldOrUnit(input);
  if (!isClubStaff(actor, { unitId: input.unitId }))
    throw new ForbiddenError('community.notYourUnit', 'unitId');
  return db.transaction(async (tx) => {
    const club = await insertClub(tx, actor, input, 'active');
    await recordAudit(tx, { ...clubSubject(actor, club), action: 'club.create', after: { ...input } });
    return club;
  });
}

/** A talent's proposal: a club waiting for an officer of its unit (or an admin) to approve it. */
export async function proposeClub(db: Database, actor: Actor, input: ClubInput): Promise<Club> {
  requireParticipant(actor);
  return db.transaction((tx) => insertClub(tx, actor, input, 'proposed'));
}

/** Makes a proposed club active; its proposer becomes its first moderator. */
export async function approveClub(db: Database, actor: Actor, clubId: number): Promise<Club> {
  requireStaff(actor);
  return db.transaction(async (tx) => {
    const [club] = await tx.select().from(clubs).where(eq(clubs.id, clubId));
    if (!club || club.status !== 'proposed') throw new NotFoundError();
    if (!isClubStaff(actor, club)) throw new ForbiddenError();
    const [approved] = await tx
      .update(clubs)
      .set({ status: 'active', memberCount: club.createdBy === null ? 0 : 1 })
      .where(eq(clubs.id, clubId))
      .returning();
    await recordAudit(tx, {
      ...clubSubject(actor, club),
      action: 'club.approve',
      before: { status: 'proposed' },
      after: { status: 'active' },
    });
    if (club.createdBy !== null) {
      await tx
        .insert(clubMemberships)
        .values({ clubId, userId: club.createdBy, role: 'moderator', status: 'active' })
        .onConflictDoUpdate({
          target: [clubMemberships.clubId, clubMemberships.userId],
          set: { role: 'moderator', status: 'active' },
        });
      await notify(tx, {
        userId: club.createdBy,
        kind: 'clubApproved',
        params: { club: club.name },
        link: { route: 'club', params: { slug: club.slug } },
      });
    }
    return approved!;
  });
}

/** Declines a proposal: the club and its empty forum are deleted. */
export async function declineClub(db: Database, actor: Actor, clubId: number): Promise<void> {
  requireStaff(actor);
  await db.transaction(async (tx) => {
    const [club] = await tx.select().from(clubs).where(eq(clubs.id, clubId));
    if (!club || club.status !== 'proposed') throw new NotFoundError();
    if (!isClubStaff(actor, club)) throw new ForbiddenError();
    await tx.delete(clubs).where(eq(clubs.id, clubId));
    await recordAudit(tx, {
      ...clubSubject(actor, club),
      action: 'club.decline',
      before: { status: 'proposed', createdBy: club.createdBy },
      after: null,
    });
  });
}

async function insertClub(tx: Executor, actor: Actor, input: ClubInput, status: Club['status']) {
  requireFieldOrUnit(input);
  await requireReference(tx, input);
  const slug = await freeSlug(tx, slugify(input.name) || 'cau-lac-bo');
  const [club] = await tx
    .insert(clubs)
    .values({ ...input, slug, status, createdBy: actor.id })
    .returning();
  await tx.insert(forums).values({ slug, clubId: club!.id });
  return club!;
}

function requireFieldOrUnit(input: ClubInput) {
  if (input.fieldId === null && input.unitId === null) {
    throw new InvalidInputError('community.fieldOrUnitRequired', 'fieldId');
  }
}

async function requireReference(tx: Executor, input: ClubInput) {
  if (input.fieldId !== null) {
    const [field] = await tx.select({ id: fields.id }).from(fields).where(eq(fields.id, input.fieldId));
    if (!field) throw new InvalidInputError('community.unknownField', 'fieldId');
  }
  if (input.unitId !== null) {
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(and(eq(units.id, input.unitId), eq(units.active, true)));
    if (!unit) throw new InvalidInputError('community.unknownUnit', 'unitId');
  }
}

/** Clubs and field forums share the `/dien-dan/<slug>` space: a slug taken by either gets a number. */
async function freeSlug(tx: Executor, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    const [clubTaken] = await tx.select({ id: clubs.id }).from(clubs).where(eq(clubs.slug, slug));
    const [forumTaken] = await tx.select({ id: forums.id }).from(forums).where(eq(forums.slug, slug));
    const [fieldTaken] = await tx.select({ id: fields.id }).from(fields).where(eq(fields.slug, slug));
    if (!clubTaken && !forumTaken && !fieldTaken) return slug;
  }
}
