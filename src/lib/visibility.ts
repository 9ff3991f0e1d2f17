import { type Audience, audiences, type ProfilePart, type ProfileVisibility } from '@db/schema/talents';

/** Who is looking at a profile, as far as visibility is concerned. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'member' }
  | { kind: 'verified-employer' }
  | { kind: 'owner' }
  | { kind: 'officer' };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

/** The widest audience each viewer reaches; audiences are nested from public to private. */
const reach: Record<Viewer['kind'], Audience> = {
  anonymous: 'public',
  member: 'members',
  'verified-employer': 'employers',
  owner: 'private',
  officer: 'private',
};

/** Contact details are never public, whatever a stored setting says. */
const narrowestAllowed: Partial<Record<ProfilePart, Audience>> = { contactEmail: 'members' };

/** The audience a part really has: the stored choice, narrowed where the rules demand. */
export function effectiveAudience(visibility: ProfileVisibility, part: ProfilePart): Audience {
  const chosen = visibility[part] ?? 'private';
  const floor = narrowestAllowed[part];
  return floor && audiences.indexOf(chosen) < audiences.indexOf(floor) ? floor : chosen;
}

/**
 * The one visibility rule: may `viewer` see `part` of a profile with these settings?
 * @example canViewPart(ANONYMOUS, talent.visibility, 'bio')
 */
export function canViewPart(viewer: Viewer, visibility: ProfileVisibility, part: ProfilePart): boolean {
  return audiences.indexOf(effectiveAudience(visibility, part)) <= audiences.indexOf(reach[viewer.kind]);
}

/** Age below which a profile starts with the stricter defaults (minors under Vietnamese law). */
export const ADULT_AGE = 18;

/** Whether a talent is a minor in `currentYear`: minors are never offered to employers for contact. */
export function isMinor(birthYear: number, currentYear: number): boolean {
  return currentYear - birthYear < ADULT_AGE;
}

/**
 * Settings a new profile starts with. A minor starts with everything hidden but name, unit and
 * verified honours, which are not settings: they are shown whenever the profile is listed.
 */
export function defaultVisibility(birthYear: number, currentYear: number): ProfileVisibility {
  if (isMinor(birthYear, currentYear)) {
    return {
      profile: 'public',
      photo: 'private',
      birthYear: 'private',
      gender: 'private',
      place: 'private',
      fields: 'private',
      bio: 'private',
      links: 'private',
      achievements: 'private',
      activities: 'private',
      contactEmail: 'private',
    };
  }
  return {
    profile: 'public',
    photo: 'public',
    birthYear: 'public',
    gender: 'private',
    place: 'public',
    fields: 'public',
    bio: 'public',
    links: 'public',
    achievements: 'public',
    // Taking part in the Youth Union's activities is shown only when the talent chooses to.
    activities: 'private',
    contactEmail: 'employers',
  };
}

/** Talent statuses whose profile may be shown to anyone other than its owner and officers. */
export const LISTED_STATUSES = ['verified', 'honoured'] as const;

/**
 * The one definition of "in the network": a talent whose profile is listed (verified or honoured)
 * and shown to everyone. The home page's counts, the honour lists and the directory all use it.
 */
export function isInNetwork(talent: { status: string; visibility: ProfileVisibility }): boolean {
  return (
    (LISTED_STATUSES as readonly string[]).includes(talent.status) &&
    canViewPart(ANONYMOUS, talent.visibility, 'profile')
  );
}
