import { readdirSync } from 'node:fs';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { openDatabase } from '@db/client';
import { clubMemberships, clubs, forums, networkHonours, talents, threads, users } from '@db/schema';
import { createSession } from '@/lib/server/auth/sessions';

/** The URLs the HTTP benchmark requests, picked from the seeded database and the content. */
export async function pickRoutes(url: string) {
  const db = openDatabase(url);
  try {
    const [latest] = await db
      .select({ year: networkHonours.year })
      .from(networkHonours)
      .orderBy(desc(networkHonours.year))
      .limit(1);
    const [honoured] = await db
      .select({ slug: talents.slug })
      .from(networkHonours)
      .innerJoin(talents, eq(talents.id, networkHonours.talentId))
      .where(and(eq(networkHonours.kind, 'featured_young_face'), isNull(talents.userId)))
      .limit(1);
    // The club with the most members: its page reads the most member rows.
    const [club] = await db
      .select({ id: clubs.id, slug: clubs.slug, forumId: forums.id, forumSlug: forums.slug })
      .from(clubs)
      .innerJoin(forums, eq(forums.clubId, clubs.id))
      .orderBy(desc(clubs.memberCount))
      .limit(1);
    // Its busiest thread, and a member who reads the club, its forum and the thread signed in.
    const [thread] = await db
      .select({ id: threads.id })
      .from(threads)
      .where(eq(threads.forumId, club!.forumId))
      .orderBy(desc(threads.replyCount))
      .limit(1);
    const [member] = await db
      .select({ id: users.id, role: users.role })
      .from(clubMemberships)
      .innerJoin(users, eq(users.id, clubMemberships.userId))
      .where(and(eq(clubMemberships.clubId, club!.id), eq(clubMemberships.status, 'active')))
      .limit(1);
    const { token } = await createSession(db, member!, 'bench:http');
    const article = readdirSync('content/news/vi').find((name) => name.endsWith('.md'))!;
    const call = readdirSync('content/award-calls/vi').find((name) => name.endsWith('.md'))!;
    const facets = 'q=nguyen+van&field=tin-hoc-lap-trinh&place=in_province';
    return {
      profile: `/tai-nang/${honoured!.slug}`,
      club: `/cau-lac-bo/${club!.slug}`,
      forum: `/dien-dan/${club!.forumSlug}`,
      thread: `/dien-dan/${club!.forumSlug}/${thread!.id}`,
      // Served over plain HTTP, so the cookie has no `__Host-` prefix (sessionCookieName).
      memberCookie: `tntag_session=${token}`,
      honoursYear: `/vinh-danh/${latest!.year}`,
      directory: `/tim-kiem?${facets}`,
      api: `/api/search?${facets}`,
      news: `/tin-tuc/${article.replace(/\.md$/, '')}`,
      call: `/giai-thuong/${call.replace(/\.md$/, '')}`,
    };
  } finally {
    db.$client.close();
  }
}
