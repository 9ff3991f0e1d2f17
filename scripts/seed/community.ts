/**
 * The community of the demo: clubs by field and by area with members, forums with threads and
 * replies, meetups upcoming, past and one cancelled. Members are accounts of their own (no
 * password, so nobody signs in as them) not tied to a profile, so the demo profiles stay free to
 * claim. Deterministic, like the rest of the seed; `scale` grows it in proportion to the talents
 * for benchmarks.
 */
import { eq } from 'drizzle-orm';
import {
  clubMemberships,
  clubs,
  forums,
  meetupRsvps,
  meetups,
  posts,
  threads,
  users,
  type JoinPolicy,
  type ForumAudience,
} from '@db/schema';
import { foldVietnamese, slugify } from '@/lib/vietnamese';
import { insertInChunks, type Writer } from './batch';
import { generateName } from './names';
import { SEED_NOW } from './people';
import { createRandom, SEED } from './random';
import type { ChildUnitSlug, FieldSlug, ReferenceIds } from './reference';

interface ClubPlan {
  name: string;
  field: FieldSlug | null;
  unit: ChildUnitSlug | null;
  joinPolicy: JoinPolicy;
  forumAudience: ForumAudience;
  description: string;
}

const DEMO_CLUBS: readonly ClubPlan[] = [
  {
    name: 'CLB Lập trình trẻ Long Xuyên',
    field: 'tin-hoc-lap-trinh',
    unit: 'thanh-doan-long-xuyen',
    joinPolicy: 'open',
    forumAudience: 'members',
    description: 'Cùng học, cùng làm dự án phần mềm phục vụ cộng đồng.',
  },
  {
    name: 'CLB Khởi nghiệp Châu Đốc',
    field: 'khoi-nghiep-kinh-doanh',
    unit: 'thanh-doan-chau-doc',
    joinPolicy: 'approval',
    forumAudience: 'members',
    description: 'Chia sẻ kinh nghiệm gọi vốn, bán hàng và làm thương hiệu cho sản phẩm địa phương.',
  },
  {
    name: 'CLB Nhà khoa học trẻ Đại học An Giang',
    field: 'khoa-hoc-cong-nghe',
    unit: 'doan-truong-dai-hoc-an-giang',
    joinPolicy: 'open',
    forumAudience: 'signed_in',
    description: 'Seminar hằng tháng, hướng dẫn viết đề tài nghiên cứu khoa học.',
  },
  {
    name: 'CLB Tình nguyện Tri Tôn',
    field: 'cong-dong-tinh-nguyen',
    unit: 'huyen-doan-tri-ton',
    joinPolicy: 'open',
    forumAudience: 'members',
    description: 'Tổ chức hoạt động tình nguyện ở các xã vùng núi và đồng bào Khmer.',
  },
  {
    name: 'CLB Nông nghiệp công nghệ cao Chợ Mới',
    field: 'nong-nghiep',
    unit: 'huyen-doan-cho-moi',
    joinPolicy: 'open',
    forumAudience: 'members',
    description: 'Ứng dụng công nghệ trong canh tác lúa, rau màu và nuôi thủy sản.',
  },
  {
    name: 'CLB Văn hóa – Nghệ thuật trẻ An Giang',
    field: 'van-hoa-nghe-thuat',
    unit: null,
    joinPolicy: 'approval',
    forumAudience: 'signed_in',
    description: 'Nơi gặp gỡ của các bạn trẻ yêu âm nhạc, hội họa và đờn ca tài tử.',
  },
  {
    name: 'CLB Thể thao Tân Châu',
    field: 'the-thao',
    unit: 'thi-doan-tan-chau',
    joinPolicy: 'open',
    forumAudience: 'members',
    description: 'Bóng đá, bơi lội và chạy bộ cuối tuần.',
  },
  {
    name: 'CLB Học tập Thoại Sơn',
    field: null,
    unit: 'huyen-doan-thoai-son',
    joinPolicy: 'open',
    forumAudience: 'members',
    description: 'Nhóm học cùng nhau, ôn thi và chia sẻ tài liệu.',
  },
];

