import { eq, max, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, optimizeDatabase } from '@db/client';
import { achievements, blocks, clubMemberships, clubs, forums, talents, threads, users } from '@db/schema';
import { seedReferenceData, seedSyntheticData } from '../../scripts/seed/index';
import { DEMO_APPLICATION_CALLS } from '../../scripts/seed/award-applications';
import { seedQueueWork } from '../../scripts/seed/queue-work';
import { createEmbeddedSearch } from '@/lib/server/search/embedded/engine';
import { rebuildEmbeddedIndex } from '@/lib/server/search/sync';
import { getHonoursYearPage } from '@/lib/server/talents/honours';
import { getTalentProfile } from '@/lib/server/talents/profile';
import { getNetworkStats, listHonourYears } from '@/lib/server/talents/stats';
import { listLatestFeatured } from '@/lib/server/talents/honours';
import { getDirectoryPage } from '@/loaders/directory';
import { getHonoursIndex, getHonoursYear } from '@/loaders/honours';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { type ObservedStatement, observedDatabase } from '../support/observed-database';
import { actorOf } from '../support/actors';
import type { Actor } from '@/lib/server/auth/actor';
import { getClubPage, listClubs } from '@/lib/server/clubs/listing';
import { listClubMeetups } from '@/lib/server/clubs/meetups';
import { getForumBySlug } from '@/lib/server/forums/access';
import { getThreadView } from '@/lib/server/forums/reading';
import { isPublicClubCover } from '@/lib/server/uploads/club-cover';
import { listMoveTargets } from '@/lib/server/forums/move-targets';
import { listMyThreads, listThreads, searchThreads } from '@/lib/server/forums/threads';
import { parseQueueFilters, queueNames } from '@/lib/server/officers/queue-filters';
import { countQueues, listQueue } from '@/lib/server/officers/queues';
import { getReview } from '@/lib/server/officers/review';
import { countApplicationsByCall, listCallApplications } from '@/lib/server/awards/review';
import { findTalentRecords } from '@/lib/server/records/reading';
import { listOwnRequests } from '@/lib/server/talents/requests';
import { listManagedActivities, listParticipants } from '@/lib/server/nurture/activities';
import { listTalentActivities } from '@/lib/server/nurture/profile-activities';
import { exportNationalForStaff } from '@/lib/server/report/national-export';
import { getYearlyReport } from '@/lib/server/report/yearly';
import { getTargetsDashboard } from '@/lib/server/targets/dashboard';

/**
 * Tables whose size grows with the register: a public request may search them, never scan them.
 * (`network_counts` grows with units and years only.) Nor may it walk an index whose few values
 * each cover a large share of the talents: at 100,000 talents the home page once walked every
 * listed talent through `talents_status_idx`, a SEARCH in the plan but a full walk in effect.
 */
const GROWING =
  /\bSCAN (talents|achievements|honours|network_talents|network_honours|search_documents|club_memberships|threads|posts|post_reports|meetups|meetup_rsvps|thread_reads|blocks|clubs|activity_participants)\b/;
const UNSELECTIVE = /\bINDEX (talents_status_idx|talents_unit_idx|talent_fields_field_idx)\b/;

let t: TestDatabase;
/** The test database, through a client that records every statement. */
let db: Database;
let profileSlug: string;
let member: Actor;
let clubSlug: string;
let threadId: number;
const statements: ObservedStatement[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db);
  await seedSyntheticData(t.db, 3000);
  await seedQueueWork(t.db);
  await rebuildEmbeddedIndex(t.db);
  const [honoured] = await t.db
    .select({ slug: talents.slug })
    .from(talents)
    .innerJoin(achievements, eq(achievements.talentId, talents.id))
    .where(eq(talents.status, 'honoured'))
    .limit(1);
  profileSlug = honoured!.slug;
  // A member of the club with the most threads, reading its pages as the community pages do.
  const [busiest] = await t.db
    .select({ clubId: clubs.id, slug: clubs.slug, threadId: max(threads.id) })
    .from(clubs)
    .innerJoin(forums, eq(forums.clubId, clubs.id))
    .innerJoin(threads, eq(threads.forumId, forums.id))
    .groupBy(clubs.id)
    .limit(1);
  const [membership] = await t.db
    .select({ userId: clubMemberships.userId })
    .from(clubMemberships)
    .where(eq(clubMemberships.clubId, busiest!.clubId))
    .limit(1);
  const [user] = await t.db.select().from(users).where(eq(users.id, membership!.userId));
  member = actorOf(user!);
  clubSlug = busiest!.slug;
  threadId = busiest!.threadId!;
  // A block each way, so the pages run the queries that leave blocked people out.
  const others = await t.db.select({ id: users.id }).from(users).where(ne(users.id, member.id)).limit(2);
  await t.db.insert(blocks).values([
    { blockerId: member.id, blockedId: others[0]!.id, createdAt: new Date() },
    { blockerId: others[1]!.id, blockedId: member.id, createdAt: new Date() },
  ]);
  // Every statement the public pages send, recorded to be explained afterwards: the pages read
  // through a client that notes each statement before the app's own client runs it.
  db = observedDatabase(t.db, (statement) => statements.push(statement));
}, 120_000);
afterAll(() => t.dispose());

