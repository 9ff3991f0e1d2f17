import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '@db/client';
import { type HonourKind, honours, networkCounts, networkHonours, networkTalents, talents } from '@db/schema';
import { loadCurrentUnitResolver } from '@/lib/server/units/tree';
import { vietnameseNameKey } from '@/lib/vietnamese';
import { isInNetwork } from '@/lib/visibility';

/** Stays well under SQLite's limit on bound variables. */
const CHUNK = 500;

interface Member {
  talentId: number;
  unitId: number;
}
interface NetworkHonour {
  honourId: number;
  talentId: number;
  kind: HonourKind;
  year: number;
  nameKey: string;
}

/** What some talents add to the network's counts, keyed `name\u0000value`. */
function countsOf(members: Member[], honourRows: NetworkHonour[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (name: string, value: string | number) => {
    const key = `${name}\u0000${value}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const member of members) {
    add('talents', '');
    add('unit', member.unitId);
  }
  for (const honour of honourRows) {
    add('honours', '');
    add('honourYear', honour.year);
    add('honourYearKind', `${honour.year}:${honour.kind}`);
  }
  return counts;
}

/**
 * Brings the public network up to date with changed talents: who is in it, their honours, and the
 * counts over both. Call it inside the transaction that made the change (the search sync does), so
 * public pages never see a count that disagrees with the lists. The old state is read from the
 * network tables themselves, so syncing any talent again is harmless and fills an empty network.
 */
export async function syncNetwork(tx: Executor, talentIds: number[]): Promise<void> {
  for (let start = 0; start < talentIds.length; start += CHUNK) {
    await syncChunk(tx, talentIds.slice(start, start + CHUNK));
  }
}

async function syncChunk(tx: Executor, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  const [oldMembers, oldHonours, talentRows, honourRows] = await Promise.all([
    tx.select().from(networkTalents).where(inArray(networkTalents.talentId, ids)),
    tx.select().from(networkHonours).where(inArray(networkHonours.talentId, ids)),
    tx
      .select({
        id: talents.id,
        unitId: talents.unitId,
        fullName: talents.fullName,
        status: talents.status,
        visibility: talents.visibility,
      })
      .from(talents)
      .where(inArray(talents.id, ids)),
    tx
      .select({ id: honours.id, talentId: honours.talentId, kind: honours.kind, year: honours.year })
      .from(honours)
      .where(and(inArray(honours.talentId, ids), isNull(honours.revokedAt))),
  ]);
  const inNetwork = new Map(talentRows.filter(isInNetwork).map((t) => [t.id, t]));
  // Counts by unit follow the tree's history: a talent still in a merged unit counts under its successor.
  const currentUnit = await loadCurrentUnitResolver(tx);
  const members = [...inNetwork.values()].map((t) => ({ talentId: t.id, unitId: currentUnit(t.unitId) }));
  const newHonours = honourRows.flatMap((h) => {
    const talent = inNetwork.get(h.talentId);
    if (!talent) return [];
    const nameKey = vietnameseNameKey(talent.fullName);
    return [{ honourId: h.id, talentId: h.talentId, kind: h.kind, year: h.year, nameKey }];
  });

  const delta = countsOf(members, newHonours);
  for (const [key, n] of countsOf(oldMembers, oldHonours)) delta.set(key, (delta.get(key) ?? 0) - n);
  const changed = [...delta].filter(([, n]) => n !== 0);

  await tx.delete(networkTalents).where(inArray(networkTalents.talentId, ids));
  await tx.delete(networkHonours).where(inArray(networkHonours.talentId, ids));
  if (members.length > 0) await tx.insert(networkTalents).values(members);
  for (let start = 0; start < newHonours.length; start += CHUNK / 5) {
    await tx.insert(networkHonours).values(newHonours.slice(start, start + CHUNK / 5));
  }
  if (changed.length > 0) {
    await tx
      .insert(networkCounts)
      .values(
        changed.map(([key, count]) => {
          const [name, value] = key.split('\u0000') as [string, string];
          return { name, value, count };
        }),
      )
      .onConflictDoUpdate({
        target: [networkCounts.name, networkCounts.value],
        set: { count: sql`${networkCounts.count} + excluded.count` },
      });
  }
}

/**
 * Whether the network tables lack talents the directory lists: a database from before they
 * existed, which a rebuild fills.
 */
export async function isNetworkMissing(db: Executor): Promise<boolean> {
  const [row] = await db.all<{ missing: number }>(sql`
    SELECT EXISTS (SELECT 1 FROM search_documents WHERE listed)
       AND NOT EXISTS (SELECT 1 FROM network_talents) AS missing`);
  return row?.missing === 1;
}