const TOPICS = [
  ['Giới thiệu thành viên mới', 'Chào mọi người! Mình mới tham gia câu lạc bộ, rất mong được học hỏi.'],
  [
    'Kế hoạch hoạt động quý tới',
    'Mọi người góp ý giúp kế hoạch hoạt động nhé:\n\n- Gặp mặt hằng tháng\n- Một dự án chung\n- Giao lưu với câu lạc bộ bạn',
  ],
  ['Chia sẻ tài liệu hay', 'Mình tổng hợp một số tài liệu **rất hữu ích**, ai cần thì nhắn nhé.'],
  [
    'Hỏi kinh nghiệm tham gia giải thưởng',
    'Có anh chị nào từng tham gia giải thưởng cấp tỉnh chia sẻ kinh nghiệm làm hồ sơ không ạ?',
  ],
  ['Tìm bạn cùng làm dự án', 'Mình đang cần 2 bạn cùng làm một dự án nhỏ trong 3 tháng.'],
] as const;
const REPLIES = [
  'Cảm ơn bạn đã chia sẻ!',
  'Mình tham gia với nhé.',
  'Ý tưởng hay, mình ủng hộ.',
  '> Mọi người góp ý giúp\n\nMình nghĩ nên thêm một buổi giao lưu với doanh nghiệp.',
  'Bạn gửi thêm chi tiết được không?',
  'Hẹn gặp mọi người ở buổi gặp mặt tới.',
] as const;

const DAY = 86_400_000;

export interface CommunitySeedCounts {
  clubs: number;
  members: number;
  threads: number;
  posts: number;
  meetups: number;
}

/**
 * Seeds the community into a database with reference data and staff and no clubs. `scale` 1 is
 * the demo (8 clubs, 60 members); a larger scale multiplies clubs and members.
 */