/** Runs what every public page reads, as an anonymous visitor. */
async function readPublicPages() {
  const engine = createEmbeddedSearch(db);
  await getNetworkStats(db);
  await listLatestFeatured(db, 6);
  await getHonoursIndex(db, null);
  const { year } = (await listHonourYears(db))[0]!;
  await getHonoursYearPage(db, String(year), new URLSearchParams());
  await getHonoursYearPage(db, String(year), new URLSearchParams({ kind: 'featured_young_face' }), {
    perPage: 2,
  });
  await getHonoursYearPage(
    db,
    String(year),
    new URLSearchParams({ kind: 'featured_young_face', page: '2' }),
    { perPage: 2 },
  );
  expect(await getTalentProfile(db, profileSlug, null)).not.toBeNull();
  for (const query of ['', 'q=nguyen+van&field=tin-hoc-lap-trinh&level=national', 'sort=name&page=3']) {
    const page = await getDirectoryPage(db, 'vi', new URLSearchParams(query), engine);
    expect(page.status).toBe(200);
  }
}

/** Runs what the club, forum and thread pages read, as a member of the club (src/loaders/clubs.ts, forums.ts). */
async function readCommunityPages() {
  const club = await getClubPage(db, member, clubSlug);
  if (club.next) await getClubPage(db, member, clubSlug, club.next);
  // The photo route's question for a club cover.
  await isPublicClubCover(db, `/anh/${'0'.repeat(32)}.webp`);
  // Public lists as a signed-in reader, who does not see people blocked either way.
  await getHonoursIndex(db, member);
  const { year } = (await listHonourYears(db))[0]!;
  await getHonoursYear(db, String(year), new URLSearchParams(), member);
  await listClubMeetups(db, club.club.id, member.id);
  const forum = (await getForumBySlug(db, member, club.forumSlug))!;
  const page = await listThreads(db, member, forum, null);
  if (page.next) await listThreads(db, member, forum, page.next);
  await listClubs(db, { fieldId: club.club.fieldId ?? undefined }, null);
  await searchThreads(db, member, forum, 'trẻ');
  // An admin moving a thread: the forums offered to move it to.
  await listMoveTargets(db, { ...member, role: 'admin' }, forum, 'vi');
  const view = await getThreadView(db, member, threadId, 0);
  expect(view.posts.length + view.withheld).toBeGreaterThan(0);
  await listMyThreads(db, member);
  await getForumBySlug(db, member, 'tin-hoc-lap-trinh');
}

/**
 * Runs what the officers' queues, the award calls' applications and the records search read, as an
 * admin and as an officer of one unit (src/loaders/workspace.ts, award-applications.ts, records.ts).
 */
