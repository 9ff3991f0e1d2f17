import { asc, eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import {
  type AchievementLevel,
  achievements,
  consents,
  employers,
  fields,
  type Gender,
  type HonourKind,
  honours,
  mailOutbox,
  oneTimeTokens,
  type OneTimePurpose,
  type PlaceKind,
  type ProfileVisibility,
  sessions,
  signInAddresses,
  talentClaims,
  talentFields,
  type TalentLink,
  talents,
  type TalentStatus,
  units,
  type UserRole,
  users,
} from '@db/schema';
import { NotFoundError } from '@/lib/server/errors';
import * as clock from '@/lib/server/clock';
import { exportCommunityData } from '@/lib/server/connections/personal-data';

/**
 * Everything the network holds about one person, as the data subject's right of access asks
 * (Law 91/2025/QH15). Plain JSON: dates are ISO strings. Secrets (password hash, session and link
 * secrets, session ids that act as bearer credentials) are never part of it.
 */
export interface PersonalDataExport {
  exportedAt: string;
  account: {
    id: number;
    email: string;
    displayName: string;
    role: UserRole;
    unitName: string | null;
    createdAt: string;
    emailVerifiedAt: string | null;
    disabledAt: string | null;
  };
  sessions: { createdAt: string; lastActiveAt: string; expiresAt: string; userAgent: string }[];
  /** Addresses the account signed in from, kept 90 days to tell the owner from a guesser. */
  signInAddresses: { address: string; lastSignInAt: string }[];
  consents: { kind: string; textVersion: string; details: Record<string, unknown>; createdAt: string }[];
  employer: {
    organisationName: string;
    registrationNumber: string;
    website: string | null;
    contactPerson: string;
    verifiedAt: string | null;
  } | null;
  talentProfile: ExportedTalentProfile | null;
  claims: {
    talentSlug: string;
    talentFullName: string;
    message: string;
    status: string;
    createdAt: string;
    decidedAt: string | null;
  }[];
  /** Links mailed to the person (verify, reset, change email); their secrets are not exported. */
  pendingLinks: {
    purpose: OneTimePurpose;
    email: string | null;
    createdAt: string;
    expiresAt: string;
    usedAt: string | null;
  }[];
  /** Messages written for the account (queued, or kept in the local outbox). */
  mail: { to: string; subject: string; createdAt: string; sentAt: string | null; text: string }[];
  /** Notifications, connections, blocks, contact requests, shortlist and saved searches. */
  community: Awaited<ReturnType<typeof exportCommunityData>>;
}

/** The talent profile linked to the account, with its achievements and honours. */
export interface ExportedTalentProfile {
  slug: string;
  fullName: string;
  birthYear: number;
  discoveredYear: number;
  gender: Gender | null;
  unitName: string;
  placeKind: PlaceKind;
  placeName: string | null;
  placeCountry: string | null;
  shortBio: string;
  longBio: string;
  photoPath: string | null;
  links: TalentLink[];
  contactEmail: string | null;
  openToOpportunities: boolean;
  status: TalentStatus;
  visibility: ProfileVisibility;
  /** Field names in Vietnamese, the site's first language. */
  fields: string[];
  createdAt: string;
  updatedAt: string;
  achievements: {
    title: string;
    awardName: string;
    level: AchievementLevel;
    rank: string;
    year: number;
    issuingBody: string;
    evidenceUrl: string | null;
    verifiedAt: string | null;
    createdAt: string;
  }[];
  honours: { kind: HonourKind; title: string; year: number; citation: string; createdAt: string }[];
}

const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);

/**
 * Collects every record held about user `userId` into a JSON-serialisable object for download.
 * Throws NotFoundError when no such user exists.
 */