export async function seedCommunity(tx: Writer, ref: ReferenceIds, scale = 1): Promise<CommunitySeedCounts> {
  const rng = createRandom(SEED + 1207);
  const officers = await tx
    .select({ id: users.id, unitId: users.unitId })
    .from(users)
    .where(eq(users.role, 'officer'));
  const provincial = officers.find((o) => o.unitId === ref.rootUnitId) ?? officers[0]!;
  const officerOf = (unitId: number | null) => officers.find((o) => o.unitId === unitId) ?? provincial;

  const memberCount = Math.round(60 * scale);
  const memberRows = Array.from({ length: memberCount }, (_, i) => ({
    email: `thanh-vien.${String(i + 1).padStart(5, '0')}@example.vn`,
    displayName: generateName(rng, rng.pick(['male', 'female'] as const), 'kinh'),
    role: 'talent' as const,
    emailVerifiedAt: new Date(SEED_NOW - 200 * DAY),
    createdAt: new Date(SEED_NOW - 200 * DAY),
  }));
  await insertInChunks(tx, users, memberRows);
  const memberIds = (
    await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.role, 'talent'))
  )
    .filter((u) => u.email.startsWith('thanh-vien.'))
    .map((u) => u.id);

  const plans: ClubPlan[] = [];
  const copies = Math.max(1, Math.round(scale));
  for (let copy = 0; copy < copies; copy++) {
    for (const plan of DEMO_CLUBS) {
      plans.push(copy === 0 ? plan : { ...plan, name: `${plan.name} ${copy + 1}` });
    }
  }

  const clubRows: (typeof clubs.$inferInsert)[] = [];
  const forumRows: (typeof forums.$inferInsert)[] = [];
  const membershipRows: (typeof clubMemberships.$inferInsert)[] = [];
  const threadRows: (typeof threads.$inferInsert)[] = [];
  const postRows: (typeof posts.$inferInsert)[] = [];
  const meetupRows: (typeof meetups.$inferInsert)[] = [];
  const rsvpRows: (typeof meetupRsvps.$inferInsert)[] = [];
  let forumId = 0;
  let threadId = 0;
  let postId = 0;

  const addThread = (forum: number, authors: number[], topic: (typeof TOPICS)[number], start: number) => {
    threadId += 1;
    const replies = rng.int(1, 6);
    const thread = {
      id: threadId,
      forumId: forum,
      authorId: authors[0]!,
      title: topic[0],
      titleFolded: foldVietnamese(topic[0]),
      createdAt: new Date(start),
    };
    postId += 1;
    postRows.push({
      id: postId,
      threadId,
      authorId: authors[0]!,
      body: topic[1],
      bodyFolded: foldVietnamese(topic[1]),
      createdAt: new Date(start),
    });
    for (let r = 0; r < replies; r++) {
      postId += 1;
      const body = rng.pick(REPLIES);
      postRows.push({
        id: postId,
        threadId,
        authorId: rng.pick(authors),
        body,
        bodyFolded: foldVietnamese(body),
        createdAt: new Date(start + (r + 1) * 3_600_000),
      });
    }
    threadRows.push({ ...thread, replyCount: replies, lastPostId: postId, pinned: topic === TOPICS[1] });
  };

  plans.forEach((plan, i) => {
    const id = i + 1;
    const unitId = plan.unit ? ref.unitIds.get(plan.unit)! : null;
    const fieldId = plan.field ? ref.fieldIds.get(plan.field)! : null;
    const slug = slugify(plan.name);
    const officer = officerOf(unitId);
    const members = rng.sample(memberIds, rng.int(8, Math.min(40, memberIds.length)));
    clubRows.push({
      id,
      slug,
      name: plan.name,
      description: plan.description,
      rules: 'Tôn trọng nhau, không quảng cáo, không chia sẻ thông tin cá nhân của người khác.',
      fieldId,
      unitId,
      joinPolicy: plan.joinPolicy,
      forumAudience: plan.forumAudience,
      status: 'active',
      memberCount: members.length,
      createdBy: officer.id,
      createdAt: new Date(SEED_NOW - 180 * DAY),
    });
    members.forEach((userId, m) =>
      membershipRows.push({ clubId: id, userId, role: m === 0 ? 'moderator' : 'member', status: 'active' }),
    );
    forumId += 1;
    forumRows.push({ id: forumId, slug, clubId: id });
    for (const topic of rng.sample(TOPICS, 4)) {
      addThread(forumId, rng.shuffle(members), topic, SEED_NOW - rng.int(2, 90) * DAY);
    }
    const upcoming = SEED_NOW + rng.int(45, 75) * DAY;
    const meetupId = meetupRows.length + 1;
    const going = rng.sample(members, rng.int(2, 8));
    meetupRows.push(
      {
        id: meetupId,
        clubId: id,
        title: 'Gặp mặt cuối năm',
        startsAt: new Date(upcoming),
        place: 'Nhà Văn hóa Thanh niên',
        capacity: 30,
        goingCount: going.length,
        createdBy: officer.id,
      },
      {
        id: meetupId + 1,
        clubId: id,
        title: 'Sinh hoạt trực tuyến',
        startsAt: new Date(SEED_NOW - rng.int(10, 40) * DAY),
        onlineUrl: 'https://meet.example.vn/clb',
        capacity: null,
        createdBy: officer.id,
      },
    );
    for (const userId of going) rsvpRows.push({ meetupId, userId });
    // One club shows a meetup its moderators called off: listed as cancelled, without RSVP.
    if (i === 0) {
      meetupRows.push({
        id: meetupRows.length + 1,
        clubId: id,
        title: 'Giao lưu đầu xuân',
        startsAt: new Date(upcoming + 30 * DAY),
        place: 'Nhà Văn hóa Thanh niên',
        capacity: 40,
        cancelledAt: new Date(SEED_NOW - DAY),
        createdBy: officer.id,
      });
    }
  });

  for (const field of ['tin-hoc-lap-trinh', 'khoi-nghiep-kinh-doanh', 'nong-nghiep'] as const) {
    forumId += 1;
    const fieldId = ref.fieldIds.get(field)!;
    forumRows.push({ id: forumId, slug: field, fieldId });
    for (const topic of rng.sample(TOPICS, Math.max(2, Math.round(2 * scale)))) {
      addThread(forumId, rng.sample(memberIds, 6), topic, SEED_NOW - rng.int(2, 60) * DAY);
    }
  }

  await insertInChunks(tx, clubs, clubRows);
  await insertInChunks(tx, forums, forumRows);
  await insertInChunks(tx, clubMemberships, membershipRows);
  await insertInChunks(tx, threads, threadRows);
  await insertInChunks(tx, posts, postRows);
  await insertInChunks(tx, meetups, meetupRows);
  await insertInChunks(tx, meetupRsvps, rsvpRows);
  return {
    clubs: clubRows.length,
    members: memberRows.length,
    threads: threadRows.length,
    posts: postRows.length,
    meetups: meetupRows.length,
  };
}
