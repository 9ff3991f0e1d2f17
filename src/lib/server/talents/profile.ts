import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '@db/client';
import { preparedOn } from '@db/prepared';
import { listTalentActivities, type TalentActivity } from '@/lib/server/nurture/profile-activities';
import {
  type Achievement,
  type AchievementLevel,
  achievementLevels,
  achievements,
  fields,
  type Gender,
  type Honour,
  honours,
  type PlaceKind,
  talentFields,
  type TalentLink,
  talents,
  units,
} from '@db/schema';
import { canViewPart, isMinor, LISTED_STATUSES, type Viewer } from '@/lib/visibility';
import { managesUnit } from '@/lib/server/officers/scope';
import { type Actor, viewerOf } from '@/lib/server/auth/actor';
import { loadCurrentUnitResolver } from '@/lib/server/units/tree';
import * as clock from '@/lib/server/clock';
import { isEitherBlocked } from '@/lib/server/connections/blocks';

const isStaff = (actor: Actor) => (actor.role === 'officer' || actor.role === 'admin') && actor.emailVerified;

export interface ProfileField {
  slug: string;
  nameVi: string;
  nameEn: string;
}

/** A profile as one viewer may see it: a part the viewer may not see is absent, not merely hidden. */
export interface TalentProfile {
  /** The talent's id: the route cache tags the page with it (`talentTag`). */
  talentId: number;
  slug: string;
  fullName: string;
  unitName: string;
  /** A draft is shown only to its owner and the officers who decide on it. */
  status: 'draft' | 'verified' | 'honoured';
  fields: ProfileField[];
  honours: Pick<
    Honour,
    | 'id'
    | 'kind'
    | 'title'
    | 'year'
    | 'citation'
    | 'decisionNumber'
    | 'issuedBy'
    | 'decidedOn'
    | 'ceremonyUrl'
  >[];
  photoPath?: string;
  birthYear?: number;
  gender?: Gender;
  place?: { kind: PlaceKind; name: string | null; country: string | null };
  shortBio?: string;
  longBio?: string;
  links?: TalentLink[];
  contactEmail?: string;
  achievementsByLevel?: { level: AchievementLevel; items: ProfileAchievement[] }[];
  activities?: TalentActivity[];
  openToOpportunities: boolean;
  /** Listed and owned by no account: a talent without a profile may claim it ("this is me"). */
  claimable: boolean;
}

export type ProfileAchievement = Pick<
  Achievement,
  'id' | 'title' | 'awardName' | 'rank' | 'year' | 'issuingBody' | 'evidenceUrl'
> & { verified: boolean };

// What a profile reads on every visit, prepared once per database (`preparedOn`).
const talentBySlug = preparedOn((db) =>
  db
    .select({ talent: talents, unitName: units.name, unitActive: units.active })
    .from(talents)
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(eq(talents.slug, sql.placeholder('slug')))
    .limit(1)
    .prepare(),
);
const fieldsOfTalent = preparedOn((db) =>
  db
    .select({ slug: fields.slug, nameVi: fields.nameVi, nameEn: fields.nameEn })
    .from(talentFields)
    .innerJoin(fields, eq(fields.id, talentFields.fieldId))
    .where(eq(talentFields.talentId, sql.placeholder('talentId')))
    .orderBy(asc(fields.sortOrder))
    .prepare(),
);
const honoursOfTalent = preparedOn((db) =>
  db
    .select({
      id: honours.id,
      kind: honours.kind,
      title: honours.title,
      year: honours.year,
      citation: honours.citation,
      decisionNumber: honours.decisionNumber,
      issuedBy: honours.issuedBy,
      decidedOn: honours.decidedOn,
      ceremonyUrl: honours.ceremonyUrl,
    })
    .from(honours)
    // A revoked honour leaves nothing on the profile.
    .where(and(eq(honours.talentId, sql.placeholder('talentId')), isNull(honours.revokedAt)))
    .orderBy(desc(honours.year))
    .prepare(),
);
const achievementsOfTalent = preparedOn((db) =>
  db
    .select()
    .from(achievements)
    .where(eq(achievements.talentId, sql.placeholder('talentId')))
    .orderBy(desc(achievements.year))
    .prepare(),
);