async function readWorkspaceQueues() {
  const [draft] = await t.db
    .select({ id: talents.id, unitId: talents.unitId, userId: talents.userId })
    .from(talents)
    .where(eq(talents.status, 'draft'))
    .limit(1);
  const admin: Actor = { ...member, role: 'admin', unitId: null, emailVerified: true };
  const officer: Actor = { ...member, role: 'officer', unitId: draft!.unitId, emailVerified: true };
  statements.splice(0);
  for (const actor of [admin, officer]) {
    await countQueues(db, actor);
    for (const queue of queueNames) {
      for (const query of [
        '',
        'order=newest&page=2',
        `unit=${draft!.unitId}`,
        `unit=${draft!.unitId}&field=1&age=21-25&waiting=7`,
        'q=nguyen',
        `q=ngọc&unit=${draft!.unitId}&order=newest`,
      ]) {
        await listQueue(db, actor, queue, parseQueueFilters(queue, new URLSearchParams(query)));
      }
    }
    await countApplicationsByCall(
      db,
      actor,
      DEMO_APPLICATION_CALLS.map((call) => call.callKey),
    );
    for (const query of ['', 'status=submitted', 'page=2']) {
      await listCallApplications(db, actor, DEMO_APPLICATION_CALLS[0].callKey, new URLSearchParams(query));
    }
    for (const q of ['nguyen van', 'Ngọc', 'đức'])
      expect((await findTalentRecords(db, actor, q)).records).not.toEqual([]);
  }
  await getReview(db, officer, 'profile', draft!.id);
  if (draft!.userId) await listOwnRequests(db, draft!.userId);
}

/** Runs what the activity pages and a profile's activities read (src/loaders/activities.ts). */
async function readActivityPages() {
  const [latest] = await listManagedActivities(db, { ...member, role: 'admin' });
  expect(latest).toBeDefined();
  const [participant] = await listParticipants(db, latest!.id);
  await listTalentActivities(db, participant?.talentId ?? 0);
}

/** Runs what the targets dashboard, the yearly report and the national export read (report helper). */
async function readTargetPages() {
  const [talent] = await t.db.select({ unitId: talents.unitId }).from(talents).limit(1);
  const admin: Actor = { ...member, role: 'admin', unitId: null, emailVerified: true };
  const officer: Actor = { ...member, role: 'officer', unitId: talent!.unitId, emailVerified: true };
  statements.splice(0);
  await getTargetsDashboard(db, 2025, 2026);
  await getYearlyReport(db, admin, 2025, null);
  await getYearlyReport(db, officer, 2025, talent!.unitId);
  await exportNationalForStaff(db, admin, null);
  await exportNationalForStaff(db, officer, talent!.unitId);
}

async function scansOfGrowingTables(growing = GROWING, unselective = UNSELECTIVE): Promise<string[]> {
  const found: string[] = [];
  for (const statement of statements.splice(0)) {
    if (!/^\s*(select|with)\b/i.test(statement.sql)) continue;
    const plan = await t.db.$client.execute({
      sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
      args: statement.args as never,
    });
    for (const row of plan.rows) {
      const detail = typeof row.detail === 'string' ? row.detail : '';
      if (growing.test(detail) || unselective.test(detail)) found.push(`${detail}\n    in: ${statement.sql}`);
    }
  }
  return found;
}

describe('query plans of the public pages', () => {
  it('never scan a growing table before the planner has statistics', async () => {
    await t.db.run(sql`DROP TABLE IF EXISTS sqlite_stat1`);
    await readPublicPages();
    await readCommunityPages();
    await readActivityPages();
    expect(statements.length).toBeGreaterThan(10);
    expect(await scansOfGrowingTables()).toEqual([]);
  });

  it('never scan a growing table after PRAGMA optimize', async () => {
    await optimizeDatabase(t.db, { afterBulkWrite: true });
    await readPublicPages();
    await readCommunityPages();
    await readActivityPages();
    expect(await scansOfGrowingTables()).toEqual([]);
  });

  it("never scan a growing table in the officers' queues, the applications or the records search", async () => {
    await readWorkspaceQueues();
    expect(statements.length).toBeGreaterThan(100);
    // Nor the queues' own tables: the tallies, the entries, the claims and the corrections grow
    // with the register.
    expect(
      await scansOfGrowingTables(
        new RegExp(
          `${GROWING.source}|\\bSCAN (queue_tallies|queue_tally_marks|queue_entries|talent_claims|achievement_corrections|award_applications)\\b`,
        ),
      ),
    ).toEqual([]);
  });

  it('never scan a growing table, accounts or the tallies of each talent for the targets, the yearly report and the export', async () => {
    await readTargetPages();
    expect(statements.length).toBeGreaterThan(10);
    // The export walks the partial index of the talents who agreed to share, a few beside the register.
    const consenting = GROWING.source.replace('(talents|', '(talents(?! USING INDEX talents_shared_idx)|');
    expect(
      await scansOfGrowingTables(new RegExp(`${consenting}|\\bSCAN (users|target_tally_marks)\\b`)),
    ).toEqual([]);
  });
});