export async function exportPersonalData(db: Database, userId: number): Promise<PersonalDataExport> {
  // No transaction: libSQL's are write transactions (they would hold the writer lock for a read),
  // and the parts need no snapshot between them.
  const [account] = await db
    .select({ user: users, unitName: units.name })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId));
  if (!account) throw new NotFoundError();
  const { user } = account;

  const sessionRows = await db
    .select({
      createdAt: sessions.createdAt,
      lastActiveAt: sessions.lastActiveAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(asc(sessions.createdAt));
  const consentRows = await db
    .select()
    .from(consents)
    .where(eq(consents.userId, userId))
    .orderBy(asc(consents.createdAt), asc(consents.id));
  const [employer] = await db.select().from(employers).where(eq(employers.userId, userId));
  const claimRows = await db
    .select({ claim: talentClaims, talentSlug: talents.slug, talentFullName: talents.fullName })
    .from(talentClaims)
    .innerJoin(talents, eq(talents.id, talentClaims.talentId))
    .where(eq(talentClaims.userId, userId))
    .orderBy(asc(talentClaims.createdAt));
  const tokenRows = await db
    .select({
      purpose: oneTimeTokens.purpose,
      email: oneTimeTokens.email,
      createdAt: oneTimeTokens.createdAt,
      expiresAt: oneTimeTokens.expiresAt,
      usedAt: oneTimeTokens.usedAt,
    })
    .from(oneTimeTokens)
    .where(eq(oneTimeTokens.userId, userId))
    .orderBy(asc(oneTimeTokens.createdAt));
  // By account id, never by address: an address can belong to another person now or later.
  const mailRows = await db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.userId, userId))
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id));
  const addressRows = await db
    .select({ address: signInAddresses.address, lastSignInAt: signInAddresses.lastSignInAt })
    .from(signInAddresses)
    .where(eq(signInAddresses.userId, userId))
    .orderBy(asc(signInAddresses.lastSignInAt));

  return {
    exportedAt: clock.now().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      unitName: account.unitName,
      createdAt: iso(user.createdAt),
      emailVerifiedAt: isoOrNull(user.emailVerifiedAt),
      disabledAt: isoOrNull(user.disabledAt),
    },
    sessions: sessionRows.map((s) => ({
      createdAt: iso(s.createdAt),
      lastActiveAt: iso(s.lastActiveAt),
      expiresAt: iso(s.expiresAt),
      userAgent: s.userAgent,
    })),
    signInAddresses: addressRows.map((a) => ({ address: a.address, lastSignInAt: iso(a.lastSignInAt) })),
    consents: consentRows.map((c) => ({
      kind: c.kind,
      textVersion: c.textVersion,
      details: c.details,
      createdAt: iso(c.createdAt),
    })),
    employer: employer
      ? {
          organisationName: employer.organisationName,
          registrationNumber: employer.registrationNumber,
          website: employer.website,
          contactPerson: employer.contactPerson,
          verifiedAt: isoOrNull(employer.verifiedAt),
        }
      : null,
    talentProfile: await exportTalentProfile(db, userId),
    claims: claimRows.map(({ claim, talentSlug, talentFullName }) => ({
      talentSlug,
      talentFullName,
      message: claim.message,
      status: claim.status,
      createdAt: iso(claim.createdAt),
      decidedAt: isoOrNull(claim.decidedAt),
    })),
    pendingLinks: tokenRows.map((t) => ({
      purpose: t.purpose,
      email: t.email,
      createdAt: iso(t.createdAt),
      expiresAt: iso(t.expiresAt),
      usedAt: isoOrNull(t.usedAt),
    })),
    mail: mailRows.map((m) => ({
      to: m.to,
      subject: m.subject,
      createdAt: iso(m.createdAt),
      sentAt: isoOrNull(m.sentAt),
      text: m.text,
    })),
    community: await exportCommunityData(db, userId),
  };
}

type Reader = Pick<Database, 'select'>;

async function exportTalentProfile(db: Reader, userId: number): Promise<ExportedTalentProfile | null> {
  // A user owns at most one profile (claims link one); the oldest is taken if data says otherwise.
  const [row] = await db
    .select({ talent: talents, unitName: units.name })
    .from(talents)
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(eq(talents.userId, userId))
    .orderBy(asc(talents.id))
    .limit(1);
  if (!row) return null;
  const { talent } = row;

  const fieldRows = await db
    .select({ nameVi: fields.nameVi })
    .from(talentFields)
    .innerJoin(fields, eq(fields.id, talentFields.fieldId))
    .where(eq(talentFields.talentId, talent.id))
    .orderBy(asc(fields.sortOrder));
  const achievementRows = await db
    .select()
    .from(achievements)
    .where(eq(achievements.talentId, talent.id))
    .orderBy(asc(achievements.year), asc(achievements.id));
  const honourRows = await db
    .select()
    .from(honours)
    .where(eq(honours.talentId, talent.id))
    .orderBy(asc(honours.year), asc(honours.id));

  return {
    slug: talent.slug,
    fullName: talent.fullName,
    birthYear: talent.birthYear,
    discoveredYear: talent.discoveredYear,
    gender: talent.gender,
    unitName: row.unitName,
    placeKind: talent.placeKind,
    placeName: talent.placeName,
    placeCountry: talent.placeCountry,
    shortBio: talent.shortBio,
    longBio: talent.longBio,
    photoPath: talent.photoPath,
    links: talent.links,
    contactEmail: talent.contactEmail,
    openToOpportunities: talent.openToOpportunities,
    status: talent.status,
    visibility: talent.visibility,
    fields: fieldRows.map((f) => f.nameVi),
    createdAt: iso(talent.createdAt),
    updatedAt: iso(talent.updatedAt),
    // verifiedById is left out: it identifies the officer, which is their data, not the talent's.
    achievements: achievementRows.map((a) => ({
      title: a.title,
      awardName: a.awardName,
      level: a.level,
      rank: a.rank,
      year: a.year,
      issuingBody: a.issuingBody,
      evidenceUrl: a.evidenceUrl,
      verifiedAt: isoOrNull(a.verifiedAt),
      createdAt: iso(a.createdAt),
    })),
    honours: honourRows.map((h) => ({
      kind: h.kind,
      title: h.title,
      year: h.year,
      citation: h.citation,
      createdAt: iso(h.createdAt),
    })),
  };
}
