/**
 * Requests waiting in the officers' queues that the generated talents do not make on their own:
 * people asking to own a recorded profile, a member asking to correct a verified achievement, and
 * an employer waiting for verification. Drafts and
 * unverified achievements come with the generated talents.
 */
import { and, asc, eq, isNotNull, isNull, notInArray } from 'drizzle-orm';
import { achievementCorrections, achievements, employers, talentClaims, talents, users } from '@db/schema';
import type { Writer } from './batch';
import { DEMO_EXAMPLES, exampleSlug } from './examples';
import { SEED_NOW } from './people';

const day = (n: number) => new Date(SEED_NOW - n * 86_400_000);

/** The demo's waiting employer: confirmed address, not verified yet. */
export const WAITING_EMPLOYER_EMAIL = 'nha-tuyen-dung.cho-xac-minh@example.vn';

export async function seedWaitingRequests(
  tx: Writer,
): Promise<{ claims: number; employers: number; corrections: number }> {
  // Recorded profiles nobody owns, away from the examples the browser tests use.
  const recorded = await tx
    .select({ id: talents.id, fullName: talents.fullName })
    .from(talents)
    .where(
      and(
        isNull(talents.userId),
        eq(talents.status, 'verified'),
        notInArray(talents.slug, DEMO_EXAMPLES.map(exampleSlug)),
      ),
    )
    .orderBy(asc(talents.id))
    .limit(3);
  let claims = 0;
  for (const [i, talent] of recorded.entries()) {
    const [claimant] = await tx
      .insert(users)
      .values({
        email: `nhan-ho-so.${i + 1}@example.vn`,
        displayName: talent.fullName,
        role: 'talent',
        emailVerifiedAt: day(20 - i * 5),
        createdAt: day(21 - i * 5),
      })
      .returning({ id: users.id });
    await tx.insert(talentClaims).values({
      talentId: talent.id,
      userId: claimant!.id,
      message: 'Đây là hồ sơ của tôi; tôi xin được tự cập nhật thông tin.',
      createdAt: day(19 - i * 5),
    });
    claims++;
  }
  const [employer] = await tx
    .insert(users)
    .values({
      email: WAITING_EMPLOYER_EMAIL,
      displayName: 'Phòng Tuyển dụng Sông Hậu',
      role: 'employer',
      emailVerifiedAt: day(6),
      createdAt: day(7),
    })
    .returning({ id: users.id });
  await tx.insert(employers).values({
    userId: employer!.id,
    organisationName: 'Công ty Cổ phần Sông Hậu Số (dữ liệu mẫu)',
    registrationNumber: '1609876543',
    contactPerson: 'Lâm Quốc Bảo',
  });
  // A member asking to correct a verified achievement on their own profile.
  const [owned] = await tx
    .select({ achievement: achievements, userId: talents.userId })
    .from(achievements)
    .innerJoin(talents, eq(talents.id, achievements.talentId))
    .where(and(isNotNull(talents.userId), isNotNull(achievements.verifiedAt)))
    .orderBy(asc(achievements.id))
    .limit(1);
  if (owned?.userId) {
    const { title, awardName, level, rank, year, issuingBody, evidenceUrl } = owned.achievement;
    await tx.insert(achievementCorrections).values({
      achievementId: owned.achievement.id,
      userId: owned.userId,
      proposed: {
        title,
        awardName,
        level,
        rank: rank || 'Giải Nhì',
        year: year - 1,
        issuingBody,
        evidenceUrl,
      },
      message: 'Năm và hạng giải ghi chưa đúng với quyết định khen thưởng.',
      createdAt: day(3),
    });
  }
  return { claims, employers: 1, corrections: owned?.userId ? 1 : 0 };
}
