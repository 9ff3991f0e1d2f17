/**
 * The demo data set: a few hundred fictional talents across every unit, field, level and year of the
 * plan era, with verifications and the yearly honours. Deterministic, so tests, screenshots and the
 * documentation can name rows ("Nguyễn Văn Đức") and expect them to be there.
 */
import { pauseQueueTallies, rebuildQueueTallies } from '@/lib/server/officers/queue-tallies';
import { pauseTargetTallies, rebuildTargetTallies } from '@/lib/server/targets/tallies';
import { max } from 'drizzle-orm';
import { isEligibleInYear } from '@/lib/eligibility';
import type { Database } from '@db/client';
import {
  type Audience,
  achievements,
  type HonourKind,
  honours,
  type NewAchievement,
  type NewHonour,
  type NewTalent,
  type ProfilePart,
  talentFields,
  talents,
  type TalentStatus,
} from '@db/schema';
import { insertInChunks } from './batch';
import { honourCitation } from './bios';
import { assertNoTalents } from './guard';
import {
  type AchievementDraft,
  generateTalent,
  levelRank,
  SEED_NOW,
  SEED_YEAR,
  SlugRegistry,
  type TalentDraft,
  toAchievementRow,
  toTalentRow,
} from './people';
import { createRandom, type Random, SEED } from './random';
import { CHILD_UNIT_SLUGS, FIELD_SLUGS, fieldDefinition, loadReferenceIds } from './reference';
import { DEMO_EXAMPLES, DEMO_HONOUR_TITLES, DEMO_HONOUR_YEARS } from './examples';
import { seedNurture } from './nurture';
import { seedReach } from './reach';
import { seedYouthUnionSharing } from './sharing';
import { seedCommunity } from './community';
import { seedWaitingRequests } from './requests';
import { seedAwardApplications } from './award-applications';
import { seedDemoStaff } from './staff';
import { type CommunityLinkCounts, seedCommunityLinks } from './connections';

export const DEMO_TALENT_COUNT = 340;
/** "Gương mặt trẻ tiêu biểu tỉnh An Giang" chosen each year. */
export const FEATURED_PER_YEAR = 12;
const PROMISING_PER_YEAR = 4;
const OTHER_PER_YEAR = 2;

export interface DemoSeedCounts {
  users: number;
  talents: number;
  talentFields: number;
  achievements: number;
  verifiedAchievements: number;
  honours: number;
  featuredHonours: number;
  byStatus: Record<TalentStatus, number>;
  community: CommunityLinkCounts;
  /** Claims, a correction and an employer waiting in the officers' queues. */
  waiting: { claims: number; employers: number; corrections: number };
  /** Nominations on the calls open at the demo's date. */
  awardApplications: number;
}

/** Parts an adult may narrow, and to what; one in ten adults changes one of them. */
const NARROWINGS: readonly (readonly [ProfilePart, Audience])[] = [
  ['achievements', 'members'],
  ['bio', 'private'],
  ['links', 'members'],
  ['place', 'members'],
  ['birthYear', 'private'],
  ['photo', 'members'],
];

interface Planned {
  id: number;
  draft: TalentDraft;
  status: TalentStatus;
}

/**
 * Seeds the demo data into a database that has reference data and no talents; throws
 * DatabaseNotEmptyError when talents exist. Everything is written in one transaction.
 */
export async function seedDemoData(db: Database): Promise<DemoSeedCounts> {
  return db.transaction(async (tx) => {
    await assertNoTalents(tx);
    const ref = await loadReferenceIds(tx);
    await pauseTargetTallies(tx);
    await pauseQueueTallies(tx);
    const staff = await seedDemoStaff(tx, ref);

    const rng = createRandom(SEED);
    const people = generatePeople(rng);

    // Explicit ids, so achievements and fields can be written without reading ids back.
    const [maxRow] = await tx.select({ id: max(talents.id) }).from(talents);
    const firstId = (maxRow?.id ?? 0) + 1;
    const planned: Planned[] = people.map((draft, i) => ({ id: firstId + i, draft, status: 'verified' }));

    const policy = createRandom(SEED + 1);
    applyStatusesAndVisibility(policy, planned);
    const honourRows = chooseHonours(createRandom(SEED + 2), planned);

    const talentRows: NewTalent[] = planned.map(({ id, draft, status }) =>
      toTalentRow(id, draft, status, ref.unitIds),
    );
    const fieldRows = planned.flatMap(({ id, draft }) =>
      draft.fields.map((f) => ({ talentId: id, fieldId: ref.fieldIds.get(f)! })),
    );

    const verify = createRandom(SEED + 3);
    const achievementRows: NewAchievement[] = planned.flatMap(({ id, draft, status }) =>
      draft.achievements.map((a) => {
        const verified = status !== 'draft' && verify.chance(0.8);
        return {
          ...toAchievementRow(id, a),
          verifiedById: verified ? staff.verifierFor(draft.unit) : null,
          verifiedAt: verified
            ? new Date(Math.min(a.createdAt.getTime() + verify.int(2, 45) * 86_400_000, SEED_NOW))
            : null,
        };
      }),
    );

    await insertInChunks(tx, talents, talentRows);
    await insertInChunks(tx, talentFields, fieldRows);
    await insertInChunks(tx, achievements, achievementRows);
    await insertInChunks(tx, honours, honourRows);
    const community = await seedCommunityLinks(tx, talentRows.length);
    await seedCommunity(tx, ref);
    const waiting = await seedWaitingRequests(tx);
    await seedNurture(tx);
    await seedReach(tx);
    await seedYouthUnionSharing(tx);
    const awardApplications = await seedAwardApplications(tx, staff);
    await rebuildTargetTallies(tx);
    await rebuildQueueTallies(tx);

    const byStatus: Record<TalentStatus, number> = { draft: 0, verified: 0, honoured: 0 };
    for (const p of planned) byStatus[p.status]++;
    return {
      users: staff.count,
      talents: talentRows.length,
      talentFields: fieldRows.length,
      achievements: achievementRows.length,
      verifiedAchievements: achievementRows.filter((a) => a.verifiedById != null).length,
      honours: honourRows.length,
      featuredHonours: honourRows.filter((h) => h.kind === 'featured_young_face').length,
      byStatus,
      community,
      waiting,
      awardApplications,
    };
  });
}