/**
 * The profile at `slug` as `actor` (null when signed out) may see it, or null when it does not exist or is not listed
 * for this viewer (a draft, a profile its owner keeps out of view, or one of a person blocked either way).
 */
export async function getTalentProfile(
  db: Database,
  slug: string,
  actor: Actor | null,
): Promise<TalentProfile | null> {
  const [row] = await talentBySlug(db).all({ slug });
  if (!row) return null;
  const { talent } = row;
  // Officers of the unit and the units above it see the profile as the unit's officers do.
  const deciding = actor !== null && isStaff(actor) && (await managesUnit(db, actor, talent.unitId));
  const viewer: Viewer = deciding ? { kind: 'officer' } : viewerOf(actor, talent.unitId, talent.userId);
  // A draft is for its owner and the officers who decide on it (they review it as it would appear).
  const listed = (LISTED_STATUSES as readonly string[]).includes(talent.status);
  if (!listed && !deciding && viewer.kind !== 'owner') return null;
  const visibility = talent.visibility;
  if (!canViewPart(viewer, visibility, 'profile')) return null;
  // A block hides each from the other, officers aside (they answer for the unit's records).
  if (
    actor &&
    talent.userId &&
    viewer.kind !== 'officer' &&
    (await isEitherBlocked(db, actor.id, talent.userId))
  )
    return null;
  const can = (part: Parameters<typeof canViewPart>[2]) => canViewPart(viewer, visibility, part);
  // Minors are never offered for direct contact, whatever their settings.
  const minor = isMinor(talent.birthYear, clock.currentYear());

  const [fieldRows, honourRows, achievementRows, activityRows] = await Promise.all([
    fieldsOfTalent(db).all({ talentId: talent.id }),
    honoursOfTalent(db).all({ talentId: talent.id }),
    can('achievements') ? achievementsOfTalent(db).all({ talentId: talent.id }) : Promise.resolve([]),
    can('activities') ? listTalentActivities(db, talent.id) : Promise.resolve(null),
  ]);

  return {
    talentId: talent.id,
    slug: talent.slug,
    fullName: talent.fullName,
    // A record still in a unit that ceased shows the unit that succeeded it, as the directory does.
    unitName: row.unitActive ? row.unitName : await currentUnitName(db, talent.unitId),
    status: talent.status,
    claimable: listed && talent.userId === null,
    honours: honourRows,
    openToOpportunities: talent.openToOpportunities && !minor,
    fields: can('fields') ? fieldRows : [],
    ...(can('photo') && talent.photoPath ? { photoPath: talent.photoPath } : {}),
    ...(can('birthYear') ? { birthYear: talent.birthYear } : {}),
    ...(can('gender') && talent.gender ? { gender: talent.gender } : {}),
    ...(can('place')
      ? { place: { kind: talent.placeKind, name: talent.placeName, country: talent.placeCountry } }
      : {}),
    ...(can('bio') ? { shortBio: talent.shortBio, longBio: talent.longBio } : {}),
    ...(can('links') ? { links: talent.links } : {}),
    ...(can('contactEmail') && talent.contactEmail && !minor ? { contactEmail: talent.contactEmail } : {}),
    ...(can('achievements') ? { achievementsByLevel: groupByLevel(achievementRows) } : {}),
    ...(activityRows ? { activities: activityRows } : {}),
  };
}

/** Achievements grouped from the widest level down, each group newest first. */
function groupByLevel(rows: Achievement[]): NonNullable<TalentProfile['achievementsByLevel']> {
  return [...achievementLevels]
    .reverse()
    .map((level) => ({
      level,
      items: rows
        .filter((a) => a.level === level)
        .map((a) => ({
          id: a.id,
          title: a.title,
          awardName: a.awardName,
          rank: a.rank,
          year: a.year,
          issuingBody: a.issuingBody,
          evidenceUrl: a.evidenceUrl,
          verified: a.verifiedAt !== null,
        })),
    }))
    .filter((group) => group.items.length > 0);
}

/** The name of the unit that counts today for `unitId` (its successor, or itself). */
async function currentUnitName(db: Database, unitId: number): Promise<string> {
  const current = (await loadCurrentUnitResolver(db))(unitId);
  const [row] = await db.select({ name: units.name }).from(units).where(eq(units.id, current));
  return row!.name;
}
