/**
 * The demo community's connections: some talents get member accounts (no password, like the demo
 * staff), connect with each other in every state a request can be in, and a verified demo employer
 * sends contact requests, one accepted and one waiting, plus one to a minor that waits for an
 * officer of the minor's unit. The numbers follow the number of talents, so `--count` seeds a
 * proportional community. The fixed examples never get an account: tests claim them.
 */
import { and, asc, eq, inArray, isNull, like } from 'drizzle-orm';
import {
  connections,
  contactRequests,
  employers,
  notifications,
  requestEvents,
  type RequestStatus,
  talents,
  users,
} from '@db/schema';
import { isMinor, LISTED_STATUSES } from '@/lib/visibility';
import { insertInChunks, type Writer } from './batch';
import { DEMO_EXAMPLES, exampleSlug } from './examples';
import { SEED_NOW, SEED_YEAR } from './people';
import { createRandom, SEED } from './random';
import { PROVINCIAL_OFFICER_EMAIL } from './staff';

/** One talent in this many gets a member account. */
const MEMBER_SHARE = 25;
const MIN_MEMBERS = 12;
/** Each member asks this many others. */
const REQUESTS_PER_MEMBER = 2;
export const DEMO_EMPLOYER_EMAIL = 'nha-tuyen-dung.demo@example.vn';

export interface CommunityLinkCounts {
  members: number;
  connections: number;
  contactRequests: number;
}

const day = (n: number) => new Date(SEED_NOW - n * 86_400_000);

export async function seedCommunityLinks(tx: Writer, talentCount: number): Promise<CommunityLinkCounts> {
  const rng = createRandom(SEED + 20);
  const wanted = Math.max(MIN_MEMBERS, Math.round(talentCount / MEMBER_SHARE));
  const examples = new Set(DEMO_EXAMPLES.map(exampleSlug));
  // Every talent has a rowid in order, so a stride spreads the members over units and years.
  const listed = await tx
    .select({
      id: talents.id,
      slug: talents.slug,
      fullName: talents.fullName,
      birthYear: talents.birthYear,
      unitId: talents.unitId,
      open: talents.openToOpportunities,
    })
    .from(talents)
    .where(and(inArray(talents.status, LISTED_STATUSES), isNull(talents.userId)))
    .orderBy(asc(talents.id));
  const candidates = listed.filter((t) => !examples.has(t.slug));
  const stride = Math.max(1, Math.floor(candidates.length / wanted));
  const chosen = candidates.filter((_, i) => i % stride === 0).slice(0, wanted);

  const emailOf = (talentId: number) => `thanh-vien.${talentId}@example.vn`;
  await insertInChunks(
    tx,
    users,
    chosen.map((t) => ({
      email: emailOf(t.id),
      displayName: t.fullName,
      role: 'talent' as const,
      emailVerifiedAt: day(200),
      createdAt: day(220),
    })),
  );
  const userRows = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(like(users.email, 'thanh-vien.%@example.vn'));
  const userOf = new Map(userRows.map((u) => [u.email, u.id]));
  const members = chosen.map((t) => ({ ...t, userId: userOf.get(emailOf(t.id))! }));
  for (const m of members) await tx.update(talents).set({ userId: m.userId }).where(eq(talents.id, m.id));

  const adults = members.filter((m) => !isMinor(m.birthYear, SEED_YEAR));
  const minors = members.filter((m) => isMinor(m.birthYear, SEED_YEAR));
  const connectionRows: (typeof connections.$inferInsert)[] = [];
  const noticeRows: (typeof notifications.$inferInsert)[] = [];
  for (const [i, requester] of adults.entries()) {
    for (let k = 1; k <= REQUESTS_PER_MEMBER; k++) {
      const recipient = adults[(i + k * 3) % adults.length]!;
      if (recipient.userId === requester.userId) continue;
      const roll = rng.int(1, 10);
      const status: RequestStatus = roll <= 6 ? 'accepted' : roll <= 9 ? 'pending' : 'declined';
      const createdAt = day(rng.int(2, 120));
      connectionRows.push({
        requesterId: requester.userId,
        recipientId: recipient.userId,
        status,
        note: rng.chance(0.5) ? 'Rất vui được kết nối với bạn qua Mạng lưới Tài năng trẻ An Giang.' : '',
        createdAt,
        respondedAt: status === 'pending' ? null : new Date(createdAt.getTime() + 86_400_000),
      });
      if (status === 'pending')
        noticeRows.push({
          userId: recipient.userId,
          kind: 'connectionRequested',
          params: { name: requester.fullName },
          link: { route: 'connections' },
          createdAt,
        });
    }
  }
  // Keeps only the first request of a pair either way, as the application would.
  const pairs = new Set<string>();
  const uniqueRows = connectionRows.filter((row) => {
    const key = [row.requesterId, row.recipientId].sort((a, b) => a - b).join(':');
    if (pairs.has(key)) return false;
    pairs.add(key);
    return true;
  });
  await insertInChunks(tx, connections, uniqueRows);
  await insertInChunks(tx, notifications, noticeRows);

  const contacts = await seedDemoEmployerContacts(tx, adults, minors);
  return { members: members.length, connections: uniqueRows.length, contactRequests: contacts };
}

