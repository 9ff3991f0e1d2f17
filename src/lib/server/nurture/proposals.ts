import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import {
  activities,
  activityParticipants,
  dialogueProposals,
  type ProposalStatus,
  talents,
  units,
} from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { changedValues, recordAudit } from '@/lib/server/audit/record';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { requireStaff } from '@/lib/server/officers/scope';
import { getManagedActivity } from './activities';

/** Activities where talents put proposals to the province's leaders. */
export const dialogueKinds = ['forum'] as const;

export interface ProposalAnswer {
  answer: string;
  answeredBy: string;
  status: ProposalStatus;
}

/** The actor and subject of a proposal's audit entries, named by the dialogue it was made at. */
const proposalSubject = (staff: Actor, id: number, activityTitle: string) =>
  ({ actor: staff, subjectType: 'proposal', subjectId: id, subjectLabel: activityTitle }) as const;

/**
 * Records a proposal a talent made at a dialogue of the officer's unit. The talent must be on the
 * activity's list of participants (so nobody's name is reachable by typing an id).
 */
export async function recordProposal(
  db: Database,
  actor: Actor | null,
  input: { activityId: number; talentId: number; proposal: string } & ProposalAnswer,
): Promise<number> {
  const staff = requireStaff(actor);
  const activity = await getManagedActivity(db, staff, input.activityId);
  if (!(dialogueKinds as readonly string[]).includes(activity.kind))
    throw new InvalidInputError('proposals.notDialogue');
  const [participant] = await db
    .select({ talentId: activityParticipants.talentId })
    .from(activityParticipants)
    .where(
      and(
        eq(activityParticipants.activityId, activity.id),
        eq(activityParticipants.talentId, input.talentId),
      ),
    );
  if (!participant) throw new InvalidInputError('proposals.notParticipant', 'talentId');
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(dialogueProposals).values(input).returning({ id: dialogueProposals.id });
    await recordAudit(tx, {
      ...proposalSubject(staff, row!.id, activity.title),
      action: 'proposal.create',
      after: { ...input },
    });
    return row!.id;
  });
}

/** Records the answer to a proposal and where it stands; the proposal's activity must be the officer's. */
export async function answerProposal(db: Database, actor: Actor | null, id: number, answer: ProposalAnswer) {
  const staff = requireStaff(actor);
  const [row] = await db.select().from(dialogueProposals).where(eq(dialogueProposals.id, id));
  if (!row) throw new NotFoundError();
  const activity = await getManagedActivity(db, staff, row.activityId);
  const change = changedValues<ProposalAnswer>(row, answer);
  if (!change) return;
  await db.transaction(async (tx) => {
    await tx.update(dialogueProposals).set(answer).where(eq(dialogueProposals.id, id));
    await recordAudit(tx, {
      ...proposalSubject(staff, id, activity.title),
      action: 'proposal.answer',
      ...change,
    });
  });
}

const proposalColumns = {
  id: dialogueProposals.id,
  proposal: dialogueProposals.proposal,
  answer: dialogueProposals.answer,
  answeredBy: dialogueProposals.answeredBy,
  status: dialogueProposals.status,
  activityId: activities.id,
  activityTitle: activities.title,
  heldOn: activities.heldOn,
  unitName: units.name,
};

export interface ProposalFilters {
  status?: ProposalStatus | undefined;
  year?: number | undefined;
  activityId?: number | undefined;
}

/**
 * The proposals made at dialogues of the units the officer manages (admins: all), newest dialogue
 * first, with the talent's name; filtered by status, year and activity.
 */
export async function listProposals(db: Executor, actor: Actor | null, filters: ProposalFilters = {}) {
  const staff = requireStaff(actor);
  const conditions: (SQL | undefined)[] = [
    staff.role === 'admin' ? undefined : eq(activities.unitId, staff.unitId ?? -1),
    filters.status ? eq(dialogueProposals.status, filters.status) : undefined,
    filters.year ? sql`substr(${activities.heldOn}, 1, 4) = ${String(filters.year)}` : undefined,
    filters.activityId ? eq(activities.id, filters.activityId) : undefined,
  ];
  return db
    .select({ ...proposalColumns, talentName: talents.fullName })
    .from(dialogueProposals)
    .innerJoin(activities, eq(activities.id, dialogueProposals.activityId))
    .innerJoin(units, eq(units.id, activities.unitId))
    .leftJoin(talents, eq(talents.id, dialogueProposals.talentId))
    .where(and(...conditions))
    .orderBy(desc(activities.heldOn), desc(dialogueProposals.id))
    .limit(200);
}

/** The proposals of the signed-in talent, with the answers they got. */
export async function listOwnProposals(db: Executor, actor: Actor) {
  const own = db.select({ id: talents.id }).from(talents).where(eq(talents.userId, actor.id));
  return db
    .select(proposalColumns)
    .from(dialogueProposals)
    .innerJoin(activities, eq(activities.id, dialogueProposals.activityId))
    .innerJoin(units, eq(units.id, activities.unitId))
    .where(inArray(dialogueProposals.talentId, own))
    .orderBy(desc(activities.heldOn), desc(dialogueProposals.id));
}
