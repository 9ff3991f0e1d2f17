import { createHash, randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { Database } from '@db/client';
import { reachSalts } from '@db/schema';

/** Bytes of the SHA-256 kept: 128 bits make a collision among a day's visitors practically impossible. */
const HASH_BYTES = 16;

/**
 * A visitor's hash for a day, as Plausible documents it: SHA-256 of the day's salt, the client
 * address, the user agent and the site. The same browser on the same address gets the same hash
 * all day; the next day's salt makes it a stranger. Neither the address nor the agent is kept.
 * @example visitorHash(salt, '203.0.113.7', 'Mozilla/5.0 …', 'tainangtre.angiang.vn')
 */
export function visitorHash(salt: Buffer, address: string, userAgent: string, site: string): Buffer {
  return createHash('sha256')
    .update(salt)
    .update('\u0000')
    .update(address)
    .update('\u0000')
    .update(userAgent)
    .update('\u0000')
    .update(site)
    .digest()
    .subarray(0, HASH_BYTES);
}

/**
 * The day's salt, shared by every instance through the database: the first to ask creates it
 * (insert or ignore), everyone then reads the one that won. Remembered per instance for its day.
 */
export function createSaltSource(db: Database): (day: string) => Promise<Buffer> {
  let cached: { day: string; salt: Promise<Buffer> } | null = null;
  const load = async (day: string) => {
    await db
      .insert(reachSalts)
      .values({ day, salt: randomBytes(32) })
      .onConflictDoNothing();
    const [stored] = await db
      .select({ salt: reachSalts.salt })
      .from(reachSalts)
      .where(eq(reachSalts.day, day));
    return stored!.salt;
  };
  return (day) => {
    if (cached?.day !== day) {
      const salt = load(day);
      cached = { day, salt };
      salt.catch(() => (cached = null));
    }
    return cached.salt;
  };
}

/** Deletes the salts of days before `today`: once gone, those days' hashes can never be recomputed. */
export async function deleteOldSalts(db: Database, today: string): Promise<void> {
  await db.delete(reachSalts).where(lt(reachSalts.day, today));
}
