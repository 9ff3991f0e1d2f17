/**
 * A few applications on the award calls open at the demo's date (December 2026), so the selection
 * pages are not empty at `npm start`: nominations by the officers of the talents' units, one
 * already shortlisted. Every statement says it is fictional. The calls' keys, names, years and
 * criteria counts mirror their frontmatter in content/award-calls/ (tests/unit/award-seed.test.ts
 * holds them equal).
 */
import { and, asc, between, eq, isNull, notInArray } from 'drizzle-orm';
import { applicationDecisions, awardApplications, talents, units } from '@db/schema';
import type { Writer } from './batch';
import { DEMO_EXAMPLES, exampleSlug } from './examples';
import { SEED_NOW } from './people';
import type { ChildUnitSlug } from './reference';
import type { DemoStaff } from './staff';

/** The open calls the demo applications go to. */
export const DEMO_APPLICATION_CALLS = [
  {
    callKey: 'gmt-2027',
    awardName: 'Gương mặt trẻ tiêu biểu tỉnh An Giang năm 2027',
    awardYear: 2027,
    honourKind: 'featured_young_face',
    criteriaCount: 4,
    count: 4,
  },
  {
    callKey: 'sv5t-2025-2026',
    awardName: 'Danh hiệu “Sinh viên 5 tốt” cấp tỉnh năm học 2025–2026',
    awardYear: 2026,
    honourKind: 'other',
    criteriaCount: 5,
    count: 2,
  },
] as const;

const day = (n: number) => new Date(SEED_NOW + n * 86_400_000);
const STATEMENT =
  '(Hồ sơ minh họa — nội dung giả lập cho bản demo.) Tóm tắt thành tích: giải thưởng cấp tỉnh năm 2025, dẫn dắt câu lạc bộ tình nguyện của xã, chia sẻ kinh nghiệm với các bạn trẻ trong đơn vị.';

export async function seedAwardApplications(tx: Writer, staff: DemoStaff): Promise<number> {
  let made = 0;
  let offset = 0;
  for (const call of DEMO_APPLICATION_CALLS) {
    // Verified talents of an age the call takes, away from the examples the browser tests use.
    const chosen = await tx
      .select({ id: talents.id, unitSlug: units.slug })
      .from(talents)
      .innerJoin(units, eq(units.id, talents.unitId))
      .where(
        and(
          eq(talents.status, 'verified'),
          isNull(talents.userId),
          between(talents.birthYear, call.awardYear - 35, call.awardYear - 18),
          notInArray(talents.slug, DEMO_EXAMPLES.map(exampleSlug)),
        ),
      )
      .orderBy(asc(talents.id))
      .limit(call.count)
      .offset(offset);
    offset += call.count;
    for (const [i, talent] of chosen.entries()) {
      const submittedById = staff.verifierFor(talent.unitSlug as ChildUnitSlug);
      const [row] = await tx
        .insert(awardApplications)
        .values({
          callKey: call.callKey,
          awardName: call.awardName,
          awardYear: call.awardYear,
          honourKind: call.honourKind,
          criteriaCount: call.criteriaCount,
          kind: 'nomination',
          talentId: talent.id,
          submittedById,
          statement: STATEMENT,
          links: ['https://example.vn/minh-hoa/ho-so-de-cu'],
          consentAt: day(10 + i),
          createdAt: day(10 + i),
          status: i === 0 ? 'shortlisted' : 'submitted',
        })
        .returning({ id: awardApplications.id });
      if (i === 0)
        await tx.insert(applicationDecisions).values({
          applicationId: row!.id,
          outcome: 'shortlisted',
          note: 'Thành tích nổi bật, đề nghị Hội đồng xem xét (ghi chú minh họa).',
          decidedById: staff.adminId,
          decidedAt: day(20),
        });
      made++;
    }
  }
  return made;
}