/**
 * The fixed examples first, then talents that walk through every unit and every field once (so
 * none is empty whatever the random draws), then random talents.
 */
function generatePeople(rng: Random): TalentDraft[] {
  const slugs = new SlugRegistry();
  const reservedNames = new Set(DEMO_EXAMPLES.map((e) => e.fullName));
  const people: TalentDraft[] = DEMO_EXAMPLES.map((e) =>
    generateTalent(rng, slugs, {
      fullName: e.fullName,
      gender: e.gender,
      unit: e.unit,
      primaryField: e.field,
      placeKind: e.placeKind,
    }),
  );
  for (let j = 0; people.length < DEMO_TALENT_COUNT; j++) {
    people.push(
      generateTalent(rng, slugs, {
        reservedNames,
        unit: CHILD_UNIT_SLUGS[j],
        primaryField: FIELD_SLUGS[j],
      }),
    );
  }
  return people;
}

/**
 * About 8% drafts, 5% unlisted profiles and one adult in ten narrowing one part. The fixed examples
 * stay verified and public: search tests look for them.
 */
function applyStatusesAndVisibility(rng: Random, planned: Planned[]): void {
  for (const [i, p] of planned.entries()) {
    if (i < DEMO_EXAMPLES.length) continue;
    if (rng.chance(0.08)) p.status = 'draft';
    if (rng.chance(0.05)) p.draft.visibility = { ...p.draft.visibility, profile: 'private' };
    else if (SEED_YEAR - p.draft.birthYear >= 18 && rng.chance(0.1)) {
      const [part, audience] = rng.pick(NARROWINGS);
      p.draft.visibility = { ...p.draft.visibility, [part]: audience };
    }
  }
}

/** The best achievement won by `year`: widest level, then latest. */
function bestAchievementBy(draft: TalentDraft, year: number): AchievementDraft | null {
  let best: AchievementDraft | null = null;
  for (const a of draft.achievements) {
    if (a.year > year) continue;
    if (!best || levelRank(a.level) > levelRank(best.level) || (a.level === best.level && a.year > best.year))
      best = a;
  }
  return best;
}

/**
 * The yearly honours, chosen among listed, non-draft talents already discovered and eligible that
 * year, in proportion to their best achievement by then. A face is featured once; the honoured get
 * the status 'honoured'.
 */
function chooseHonours(rng: Random, planned: Planned[]): NewHonour[] {
  const rows: NewHonour[] = [];
  const featuredOnce = new Set<number>();

  for (const year of DEMO_HONOUR_YEARS) {
    const eligible = planned.filter(
      (p) =>
        p.status !== 'draft' &&
        p.draft.visibility.profile !== 'private' &&
        p.draft.discoveredYear <= year &&
        isEligibleInYear(p.draft.birthYear, year),
    );
    const takenThisYear = new Set<number>();
    const draw = (kind: HonourKind, n: number, weight: (p: Planned) => number) => {
      for (let k = 0; k < n; k++) {
        const pool = eligible.filter(
          (p) => !takenThisYear.has(p.id) && !(kind === 'featured_young_face' && featuredOnce.has(p.id)),
        );
        if (pool.length === 0) return;
        const chosen = rng.weighted(pool.map((p) => [p, weight(p)] as const));
        takenThisYear.add(chosen.id);
        if (kind === 'featured_young_face') featuredOnce.add(chosen.id);
        chosen.status = 'honoured';
        const best = bestAchievementBy(chosen.draft, year);
        rows.push({
          talentId: chosen.id,
          kind,
          title: DEMO_HONOUR_TITLES[kind](year),
          year,
          citation: honourCitation(
            fieldDefinition(best?.field ?? chosen.draft.fields[0]!).nameVi,
            best?.title ?? null,
          ),
          // Announced around 26 March, the founding day of the Youth Union.
          createdAt: new Date(Date.UTC(year, 2, 26, 2, 0, 0)),
        });
      }
    };
    const byBest = (p: Planned) => {
      const best = bestAchievementBy(p.draft, year);
      return best ? [1, 2, 4, 8, 12][levelRank(best.level)]! : 0.5;
    };
    draw('featured_young_face', FEATURED_PER_YEAR, byBest);
    // Promise is for the young: the fewer years since sixteen, the likelier.
    draw('promising_young_face', PROMISING_PER_YEAR, (p) => Math.max(1, 26 - (year - p.draft.birthYear)));
    draw('other', OTHER_PER_YEAR, byBest);
  }
  return rows;
}
