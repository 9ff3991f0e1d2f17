/**
 * Nurturing activities over 2022 to the seed's year, with honoured talents taking part, and the
 * officers' trainings on talent work, so the targets dashboard shows real figures. Participants
 * follow the number of honoured talents, so `--count` seeds in proportion.
 */
import { and, eq, isNull, max, min } from 'drizzle-orm';
import {
  activities,
  type ActivityKind,
  activityParticipants,
  honours,
  officerTrainingAttendance,
  officerTrainings,
  talents,
  talentWorkLeads,
  units,
  users,
} from '@db/schema';
import { insertInChunks, type Writer } from './batch';
import { SEED_YEAR } from './people';
import { createRandom, SEED } from './random';

const FIRST_YEAR = 2022;
const INSPIRATION: readonly ActivityKind[] = ['forum', 'startup', 'mentoring', 'community', 'conference'];

export interface NurtureSeedCounts {
  activities: number;
  participants: number;
  trainings: number;
}

/** A day of `year` as YYYY-MM-DD; the seed's own year stops before its "now" (31 October). */
function dayOf(rng: ReturnType<typeof createRandom>, year: number): string {
  const month = rng.int(1, year === SEED_YEAR ? 10 : 12);
  return `${year}-${String(month).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

export async function seedNurture(tx: Writer): Promise<NurtureSeedCounts> {
  const rng = createRandom(SEED + 14);
  const unitRows = await tx.select({ id: units.id }).from(units).where(eq(units.active, true));
  const honoured = await tx
    .select({ id: talents.id, unitId: talents.unitId, since: min(honours.year) })
    .from(honours)
    .innerJoin(talents, eq(talents.id, honours.talentId))
    .where(isNull(honours.revokedAt))
    .groupBy(talents.id);
  const byUnit = new Map<number, { id: number; since: number }[]>();
  for (const h of honoured)
    byUnit.set(h.unitId, [...(byUnit.get(h.unitId) ?? []), { id: h.id, since: h.since ?? 0 }]);

  const activityRows: (typeof activities.$inferInsert)[] = [];
  const participantRows: (typeof activityParticipants.$inferInsert)[] = [];
  // Explicit ids continue after any rows already there, so participants need no read-back.
  const [lastActivity] = await tx.select({ id: max(activities.id) }).from(activities);
  let nextId = (lastActivity?.id ?? 0) + 1;
  for (const unit of unitRows) {
    for (let year = FIRST_YEAR; year <= SEED_YEAR; year++) {
      const kinds: ActivityKind[] = [];
      // Most units hold both kinds the plan asks for each year; some miss one, so the dashboard has units behind.
      if (rng.chance(0.8)) kinds.push('civic_trip');
      if (rng.chance(0.7)) kinds.push(rng.pick(INSPIRATION));
      if (rng.chance(0.4)) kinds.push('training');
      for (const kind of kinds) {
        const id = nextId++;
        activityRows.push({
          id,
          unitId: unit.id,
          kind,
          title: titles[kind],
          heldOn: dayOf(rng, year),
          place: '',
        });
        const eligible = (byUnit.get(unit.id) ?? []).filter((t) => t.since <= year);
        for (const t of rng.sample(eligible, Math.ceil(eligible.length * rng.next() * 0.5)))
          participantRows.push({
            activityId: id,
            talentId: t.id,
            role: rng.chance(0.2) ? 'speaker' : 'attendee',
          });
      }
    }
  }
  await insertInChunks(tx, activities, activityRows);
  await insertInChunks(tx, activityParticipants, participantRows);

  const officers = await tx
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(and(eq(users.role, 'officer'), isNull(users.disabledAt)));
  const [lastTraining] = await tx.select({ id: max(officerTrainings.id) }).from(officerTrainings);
  const trainingRows = Array.from({ length: SEED_YEAR - FIRST_YEAR + 1 }, (_, i) => ({
    id: (lastTraining?.id ?? 0) + i + 1,
    title: `Tập huấn công tác phát hiện, bồi dưỡng tài năng trẻ năm ${FIRST_YEAR + i}`,
    heldOn: `${FIRST_YEAR + i}-05-15`,
  }));
  await insertInChunks(tx, officerTrainings, trainingRows);
  const attendance = officers.flatMap((o) =>
    trainingRows.filter(() => rng.chance(0.3)).map((t) => ({ trainingId: t.id, userId: o.id })),
  );
  await insertInChunks(tx, officerTrainingAttendance, attendance);
  const leads = new Map<number, number>();
  const existingLeads = new Set((await tx.select().from(talentWorkLeads)).map((l) => l.unitId));
  for (const o of officers)
    if (o.unitId !== null && !leads.has(o.unitId) && !existingLeads.has(o.unitId)) leads.set(o.unitId, o.id);
  await insertInChunks(
    tx,
    talentWorkLeads,
    [...leads].map(([unitId, userId]) => ({ unitId, userId })),
  );
  return {
    activities: activityRows.length,
    participants: participantRows.length,
    trainings: trainingRows.length,
  };
}

const titles: Record<ActivityKind, string> = {
  civic_trip: 'Hành trình về nguồn',
  training: 'Tập huấn kỹ năng cho tài năng trẻ',
  mentoring: 'Tài năng trẻ đồng hành cùng học sinh',
  community: 'Tài năng trẻ chung tay vì cộng đồng',
  forum: 'Diễn đàn thanh niên đối thoại với lãnh đạo tỉnh',
  startup: 'Ngày hội khởi nghiệp, sáng tạo trẻ',
  conference: 'Hội nghị tài năng trẻ',
};