type Member = { id: number; userId: number; fullName: string; open: boolean; unitId: number };

async function seedDemoEmployerContacts(tx: Writer, adults: Member[], minors: Member[]): Promise<number> {
  const [officer] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, PROVINCIAL_OFFICER_EMAIL));
  const [employer] = await tx
    .insert(users)
    .values({
      email: DEMO_EMPLOYER_EMAIL,
      displayName: 'Phòng Nhân sự Phù Sa Xanh',
      role: 'employer',
      emailVerifiedAt: day(300),
      createdAt: day(310),
    })
    .returning({ id: users.id });
  await tx.insert(employers).values({
    userId: employer!.id,
    organisationName: 'Công ty TNHH Phù Sa Xanh (dữ liệu mẫu)',
    registrationNumber: '1601234567',
    website: 'https://phusaxanh.example.vn',
    contactPerson: 'Trần Thị Thu',
    verifiedAt: day(290),
    verifiedById: officer?.id ?? null,
  });
  const open = adults.filter((m) => m.open);
  const targets: [Member | undefined, RequestStatus, string][] = [
    [open[0] ?? adults[0], 'accepted', 'Thực tập kỹ sư nông nghiệp mùa khô'],
    [open[1] ?? adults[1], 'pending', 'Dự án số hóa hợp tác xã'],
    [minors[0], 'awaiting_officer', 'Học bổng kỹ năng số cho học sinh'],
  ];
  let written = 0;
  for (const [talent, status, subject] of targets) {
    if (!talent) continue;
    const createdAt = day(10 - written * 3);
    const [row] = await tx
      .insert(contactRequests)
      .values({
        employerId: employer!.id,
        talentId: talent.id,
        kind:
          status === 'awaiting_officer' ? 'scholarship' : status === 'accepted' ? 'internship' : 'project',
        subject,
        message:
          'Kính gửi bạn,\n\nCông ty chúng tôi mong được trao đổi thêm về cơ hội này. Rất mong nhận được phản hồi.\n\nTrân trọng.',
        status,
        minor: status === 'awaiting_officer',
        createdAt,
        respondedAt: status === 'accepted' ? new Date(createdAt.getTime() + 86_400_000) : null,
      })
      .returning({ id: contactRequests.id });
    const steps: ('sent' | 'accepted')[] = status === 'accepted' ? ['sent', 'accepted'] : ['sent'];
    await tx.insert(requestEvents).values(
      steps.map((kind) => ({
        contactRequestId: row!.id,
        actorId: kind === 'sent' ? employer!.id : talent.userId,
        kind,
        createdAt,
      })),
    );
    written += 1;
  }
  return written;
}
