/**
 * Saved searches of verified employers, and the weekly mail of new talents matching them. Only
 * talents who chose to be seen by verified employers count: profile shown to them, open to
 * opportunities, adult. A saved search matches on the directory's words, fields and units (the
 * other filters describe honours and ages the mail does not need to narrow by).
 */
import { and, asc, count, eq, gt, inArray, lte } from 'drizzle-orm';
import type { Database } from '@db/client';
import {
  employers,
  fields,
  notificationSettings,
  savedSearches,
  talentFields,
  talents,
  units,
  users,
} from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { getTranslator } from '@/lib/i18n/translate';
import { parseSearchParams, searchParamsOf, staticFacetValues } from '@/lib/search/params';
import type { SearchQuery } from '@/lib/search/types';
import { foldVietnamese } from '@/lib/vietnamese';
import { canViewPart, isMinor, LISTED_STATUSES } from '@/lib/visibility';
import { hiddenUserIds } from '@/lib/server/connections/blocks';
import { listFields } from '@/lib/server/fields';
import { queueMail } from '@/lib/server/mail/send';
import { mailLink } from '@/lib/server/mail/site-links';
import { listUnits } from '@/lib/server/units/tree';
import * as clock from '@/lib/server/clock';
import { requireVerifiedEmployer } from './verified';

export const MAX_SEARCH_NAME = 100;
const MAX_SAVED = 20;
const WEEK_MS = 7 * 24 * 3_600_000;
/** How often the job looks for saved searches due; a search is due a week after its last check. */
export const SAVED_SEARCH_EVERY_MS = 3_600_000;
const LISTED_PER_SEARCH = 10;

/** The directory query a saved search stands for, with values the directory no longer has dropped. */
async function queryOf(db: Database, queryString: string): Promise<SearchQuery> {
  const [fieldRows, unitRows] = await Promise.all([listFields(db), listUnits(db)]);
  const allowed = staticFacetValues(
    fieldRows.map((f) => f.slug),
    unitRows.map((u) => u.slug),
  );
  return parseSearchParams(new URLSearchParams(queryString), allowed).query;
}

/**
 * Saves the directory search `queryString` (the directory's URL query) under `name`. Paging and
 * sorting are dropped: a saved search is what to look for, not where one was.
 */
export async function saveSearch(
  db: Database,
  actor: Actor | null,
  input: { name: string; query: string },
): Promise<void> {
  const employer = requireVerifiedEmployer(actor);
  const name = input.name.trim();
  if (!name) throw new InvalidInputError('form.required', 'name');
  if (name.length > MAX_SEARCH_NAME) throw new InvalidInputError('form.tooLong', 'name');
  const query = await queryOf(db, input.query);
  const stored = searchParamsOf({ ...query, sort: 'relevance', page: 1 }).toString();
  await db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(savedSearches)
      .where(eq(savedSearches.employerId, employer.id));
    if (n >= MAX_SAVED) throw new InvalidInputError('savedSearch.full');
    const now = clock.now();
    await tx
      .insert(savedSearches)
      .values({ employerId: employer.id, name, query: stored, createdAt: now, checkedAt: now });
  });
}

export async function deleteSavedSearch(db: Database, actor: Actor | null, id: number): Promise<void> {
  const employer = requireVerifiedEmployer(actor);
  const deleted = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.employerId, employer.id)))
    .returning({ id: savedSearches.id });
  if (deleted.length === 0) throw new NotFoundError();
}

export async function listSavedSearches(db: Database, actor: Actor | null) {
  const employer = requireVerifiedEmployer(actor);
  return db
    .select({ id: savedSearches.id, name: savedSearches.name, query: savedSearches.query })
    .from(savedSearches)
    .where(eq(savedSearches.employerId, employer.id))
    .orderBy(asc(savedSearches.createdAt));
}

interface Candidate {
  userId: number | null;
  createdAt: Date;
  slug: string;
  fullName: string;
  unitSlug: string;
  fieldSlugs: string[];
  /** Folded name, bio and field names, where the saved words are looked for. */
  text: string;
}

/** Whether a new talent matches a saved search: every word, one of the fields, one of the units. */
export function matchesSavedSearch(candidate: Candidate, query: SearchQuery): boolean {
  const words = foldVietnamese(query.text).split(/\s+/).filter(Boolean);
  if (!words.every((word) => candidate.text.includes(word))) return false;
  const { field, unit } = query.filters;
  if (field && !field.some((slug) => candidate.fieldSlugs.includes(slug))) return false;
  if (unit && !unit.includes(candidate.unitSlug)) return false;
  return true;
}

