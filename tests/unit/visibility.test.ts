import { describe, expect, it } from 'vitest';
import type { ProfileVisibility } from '@db/schema';
import { type Actor, canManageUnit, requireRole, viewerOf } from '@/lib/server/auth/actor';
import { ForbiddenError } from '@/lib/server/errors';
import { canViewPart, defaultVisibility, effectiveAudience, isMinor, type Viewer } from '@/lib/visibility';

const settings: ProfileVisibility = {
  profile: 'public',
  photo: 'public',
  birthYear: 'members',
  gender: 'private',
  place: 'employers',
  fields: 'public',
  bio: 'members',
  links: 'employers',
  achievements: 'public',
  activities: 'members',
  contactEmail: 'public',
};

const viewers: Viewer['kind'][] = ['anonymous', 'member', 'verified-employer', 'owner', 'officer'];

describe('who sees which part of a profile', () => {
  it('follows the nested audiences public ⊂ members ⊂ employers ⊂ private for each viewer', () => {
    const seen = (kind: Viewer['kind']) =>
      (Object.keys(settings) as (keyof ProfileVisibility)[]).filter((part) =>
        canViewPart({ kind }, settings, part),
      );
    expect(Object.fromEntries(viewers.map((kind) => [kind, seen(kind)]))).toEqual({
      anonymous: ['profile', 'photo', 'fields', 'achievements'],
      member: [
        'profile',
        'photo',
        'birthYear',
        'fields',
        'bio',
        'achievements',
        'activities',
        'contactEmail',
      ],
      'verified-employer': [
        'profile',
        'photo',
        'birthYear',
        'place',
        'fields',
        'bio',
        'links',
        'achievements',
        'activities',
        'contactEmail',
      ],
      owner: Object.keys(settings),
      officer: Object.keys(settings),
    });
  });

  it('never makes the contact email public, whatever is stored', () => {
    expect(effectiveAudience(settings, 'contactEmail')).toBe('members');
    expect(canViewPart({ kind: 'anonymous' }, settings, 'contactEmail')).toBe(false);
  });

  it('starts a minor with everything but name, unit and honours hidden', () => {
    expect(isMinor(2009, 2026)).toBe(true);
    expect(isMinor(2008, 2026)).toBe(false);
    const minor = defaultVisibility(2010, 2026);
    expect(minor.profile).toBe('public');
    for (const [part, audience] of Object.entries(minor))
      if (part !== 'profile') expect(audience, part).toBe('private');
    const adult = defaultVisibility(2000, 2026);
    expect(adult.bio).toBe('public');
    expect(adult.contactEmail).not.toBe('public');
  });
});

describe('roles', () => {
  const actor = (role: Actor['role'], unitId: number | null = null, emailVerified = true): Actor => ({
    id: 7,
    email: 'a@example.vn',
    displayName: 'A',
    role,
    unitId,
    emailVerified,
    employerVerified: false,
  });

  it('requireRole accepts only the listed roles, with a verified email', () => {
    expect(requireRole(actor('officer', 3), 'officer', 'admin').role).toBe('officer');
    expect(() => requireRole(actor('talent'), 'officer', 'admin')).toThrow(ForbiddenError);
    expect(() => requireRole(null, 'talent')).toThrow(ForbiddenError);
    expect(() => requireRole(actor('talent', null, false), 'talent')).toThrow(ForbiddenError);
  });

  it('lets officers manage only their own unit and admins every unit', () => {
    expect(canManageUnit(actor('officer', 3), 3)).toBe(true);
    expect(canManageUnit(actor('officer', 3), 4)).toBe(false);
    expect(canManageUnit(actor('admin'), 4)).toBe(true);
    expect(canManageUnit(actor('talent'), 3)).toBe(false);
  });

  it('maps actors to viewers of a profile', () => {
    expect(viewerOf(null).kind).toBe('anonymous');
    expect(viewerOf(actor('talent'), 3, 7).kind).toBe('owner');
    expect(viewerOf(actor('officer', 3), 3, 99).kind).toBe('officer');
    expect(viewerOf(actor('officer', 4), 3, 99).kind).toBe('member');
    expect(viewerOf({ ...actor('employer'), employerVerified: true }, 3, 99).kind).toBe('verified-employer');
    expect(viewerOf(actor('employer'), 3, 99).kind).toBe('anonymous');
  });
});
