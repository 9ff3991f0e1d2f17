import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { employers, talents, units, type ProfileVisibility } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { slugify } from '@/lib/vietnamese';
import { defaultVisibility } from '@/lib/visibility';
import { actorOf, makeUser } from './actors';

export interface TalentMember {
  actor: Actor;
  slug: string;
  fullName: string;
  talentId: number;
}

let made = 0;

/**
 * A talent with an account and a listed profile in `unitSlug`, of the age `age` this year, with
 * the default visibility of that age unless given.
 */
export async function makeTalentMember(
  db: Database,
  options: {
    unitSlug: string;
    age: number;
    open?: boolean;
    contactEmail?: string | null;
    visibility?: Partial<ProfileVisibility>;
  },
): Promise<TalentMember> {
  made += 1;
  const year = new Date().getFullYear();
  const user = await makeUser(db, 'talent', { displayName: `Thành viên ${made}` });
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.slug, options.unitSlug));
  const fullName = `Thành viên Kết nối ${made} ${user.id}`;
  const birthYear = year - options.age;
  const [row] = await db
    .insert(talents)
    .values({
      slug: slugify(fullName),
      fullName,
      birthYear,
      discoveredYear: year,
      unitId: unit!.id,
      status: 'verified',
      openToOpportunities: options.open ?? false,
      contactEmail: options.contactEmail ?? null,
      visibility: { ...defaultVisibility(birthYear, year), ...options.visibility },
      userId: user.id,
    })
    .returning({ id: talents.id, slug: talents.slug });
  return { actor: actorOf(user), slug: row!.slug, fullName, talentId: row!.id };
}

/** An employer account with an organisation an officer verified. */
export async function makeVerifiedEmployer(db: Database, organisationName: string): Promise<Actor> {
  const user = await makeUser(db, 'employer');
  await db.insert(employers).values({
    userId: user.id,
    organisationName,
    registrationNumber: String(1600000000 + user.id),
    contactPerson: 'Người liên hệ',
    verifiedAt: new Date(),
  });
  return actorOf(user, { employerVerified: true });
}
