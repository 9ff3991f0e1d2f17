import { readdirSync } from 'node:fs';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { openDatabase } from '@db/client';
import { networkHonours, talents } from '@db/schema';

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
    const article = readdirSync('content/news/vi').find((name) => name.endsWith('.md'))!;
    const call = readdirSync('content/award-calls/vi').find((name) => name.endsWith('.md'))!;
    const facets = 'q=nguyen+van&field=tin-hoc-lap-trinh&place=in_province';
    return {
      profile: `/tai-nang/${honoured!.slug}`,
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
