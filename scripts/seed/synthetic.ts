/**
 * A large synthetic data set for benchmarks (search, listing, filters at 100,000 talents). It reuses
 * the demo generators so the rows look alike, but skips the demo's careful honour selection and
 * writes in big multi-row statements, one transaction per group of talents, to stay fast.
 */
import { pauseQueueTallies, rebuildQueueTallies } from '@/lib/server/officers/queue-tallies';
import { pauseTargetTallies, rebuildTargetTallies } from '@/lib/server/targets/tallies';
import { max } from 'drizzle-orm';
import { isEligibleInYear } from '@/lib/eligibility';
import type { Database } from '@db/client';
import {
  achievements,
  honours,
  type NewAchievement,
  type NewHonour,
  talentFields,
  talents,
  type TalentStatus,
} from '@db/schema';
import { insertRowsRaw } from './batch';
import { assertNoTalents } from './guard';
import { generateTalent, SEED_NOW, SEED_YEAR, SlugRegistry, toAchievementRow, toTalentRow } from './people';
import { createRandom, SEED } from './random';
import { loadReferenceIds } from './reference';
import { seedNurture } from './nurture';
import { seedCommunity } from './community';
import { seedDemoStaff } from './staff';
import { type CommunityLinkCounts, seedCommunityLinks } from './connections';

/** Talents per transaction: large enough to amortise the commit, small enough to keep memory flat. */
const TALENTS_PER_TRANSACTION = 5000;

export interface SyntheticSeedCounts {
  users: number;
  talents: number;
  talentFields: number;
  achievements: number;
  honours: number;
  community: CommunityLinkCounts;
}

export interface SyntheticSeedOptions {
  /** Called after each transaction with the talents written so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Seeds `count` synthetic talents into a database that has reference data and no talents; throws
 * DatabaseNotEmptyError when talents exist.
 */
export async function seedSyntheticData(
  db: Database,
  count: number,
  options: SyntheticSeedOptions = {},
): Promise<SyntheticSeedCounts> {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer, got ${count}`);
  await assertNoTalents(db);
  const ref = await loadReferenceIds(db);
  // Counted once at the end: recounting each talent as its rows arrive would triple the seed's time.
  await pauseTargetTallies(db);
  await pauseQueueTallies(db);
  const staff = await db.transaction((tx) => seedDemoStaff(tx, ref));
  const [maxRow] = await db.select({ id: max(talents.id) }).from(talents);
  let nextId = (maxRow?.id ?? 0) + 1;

  // A stream of its own, so the synthetic set never shifts when the demo set changes.
  const rng = createRandom(SEED + 1000);
  const slugs = new SlugRegistry();
  const totals: SyntheticSeedCounts = {
    users: staff.count,
    talents: 0,
    talentFields: 0,
    achievements: 0,
    honours: 0,
    community: { members: 0, connections: 0, contactRequests: 0 },
  };

  while (totals.talents < count) {
    const groupSize = Math.min(TALENTS_PER_TRANSACTION, count - totals.talents);
    const talentRows: (typeof talents.$inferInsert)[] = [];
    const fieldRows: (typeof talentFields.$inferInsert)[] = [];
    const achievementRows: NewAchievement[] = [];
    const honourRows: NewHonour[] = [];

    for (let i = 0; i < groupSize; i++) {
      const id = nextId++;
      const draft = generateTalent(rng, slugs);
      let status: TalentStatus = rng.chance(0.03) ? 'draft' : 'verified';

      if (status !== 'draft') {
        // A few honours, each in a year the talent was already known and still eligible.
        for (const [kind, p] of [
          ['featured_young_face', 0.03],
          ['promising_young_face', 0.02],
        ] as const) {
          if (!rng.chance(p)) continue;
          const years: number[] = [];
          for (let y = draft.discoveredYear; y <= SEED_YEAR; y++)
            if (isEligibleInYear(draft.birthYear, y)) years.push(y);
          const year = rng.pick(years);
          const label = kind === 'featured_young_face' ? 'tiêu biểu' : 'triển vọng';
          honourRows.push({
            talentId: id,
            kind,
            title: `Gương mặt trẻ ${label} tỉnh An Giang năm ${year}`,
            year,
            citation: 'Ghi nhận những đóng góp nổi bật của thanh niên An Giang (dữ liệu tổng hợp).',
            createdAt: new Date(Date.UTC(year, 2, 26, 2, 0, 0)),
          });
          status = 'honoured';
        }
      }

      talentRows.push(toTalentRow(id, draft, status, ref.unitIds));
      for (const f of draft.fields) fieldRows.push({ talentId: id, fieldId: ref.fieldIds.get(f)! });
      for (const a of draft.achievements) {
        const verified = status !== 'draft' && rng.chance(0.75);
        achievementRows.push({
          ...toAchievementRow(id, a),
          verifiedById: verified ? staff.verifierFor(draft.unit) : null,
          verifiedAt: verified ? new Date(Math.min(a.createdAt.getTime() + 7 * 86_400_000, SEED_NOW)) : null,
        });
      }
    }

    const tx = await db.$client.transaction('write');
    try {
      await insertRowsRaw(tx, talents, talentRows);
      await insertRowsRaw(tx, talentFields, fieldRows);
      await insertRowsRaw(tx, achievements, achievementRows);
      await insertRowsRaw(tx, honours, honourRows);
      await tx.commit();
    } finally {
      tx.close();
    }

    totals.talents += talentRows.length;
    totals.talentFields += fieldRows.length;
    totals.achievements += achievementRows.length;
    totals.honours += honourRows.length;
    options.onProgress?.(totals.talents, count);
  }
  totals.community = await db.transaction((tx) => seedCommunityLinks(tx, totals.talents));
  // The community grows with the register: a thousand talents bring eight clubs and sixty members.
  await db.transaction((tx) => seedCommunity(tx, ref, Math.max(1, count / 1000)));
  await db.transaction((tx) => seedNurture(tx));
  await db.transaction(async (tx) => {
    await rebuildTargetTallies(tx);
    await rebuildQueueTallies(tx);
  });
  return totals;
}
