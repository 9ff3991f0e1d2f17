/**
 * Work waiting in the officers' queues that the synthetic set does not make on its own: claims of
 * recorded talents, corrections of verified achievements, employers to verify, and applications to
 * the demo's award calls, each in proportion to the talents (about 0.5 %, 0.3 %, 0.2 % and 1 %), so
 * that the queues grow with the register as they would in use. The busiest commune (the one whose
 * officer the benchmark plays) gets at least {@link BUSIEST_UNIT_WORK} claims, corrections and
 * applications to each call at any size, and as many drafts as its talents left allow, so that its
 * pages show rows at 1,000 talents too, where the proportion leaves it none: a page's time is then
 * compared with the same page, not an empty one. For benchmarks and query-plan tests; one
 * INSERT … SELECT each, so 100,000 talents take a second.
 */
import { count, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { talents, units } from '@db/schema';
import { DEMO_APPLICATION_CALLS } from './award-applications';
import { SEED_NOW } from './people';

export interface QueueWorkCounts {
  claims: number;
  corrections: number;
  employers: number;
  applications: number;
  drafts: number;
}

const DAY_MS = 86_400_000;
/** A creation time spread over the 120 days before the seed's date, from a row's id. */
const spread = (id: string) => sql.raw(`${SEED_NOW} - (${id} * 7919 % 120) * ${DAY_MS}`);

/** Two pages of a queue, and the applications' page 3: what the benchmark's pages of one unit show. */
export const BUSIEST_UNIT_WORK = 50;

/** The commune with the most talents: the benchmark's officer manages it. */
export async function busiestCommune(db: Database): Promise<number> {
  const [busiest] = await db
    .select({ unitId: talents.unitId })
    .from(talents)
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(eq(units.kind, 'commune'))
    .groupBy(talents.unitId)
    .orderBy(desc(count()), talents.unitId)
    .limit(1);
  if (!busiest) throw new Error('No talent lives in a commune: seed the synthetic talents first.');
  return busiest.unitId;
}

/** Adds the queues' work to a database seeded with `seedSyntheticData`. */
export async function seedQueueWork(db: Database): Promise<QueueWorkCounts> {
  const changes = (result: { rowsAffected: number }) => result.rowsAffected;
  const unitId = await busiestCommune(db);
  // The first talents of the busiest commune, besides those the proportion picks.
  const firstInUnit = (condition: string) =>
    sql`id IN (SELECT id FROM talents WHERE unit_id = ${unitId} AND ${sql.raw(condition)}
      ORDER BY id LIMIT ${BUSIEST_UNIT_WORK})`;
  return db.transaction(async (tx) => {
    // A claimant account for one recorded talent in 200, then its pending claim.
    await tx.run(sql`INSERT INTO users (email, display_name, role, email_verified_at, created_at)
      SELECT 'claim-' || id || '@example.invalid', 'Người nhận hồ sơ ' || id, 'talent', ${SEED_NOW}, ${spread('id')}
      FROM talents WHERE user_id IS NULL AND status <> 'draft'
        AND (id % 200 = 7 OR ${firstInUnit("user_id IS NULL AND status <> 'draft'")})`);
    const claims = changes(
      await tx.run(sql`INSERT INTO talent_claims (talent_id, user_id, message, status, created_at)
        SELECT t.id, u.id, 'Đây là hồ sơ của tôi.', 'pending', ${spread('t.id')}
        FROM talents t JOIN users u ON u.email = 'claim-' || t.id || '@example.invalid'`),
    );
    const corrections = changes(
      await tx.run(sql`INSERT INTO achievement_corrections (achievement_id, user_id, proposed, message, status, created_at)
        SELECT a.id, (SELECT min(id) FROM users WHERE role = 'admin'),
          json_object('title', a.title, 'awardName', a.award_name, 'level', a.level, 'rank', a.rank,
            'year', a.year, 'issuingBody', a.issuing_body, 'evidenceUrl', a.evidence_url),
          'Xin sửa năm đạt giải.', 'pending', ${spread('a.id')}
        FROM achievements a WHERE a.verified_at IS NOT NULL AND (a.id % 300 = 11 OR a.id IN (
          SELECT v.id FROM achievements v JOIN talents t ON t.id = v.talent_id
          WHERE t.unit_id = ${unitId} AND v.verified_at IS NOT NULL ORDER BY v.id LIMIT ${BUSIEST_UNIT_WORK}))`),
    );
    await tx.run(sql`INSERT INTO users (email, display_name, role, email_verified_at, created_at)
      SELECT 'employer-' || id || '@example.invalid', 'Doanh nghiệp ' || id, 'employer', ${SEED_NOW}, ${spread('id')}
      FROM talents WHERE id % 500 = 13`);
    const employers = changes(
      await tx.run(sql`INSERT INTO employers (user_id, organisation_name, registration_number, contact_person)
        SELECT id, 'Công ty TNHH ' || display_name, '03' || printf('%08d', id), 'Nguyễn Văn An'
        FROM users WHERE email LIKE 'employer-%@example.invalid'`),
    );
    let applications = 0;
    for (const [index, call] of DEMO_APPLICATION_CALLS.entries()) {
      applications += changes(
        await tx.run(sql`INSERT INTO award_applications (call_key, award_name, award_year, honour_kind,
            criteria_count, kind, talent_id, statement, consent_at, status, created_at)
          SELECT ${call.callKey}, ${call.awardName}, ${call.awardYear}, ${call.honourKind}, ${call.criteriaCount},
            'application', id, '(Hồ sơ minh họa.) Tóm tắt thành tích.', ${SEED_NOW},
            CASE id % 10 WHEN 0 THEN 'shortlisted' WHEN 1 THEN 'rejected' ELSE 'submitted' END, ${spread('id')}
          FROM talents WHERE status <> 'draft'
            AND (id % 100 = ${3 + index} OR ${firstInUnit("status <> 'draft'")})`),
      );
    }
    // Drafts the synthetic set makes 3 % of (one or two in that commune at 1,000 talents): the
    // commune's last recorded talents that nothing else picked become drafts waiting for review.
    const drafts = changes(
      await tx.run(sql`UPDATE talents SET status = 'draft', review_state = 'waiting'
        WHERE id IN (SELECT t.id FROM talents t WHERE t.unit_id = ${unitId} AND t.status = 'verified'
          AND t.user_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM talent_claims c WHERE c.talent_id = t.id)
          AND NOT EXISTS (SELECT 1 FROM award_applications a WHERE a.talent_id = t.id)
          AND NOT EXISTS (SELECT 1 FROM achievements a JOIN achievement_corrections k ON k.achievement_id = a.id
            WHERE a.talent_id = t.id)
          ORDER BY t.id DESC LIMIT ${BUSIEST_UNIT_WORK})`),
    );
    return { claims, corrections, employers, applications, drafts };
  });
}
