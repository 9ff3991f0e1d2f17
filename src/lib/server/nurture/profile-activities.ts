import { desc, eq } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type ActivityKind, activities, activityParticipants, type ParticipantRole, units } from '@db/schema';

export interface TalentActivity {
  title: string;
  kind: ActivityKind;
  heldOn: string;
  unitName: string;
  role: ParticipantRole;
}

/** The activities a talent took part in, latest first (shown on the profile when they chose to). */
export async function listTalentActivities(db: Executor, talentId: number): Promise<TalentActivity[]> {
  return db
    .select({
      title: activities.title,
      kind: activities.kind,
      heldOn: activities.heldOn,
      unitName: units.name,
      role: activityParticipants.role,
    })
    .from(activityParticipants)
    .innerJoin(activities, eq(activities.id, activityParticipants.activityId))
    .innerJoin(units, eq(units.id, activities.unitId))
    .where(eq(activityParticipants.talentId, talentId))
    .orderBy(desc(activities.heldOn))
    .limit(50);
}
