import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { createActivity, recordAttendance } from '@/lib/server/nurture/activities';
import {
  answerProposal,
  listOwnProposals,
  listProposals,
  recordProposal,
} from '@/lib/server/nurture/proposals';
import { makeActor } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeTalentMember, type TalentMember } from '../support/members';

describe('proposals at dialogues', () => {
  let t: TestDatabase;
  let officer: Actor;
  let otherOfficer: Actor;
  let admin: Actor;
  let speaker: TalentMember;
  let bystander: TalentMember;
  let dialogue: number;
  const activity = (over: { kind: 'forum' | 'training'; heldOn: string; unitId?: number }) =>
    createActivity(t.db, over.unitId === 3 ? otherOfficer : officer, {
      unitId: over.unitId ?? 2,
      title: 'Đối thoại với lãnh đạo tỉnh',
      startsAt: null,
      endsAt: null,
      place: '',
      description: '',
      ...over,
    });
  const answer = { answer: '', answeredBy: '', status: 'received' as const };

  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(units).values([
      { id: 2, slug: 'long-xuyen', name: 'Đoàn phường Long Xuyên', kind: 'ward' },
      { id: 3, slug: 'rach-gia', name: 'Đoàn phường Rạch Giá', kind: 'ward' },
    ]);
    officer = await makeActor(t.db, 'officer', { unitId: 2 });
    otherOfficer = await makeActor(t.db, 'officer', { unitId: 3 });
    admin = await makeActor(t.db, 'admin');
    speaker = await makeTalentMember(t.db, { unitSlug: 'long-xuyen', age: 25 });
    bystander = await makeTalentMember(t.db, { unitSlug: 'long-xuyen', age: 27 });
    dialogue = await activity({ kind: 'forum', heldOn: '2026-03-26' });
    await recordAttendance(t.db, officer, dialogue, [speaker.talentId], 'speaker');
  });
  afterAll(() => t.dispose());

  it('records a participant’s proposal at a dialogue, then its answer and status', async () => {
    const id = await recordProposal(t.db, officer, {
      activityId: dialogue,
      talentId: speaker.talentId,
      proposal: 'Mở thêm không gian khởi nghiệp cho sinh viên.',
      ...answer,
    });
    await answerProposal(t.db, officer, id, {
      answer: 'Tỉnh sẽ bố trí một không gian tại Long Xuyên.',
      answeredBy: 'Phó Chủ tịch UBND tỉnh',
      status: 'answered',
    });
    expect(await listProposals(t.db, officer)).toEqual([
      expect.objectContaining({
        id,
        talentName: speaker.fullName,
        answeredBy: 'Phó Chủ tịch UBND tỉnh',
        status: 'answered',
      }),
    ]);
    expect((await listOwnProposals(t.db, speaker.actor)).map((p) => [p.id, p.status, p.answer])).toEqual([
      [id, 'answered', 'Tỉnh sẽ bố trí một không gian tại Long Xuyên.'],
    ]);
    expect(await listOwnProposals(t.db, bystander.actor)).toEqual([]);
  });

  it('refuses proposals of someone not listed, at another kind of activity, or of another unit', async () => {
    const input = { activityId: dialogue, talentId: bystander.talentId, proposal: 'Kiến nghị', ...answer };
    await expect(recordProposal(t.db, officer, input)).rejects.toMatchObject({
      key: 'proposals.notParticipant',
    });
    const training = await activity({ kind: 'training', heldOn: '2026-04-01' });
    await recordAttendance(t.db, officer, training, [bystander.talentId], 'attendee');
    await expect(recordProposal(t.db, officer, { ...input, activityId: training })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(
      recordProposal(t.db, otherOfficer, { ...input, talentId: speaker.talentId }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const [mine] = await listProposals(t.db, officer);
    await expect(
      answerProposal(t.db, otherOfficer, mine!.id, { ...answer, status: 'done' }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(answerProposal(t.db, officer, 99_999, answer)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listProposals(t.db, otherOfficer)).toEqual([]);
  });

  it('filters the list by status, year and activity', async () => {
    const later = await activity({ kind: 'forum', heldOn: '2027-03-26' });
    await recordAttendance(t.db, officer, later, [speaker.talentId], 'attendee');
    const next = await recordProposal(t.db, officer, {
      activityId: later,
      talentId: speaker.talentId,
      proposal: 'Học bổng cho tài năng vùng biên giới.',
      ...answer,
    });
    const ids = async (filters: Parameters<typeof listProposals>[2]) =>
      (await listProposals(t.db, admin, filters)).map((p) => p.id);
    const [first] = await ids({ year: 2026 });
    expect(await ids({})).toEqual([next, first]);
    expect(await ids({ status: 'received' })).toEqual([next]);
    expect(await ids({ status: 'answered', year: 2027 })).toEqual([]);
    expect(await ids({ activityId: dialogue })).toEqual([first]);
  });
});