/** Talents listed since `since` who chose to be seen by verified employers. */
async function newTalentsSeenByEmployers(db: Database, since: Date, now: Date): Promise<Candidate[]> {
  const rows = await db
    .select({ talent: talents, unitSlug: units.slug })
    .from(talents)
    .innerJoin(units, eq(units.id, talents.unitId))
    .where(
      and(
        inArray(talents.status, LISTED_STATUSES),
        eq(talents.openToOpportunities, true),
        gt(talents.createdAt, since),
        lte(talents.createdAt, now),
      ),
    )
    .limit(5000);
  const year = now.getFullYear();
  const seen = rows.filter(
    ({ talent }) =>
      !isMinor(talent.birthYear, year) &&
      canViewPart({ kind: 'verified-employer' }, talent.visibility, 'profile'),
  );
  if (seen.length === 0) return [];
  const fieldRows = await db
    .select({
      talentId: talentFields.talentId,
      slug: fields.slug,
      nameVi: fields.nameVi,
      nameEn: fields.nameEn,
    })
    .from(talentFields)
    .innerJoin(fields, eq(fields.id, talentFields.fieldId))
    .where(
      inArray(
        talentFields.talentId,
        seen.map(({ talent }) => talent.id),
      ),
    );
  return seen.map(({ talent, unitSlug }) => {
    // Fields count only when the talent shows them to employers.
    const own = canViewPart({ kind: 'verified-employer' }, talent.visibility, 'fields')
      ? fieldRows.filter((f) => f.talentId === talent.id)
      : [];
    const bio = canViewPart({ kind: 'verified-employer' }, talent.visibility, 'bio') ? talent.shortBio : '';
    return {
      userId: talent.userId,
      createdAt: talent.createdAt,
      slug: talent.slug,
      fullName: talent.fullName,
      unitSlug,
      fieldSlugs: own.map((f) => f.slug),
      text: foldVietnamese([talent.fullName, bio, ...own.flatMap((f) => [f.nameVi, f.nameEn])].join(' ')),
    };
  });
}

/**
 * Mails each verified employer, once a week per saved search, the talents listed since its last
 * check that match it; a search with nothing new is checked without a mail. Safe on several
 * instances: a search is claimed by moving its check time in the same transaction as the mail.
 * @returns the number of mails queued
 */
export async function mailSavedSearchMatches(db: Database, now: Date): Promise<number> {
  const due = await db
    .select({
      search: savedSearches,
      email: users.email,
      verified: employers.verifiedAt,
      lang: notificationSettings.lang,
    })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.employerId))
    .innerJoin(employers, eq(employers.userId, savedSearches.employerId))
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(lte(savedSearches.checkedAt, new Date(now.getTime() - WEEK_MS)))
    .limit(500);
  if (due.length === 0) return 0;
  const oldest = new Date(Math.min(...due.map((d) => d.search.checkedAt.getTime())));
  const candidates = await newTalentsSeenByEmployers(db, oldest, now);
  let sent = 0;
  for (const { search, email, verified, lang } of due) {
    const query = await queryOf(db, search.query);
    const hidden = await hiddenUserIds(db, search.employerId);
    const fresh = candidates.filter(
      (c) =>
        c.createdAt > search.checkedAt &&
        (c.userId === null || !hidden.has(c.userId)) &&
        matchesSavedSearch(c, query),
    );
    const t = getTranslator(lang ?? 'vi');
    const mailed = await db.transaction(async (tx) => {
      const claimed = await tx
        .update(savedSearches)
        .set({ checkedAt: now })
        .where(and(eq(savedSearches.id, search.id), eq(savedSearches.checkedAt, search.checkedAt)))
        .returning({ id: savedSearches.id });
      // An employer whose verification was withdrawn keeps the search but gets no mail.
      if (claimed.length === 0 || fresh.length === 0 || !verified) return false;
      const lines = fresh
        .slice(0, LISTED_PER_SEARCH)
        .map((c) => `• ${c.fullName}: ${mailLink(lang ?? 'vi', 'talent', c.slug)}`);
      if (fresh.length > LISTED_PER_SEARCH)
        lines.push(t('mail.savedSearch.more', { count: fresh.length - LISTED_PER_SEARCH }));
      await queueMail(tx, {
        userId: search.employerId,
        to: email,
        subject: t('mail.savedSearch.subject', { name: search.name }),
        text: t('mail.savedSearch.body', {
          count: fresh.length,
          name: search.name,
          list: lines.join('\n'),
          link: mailLink(lang ?? 'vi', 'employerTalents'),
        }),
      });
      return true;
    });
    if (mailed) sent += 1;
  }
  return sent;
}
