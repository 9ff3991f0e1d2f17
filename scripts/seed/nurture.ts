/**
 * Nurturing activities over 2022 to the seed's year, with honoured talents taking part and making
 * proposals at the forums, and the officers' trainings on talent work, so the targets dashboard shows real figures. Participants
 * follow the number of honoured talents, so `--count` seeds in proportion.
 */
import { and, eq, isNull, max, min } from 'drizzle-orm';
import {
  activities,
  type ActivityKind,
  activityParticipants,
  dialogueProposals,
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
  proposals: number;
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
  const proposals = proposalRows(rng, activityRows, participantRows);
  await insertInChunks(tx, dialogueProposals, proposals);

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
    proposals: proposals.length,
    trainings: trainingRows.length,
  };
}

/**
 * Proposals made by talents who took part in the forums with provincial leaders: one to three per
 * forum, the older ones answered (and some carried out), this year's still being answered.
 */
function proposalRows(
  rng: ReturnType<typeof createRandom>,
  activityRows: readonly (typeof activities.$inferInsert)[],
  participantRows: readonly (typeof activityParticipants.$inferInsert)[],
): (typeof dialogueProposals.$inferInsert)[] {
  const forums = new Map(activityRows.filter((a) => a.kind === 'forum').map((a) => [a.id!, a.heldOn]));
  const taking = new Map<number, number[]>();
  for (const p of participantRows)
    if (forums.has(p.activityId)) taking.set(p.activityId, [...(taking.get(p.activityId) ?? []), p.talentId]);
  const rows: (typeof dialogueProposals.$inferInsert)[] = [];
  for (const [activityId, heldOn] of forums) {
    const speakers = taking.get(activityId) ?? [];
    const thisYear = heldOn.startsWith(String(SEED_YEAR));
    for (const talentId of rng.sample(speakers, Math.min(speakers.length, rng.int(1, 3)))) {
      const [proposal, answer] = rng.pick(PROPOSALS);
      const status = thisYear
        ? rng.pick(['received', 'answering'] as const)
        : rng.pick(['answered', 'done'] as const);
      rows.push({
        activityId,
        talentId,
        proposal,
        ...(status === 'answered' || status === 'done'
          ? { answer, answeredBy: 'Phó Chủ tịch UBND tỉnh (nhân vật minh họa)' }
          : {}),
        status,
      });
    }
  }
  return rows;
}

/** What young talents ask of the province's leaders at a forum, and the answer given (illustrative). */
const PROPOSALS: readonly (readonly [string, string])[] = [
  [
    'Đề nghị tỉnh có quỹ hỗ trợ tài năng trẻ đăng ký sở hữu trí tuệ cho sản phẩm sáng tạo.',
    'Tỉnh giao Sở Khoa học và Công nghệ hướng dẫn hồ sơ và hỗ trợ một phần chi phí từ năm sau.',
  ],
  [
    'Đề nghị mở thêm phòng thí nghiệm dùng chung cho học sinh, sinh viên ở các xã vùng biên.',
    'Tỉnh sẽ khảo sát nhu cầu và bố trí phòng thí nghiệm dùng chung tại hai trường trung học phổ thông.',
  ],
  [
    'Đề nghị ưu tiên tuyển dụng tài năng trẻ đạt giải quốc gia vào các đơn vị sự nghiệp của tỉnh.',
    'Sở Nội vụ nghiên cứu cơ chế xét tuyển đặc cách theo quy định hiện hành.',
  ],
  [
    'Đề nghị hỗ trợ kết nối doanh nghiệp để thương mại hóa các dự án khởi nghiệp nông nghiệp.',
    'Tỉnh Đoàn phối hợp Hội Doanh nhân trẻ tổ chức phiên kết nối hằng quý.',
  ],
  [
    'Đề nghị có học bổng cho học sinh giỏi hoàn cảnh khó khăn theo học đại học ngoài tỉnh.',
    'Quỹ khuyến học tỉnh bổ sung suất học bổng dành riêng cho đối tượng này.',
  ],
];

const titles: Record<ActivityKind, string> = {
  civic_trip: 'Hành trình về nguồn',
  training: 'Tập huấn kỹ năng cho tài năng trẻ',
  mentoring: 'Tài năng trẻ đồng hành cùng học sinh',
  community: 'Tài năng trẻ chung tay vì cộng đồng',
  forum: 'Diễn đàn thanh niên đối thoại với lãnh đạo tỉnh',
  startup: 'Ngày hội khởi nghiệp, sáng tạo trẻ',
  conference: 'Hội nghị tài năng trẻ',
};
