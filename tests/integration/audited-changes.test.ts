import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { desc, gt } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@db/client';
import { type AuditAction, auditActions, auditLog, clubMemberships, fields } from '@db/schema';
import type { CallForApplications } from '@/lib/awards/application-rules';
import type { Actor } from '@/lib/server/auth/actor';
import { acceptApplication, decideApplication } from '@/lib/server/awards/decisions';
import { revokeHonour } from '@/lib/server/awards/revoke';
import { declareConflict, scoreApplication } from '@/lib/server/awards/scoring';
import { submitApplication } from '@/lib/server/awards/submit';
import { approveClub, createClub, declineClub } from '@/lib/server/clubs/clubs';
import { cancelMeetup, updateMeetup } from '@/lib/server/clubs/meetup-changes';
import { createMeetup } from '@/lib/server/clubs/meetups';
import { decideMember, setModerator } from '@/lib/server/clubs/membership';
import { decideContactRequest } from '@/lib/server/connections/broker';
import { LibraryError } from '@/lib/server/errors';
import { hidePost, moveThread, setThreadFlag } from '@/lib/server/forums/moderation';
import { handleReports } from '@/lib/server/forums/reports';
import { importAttendance } from '@/lib/server/nurture/attendance-import';
import {
  type ActivityInput,
  createActivity,
  recordAttendance,
  removeParticipant,
  updateActivity,
} from '@/lib/server/nurture/activities';
import { answerProposal, recordProposal } from '@/lib/server/nurture/proposals';
import { createTraining, saveTrainingAttendance, setTalentWorkLead } from '@/lib/server/officers/training';
import { setYouthPopulation } from '@/lib/server/reach/target';
import { replaceClubCover } from '@/lib/server/uploads/club-cover';
import { makeUser } from '../support/actors';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { rejection } from '../support/errors';
import { targets } from './authz/targets';
import { buildWorld, type World } from './authz/world';

/**
 * Every change an officer or an admin makes outside the records, units and decisions (which
 * audit.test.ts and their own tests cover) writes exactly one audit row, with its actor, subject
 * and values; the same change refused (another unit's officer, a bad value) writes none.
 */

// 10:00 in Viet Nam on 2 December 2026.
const NOW = new Date('2026-12-02T03:00:00Z');

let database: TestDatabase;
let db: Database;
let w: World;
let dir: string;

const CALL: CallForApplications = {
  key: 'gmt-2027',
  awardName: 'Gương mặt trẻ tiêu biểu tỉnh An Giang năm 2027',
  awardYear: 2027,
  organiser: 'Ban Thường vụ Tỉnh Đoàn An Giang',
  status: 'open',
  band: { minAge: 16, maxAge: 35 },
  firstTimeOnly: true,
  honourKind: 'featured_young_face',
  criteriaCount: 4,
};

const activityInput = (more: Partial<ActivityInput> = {}): ActivityInput => ({
  unitId: w.unitId,
  kind: 'training',
  title: 'Tập huấn kỹ năng số',
  heldOn: '2026-11-20',
  startsAt: null,
  endsAt: null,
  place: '',
  description: '',
  ...more,
});

/** An attendance list naming `w.talent` by number, as a speaker. */
const attendanceSheet = () =>
  new File([`Họ và tên,Năm sinh,Mã tài năng,Vai trò\n,,${w.talent.talentId},Diễn giả\n`], 'ds.csv');

const meetupInput = (title = 'Gặp mặt cuối năm') => ({
  title,
  startsAt: new Date(NOW.getTime() + 7 * 86_400_000),
  place: 'Long Xuyên',
  onlineUrl: null,
  capacity: null,
});

const clubInput = () => ({
  name: 'CLB Lập trình trẻ',
  description: '',
  rules: '',
  fieldId: null,
  unitId: w.unitId,
  joinPolicy: 'open' as const,
  forumAudience: 'signed_in' as const,
});

const png = () =>
  sharp({ create: { width: 300, height: 100, channels: 3, background: '#0a5' } })
    .png()
    .toBuffer()
    .then((buffer) => new Uint8Array(buffer));

interface Case {
  action: AuditAction;
  /** Who makes the change (officer: `w.actors.officer`, of the unit of `w.talent` and `w.club`). */
  by: (w: World) => Actor;
  /** Makes the change and returns the id of its subject. */
  change: (actor: Actor) => Promise<number | null>;
  subjectType: string;
  subjectLabel?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** The same change refused, for lack of right or for a bad value. */
  refused: () => Promise<unknown>;
  /** A call that succeeds and must not be logged (a member's moderation, a dry run). */
  unlogged?: () => Promise<unknown>;
}

const officer = (world: World) => world.actors.officer;
const admin = (world: World) => world.actors.admin;

/** A new nomination of `w`'s unit, shortlisted or rejected by `actor`; returns its id. */
async function decided(actor: Actor, outcome: 'shortlisted' | 'rejected', note: string) {
  const applicationId = await targets.application(db, w);
  await decideApplication(db, actor, { applicationId, outcome, note });
  return applicationId;
}

/** The cases, built once the world exists (they read its ids). */
function cases(): Case[] {
  const { otherOfficer } = w.actors;
  return [
    {
      action: 'activity.create',
      by: officer,
      change: (a) => createActivity(db, a, activityInput()),
      subjectType: 'activity',
      subjectLabel: 'Tập huấn kỹ năng số',
      before: null,
      after: { title: 'Tập huấn kỹ năng số', unitId: w.unitId, heldOn: '2026-11-20' },
      refused: () => createActivity(db, otherOfficer, activityInput()),
    },
    {
      action: 'activity.update',
      by: officer,
      change: async (a) => {
        const id = await targets.activity(db, w);
        await updateActivity(db, a, id, activityInput({ title: 'Hoạt động đã sửa', heldOn: '2026-04-10' }));
        return id;
      },
      subjectType: 'activity',
      subjectLabel: 'Hoạt động đã sửa',
      before: { title: 'Hoạt động thử quyền' },
      after: { title: 'Hoạt động đã sửa' },
      refused: () => updateActivity(db, officer(w), w.activityId, activityInput({ heldOn: '2026-02-30' })),
    },
    {
      action: 'activity.addParticipants',
      by: officer,
      change: async (a) => {
        await recordAttendance(db, a, w.activityId, [w.talent.talentId], 'speaker');
        return w.activityId;
      },
      subjectType: 'activity',
      after: { participants: [{ talentId: w.talent.talentId, role: 'speaker' }] },
      refused: () => recordAttendance(db, otherOfficer, w.activityId, [w.talent.talentId], 'speaker'),
    },
    {
      action: 'activity.importAttendance',
      by: officer,
      change: async (a) => {
        const id = await targets.activity(db, w);
        const outcome = await importAttendance(db, a, id, attendanceSheet(), 'import');
        expect(outcome.written).toBe(true);
        return id;
      },
      subjectType: 'activity',
      after: { participants: [{ talentId: w.talent.talentId, role: 'speaker' }] },
      refused: () => importAttendance(db, otherOfficer, w.activityId, attendanceSheet(), 'import'),
      // A check reads the file and writes nothing.
      unlogged: () => importAttendance(db, officer(w), w.activityId, attendanceSheet(), 'check'),
    },
    {
      action: 'activity.removeParticipant',
      by: officer,
      change: async (a) => {
        const id = await targets.activity(db, w, false, [w.talent.talentId]);
        await removeParticipant(db, a, id, w.talent.talentId);
        return id;
      },
      subjectType: 'activity',
      before: { participant: { talentId: w.talent.talentId } },
      after: null,
      refused: () => removeParticipant(db, otherOfficer, w.activityId, w.talent.talentId),
    },
    {
      action: 'proposal.create',
      by: officer,
      change: async (a) =>
        recordProposal(db, a, {
          activityId: await targets.dialogue(db, w),
          talentId: w.talent.talentId,
          proposal: 'Mở thêm lớp tin học',
          answer: '',
          answeredBy: '',
          status: 'received',
        }),
      subjectType: 'proposal',
      subjectLabel: 'Đối thoại thử quyền',
      after: { proposal: 'Mở thêm lớp tin học', talentId: w.talent.talentId },
      refused: async () =>
        recordProposal(db, officer(w), {
          activityId: await targets.dialogue(db, w),
          talentId: w.otherTalent.talentId,
          proposal: 'Không có mặt',
          answer: '',
          answeredBy: '',
          status: 'received',
        }),
    },
    {
      action: 'proposal.answer',
      by: officer,
      change: async (a) => {
        const id = await targets.proposal(db, w);
        await answerProposal(db, a, id, {
          answer: 'Sẽ mở vào quý I',
          answeredBy: 'Sở GD&ĐT',
          status: 'answered',
        });
        return id;
      },
      subjectType: 'proposal',
      before: { answer: '', status: 'received' },
      after: { answer: 'Sẽ mở vào quý I', answeredBy: 'Sở GD&ĐT', status: 'answered' },
      refused: async () =>
        answerProposal(db, otherOfficer, await targets.proposal(db, w), {
          answer: 'x',
          answeredBy: '',
          status: 'answered',
        }),
    },
    {
      action: 'training.create',
      by: officer,
      change: (a) =>
        createTraining(db, a, {
          title: 'Tập huấn công tác tài năng',
          heldOn: '2026-11-25',
          unitId: w.unitId,
        }),
      subjectType: 'training',
      subjectLabel: 'Tập huấn công tác tài năng',
      after: { title: 'Tập huấn công tác tài năng', unitId: w.unitId },
      // Province-wide trainings are the admins'.
      refused: () =>
        createTraining(db, officer(w), { title: 'Toàn tỉnh', heldOn: '2026-11-25', unitId: null }),
    },
    {
      action: 'training.attendance',
      by: officer,
      change: async (a) => {
        await saveTrainingAttendance(db, a, w.trainingId, [a.id]);
        return w.trainingId;
      },
      subjectType: 'training',
      before: { attended: [] },
      after: { attended: [w.actors.officer.id] },
      refused: () => saveTrainingAttendance(db, otherOfficer, w.trainingId, [otherOfficer.id]),
    },
    {
      action: 'officer.talentWorkLead',
      by: admin,
      change: async (a) => {
        await setTalentWorkLead(db, a, w.actors.officer.id, true);
        return w.actors.officer.id;
      },
      subjectType: 'user',
      subjectLabel: w.actors.officer.displayName,
      before: { lead: false, unitId: w.unitId },
      after: { lead: true, unitId: w.unitId },
      refused: () => setTalentWorkLead(db, otherOfficer, w.actors.officer.id, true),
    },
    {
      action: 'club.create',
      by: officer,
      change: async (a) => (await createClub(db, a, clubInput())).id,
      subjectType: 'club',
      subjectLabel: 'CLB Lập trình trẻ',
      after: { name: 'CLB Lập trình trẻ', unitId: w.unitId },
      refused: () => createClub(db, otherOfficer, clubInput()),
    },
    {
      action: 'club.approve',
      by: officer,
      change: async (a) => (await approveClub(db, a, await targets.proposedClub(db, w))).id,
      subjectType: 'club',
      subjectLabel: 'CLB đề xuất',
      before: { status: 'proposed' },
      after: { status: 'active' },
      refused: async () => approveClub(db, otherOfficer, await targets.proposedClub(db, w)),
    },
    {
      action: 'club.decline',
      by: officer,
      change: async (a) => {
        const id = await targets.proposedClub(db, w);
        await declineClub(db, a, id);
        return id;
      },
      subjectType: 'club',
      before: { status: 'proposed' },
      after: null,
      refused: async () => declineClub(db, otherOfficer, await targets.proposedClub(db, w)),
    },
    {
      action: 'club.member',
      by: officer,
      change: async (a) => {
        const userId = await targets.pendingClubMember(db, w);
        await decideMember(db, a, w.club.id, userId, 'approve');
        return w.club.id;
      },
      subjectType: 'club',
      before: { status: 'pending' },
      after: { decision: 'approve', status: 'active' },
      refused: async () =>
        decideMember(db, otherOfficer, w.club.id, await targets.pendingClubMember(db, w), 'approve'),
      // The talent moderating the club decides too: a member's moderation is not the staff's log.
      unlogged: async () =>
        decideMember(db, w.talent.actor, w.club.id, await targets.pendingClubMember(db, w), 'approve'),
    },
    {
      action: 'club.moderator',
      by: admin,
      change: async (a) => {
        const user = await makeUser(db, 'talent');
        await db.insert(clubMemberships).values({ clubId: w.club.id, userId: user.id, status: 'active' });
        await setModerator(db, a, w.club.id, user.id, true);
        return w.club.id;
      },
      subjectType: 'club',
      before: { role: 'member' },
      after: { role: 'moderator' },
      // Moderators do not appoint moderators.
      refused: () => setModerator(db, w.talent.actor, w.club.id, w.otherTalent.actor.id, true),
    },
    {
      action: 'club.cover',
      by: officer,
      change: async (a) => {
        await replaceClubCover(db, a, w.club.id, await png(), { dir, now: NOW.getTime() });
        return w.club.id;
      },
      subjectType: 'club',
      refused: async () =>
        replaceClubCover(db, otherOfficer, w.club.id, await png(), { dir, now: NOW.getTime() }),
    },
    {
      action: 'meetup.create',
      by: officer,
      change: async (a) => (await createMeetup(db, a, w.club.id, meetupInput(), NOW)).id,
      subjectType: 'meetup',
      subjectLabel: 'Gặp mặt cuối năm',
      after: { clubId: w.club.id, title: 'Gặp mặt cuối năm', place: 'Long Xuyên' },
      refused: () => createMeetup(db, otherOfficer, w.club.id, meetupInput(), NOW),
      unlogged: () => createMeetup(db, w.talent.actor, w.club.id, meetupInput(), NOW),
    },
    {
      action: 'meetup.update',
      by: officer,
      change: async (a) =>
        (await updateMeetup(db, a, await targets.meetup(db, w), meetupInput('Gặp mặt dời lịch'), NOW)).id,
      subjectType: 'meetup',
      before: { title: 'Buổi gặp thử quyền' },
      after: { title: 'Gặp mặt dời lịch' },
      refused: async () =>
        updateMeetup(db, otherOfficer, await targets.meetup(db, w), meetupInput('Không được'), NOW),
    },
    {
      action: 'meetup.cancel',
      by: officer,
      change: async (a) => {
        const id = await targets.meetup(db, w);
        await cancelMeetup(db, a, id, NOW);
        return id;
      },
      subjectType: 'meetup',
      before: { cancelledAt: null },
      after: { cancelledAt: NOW.toISOString() },
      refused: async () => cancelMeetup(db, otherOfficer, await targets.meetup(db, w), NOW),
    },
    {
      action: 'thread.flag',
      by: officer,
      change: async (a) => {
        const id = await targets.thread(db, w);
        await setThreadFlag(db, a, id, 'pinned', true);
        return id;
      },
      subjectType: 'thread',
      subjectLabel: 'Chủ đề mới thử quyền',
      before: { pinned: false },
      after: { pinned: true },
      refused: async () => setThreadFlag(db, otherOfficer, await targets.thread(db, w), 'locked', true),
    },
    {
      action: 'thread.move',
      by: admin,
      change: async (a) => {
        const id = await targets.thread(db, w);
        const [field] = await db.select({ slug: fields.slug }).from(fields).limit(1);
        await moveThread(db, a, id, field!.slug);
        return id;
      },
      subjectType: 'thread',
      before: { forumId: w.club.forumId },
      refused: async () => moveThread(db, officer(w), await targets.thread(db, w), 'khong-co-dien-dan-nay'),
    },
    {
      action: 'post.hide',
      by: officer,
      change: async (a) => {
        const id = await targets.post(db, w);
        await hidePost(db, a, id, true);
        return id;
      },
      subjectType: 'post',
      subjectLabel: 'Chủ đề của tài năng thử quyền',
      before: { hidden: false },
      after: { hidden: true },
      refused: async () => hidePost(db, otherOfficer, await targets.post(db, w), true),
    },
    {
      action: 'report.handle',
      by: officer,
      change: async (a) => {
        const id = await targets.report(db, w);
        expect(await handleReports(db, a, [id], 'dismiss')).toBe(1);
        return null;
      },
      subjectType: 'postReports',
      before: { status: 'open' },
      after: { status: 'dismissed' },
      refused: async () => handleReports(db, otherOfficer, [await targets.report(db, w)], 'hide'),
    },
    {
      action: 'request.forward',
      by: officer,
      change: async (a) => {
        const id = await targets.contact(db, w, 'awaiting_officer');
        await decideContactRequest(db, a, id, true);
        return id;
      },
      subjectType: 'contactRequest',
      subjectLabel: w.talent.fullName,
      before: { status: 'awaiting_officer' },
      after: { status: 'pending' },
      refused: async () =>
        decideContactRequest(db, otherOfficer, await targets.contact(db, w, 'awaiting_officer'), true),
    },
    {
      action: 'request.refuse',
      by: admin,
      change: async (a) => {
        const id = await targets.contact(db, w, 'awaiting_officer');
        await decideContactRequest(db, a, id, false);
        return id;
      },
      subjectType: 'contactRequest',
      before: { status: 'awaiting_officer' },
      after: { status: 'declined' },
      // No longer waiting: already forwarded.
      refused: async () => decideContactRequest(db, admin(w), await targets.contact(db, w, 'pending'), false),
    },
    {
      action: 'youthPopulation.set',
      by: admin,
      change: async (a) => {
        await setYouthPopulation(
          db,
          a,
          { year: 2026, population: 1_480_000, source: 'Cục Thống kê An Giang' },
          NOW,
        );
        return 2026;
      },
      subjectType: 'youthPopulation',
      subjectLabel: '2026',
      after: { population: 1_480_000, source: 'Cục Thống kê An Giang' },
      refused: () =>
        setYouthPopulation(db, admin(w), { year: 1990, population: 1000, source: 'Sai năm' }, NOW),
    },
    {
      action: 'award.nominate',
      by: officer,
      change: async (a) => {
        const nominee = await targets.member(db, w);
        const outcome = await submitApplication(
          db,
          a,
          CALL,
          {
            statement: 'Thành tích tiêu biểu trong năm.',
            links: [],
            files: [],
            consent: true,
            talent: nominee.slug,
          },
          { dir, now: NOW },
        );
        if (outcome.kind !== 'submitted') throw new Error(outcome.kind);
        return outcome.applicationId;
      },
      subjectType: 'awardApplication',
      after: { callKey: 'gmt-2027', files: 0 },
      refused: async () =>
        submitApplication(
          db,
          officer(w),
          CALL,
          { statement: 'Thiếu đồng ý.', links: [], files: [], consent: false, talent: w.talent.slug },
          { dir, now: NOW },
        ),
      // A talent applying for themself is no officer's change.
      unlogged: async () => {
        const outcome = await submitApplication(
          db,
          w.talent.actor,
          CALL,
          { statement: 'Thành tích của tôi trong năm.', links: [], files: [], consent: true },
          { dir, now: NOW },
        );
        expect(outcome.kind).toBe('submitted');
      },
    },
    {
      action: 'award.declareConflict',
      by: officer,
      change: async (a) => {
        const applicationId = await targets.application(db, w);
        await declareConflict(db, a, { applicationId, hasConflict: false });
        return applicationId;
      },
      subjectType: 'awardApplication',
      before: null,
      after: { hasConflict: false },
      refused: async () =>
        declareConflict(db, otherOfficer, {
          applicationId: await targets.application(db, w),
          hasConflict: false,
        }),
    },
    {
      action: 'award.score',
      by: officer,
      change: async (a) => {
        const applicationId = await targets.application(db, w, { reviewerId: a.id });
        await scoreApplication(db, a, { applicationId, scores: [5, 4, 4, 3], note: 'Nổi bật' });
        return applicationId;
      },
      subjectType: 'awardApplication',
      before: null,
      after: { scores: [5, 4, 4, 3], note: 'Nổi bật' },
      refused: async () =>
        scoreApplication(db, officer(w), {
          applicationId: await targets.application(db, w, { reviewerId: officer(w).id }),
          scores: [9, 4, 4, 3],
          note: '',
        }),
    },
    {
      action: 'award.shortlist',
      by: officer,
      change: (a) => decided(a, 'shortlisted', ''),
      subjectType: 'awardApplication',
      before: { status: 'submitted' },
      after: { status: 'shortlisted' },
      refused: () => decided(otherOfficer, 'shortlisted', ''),
    },
    {
      action: 'award.reject',
      by: officer,
      change: (a) => decided(a, 'rejected', 'Chưa đủ minh chứng'),
      subjectType: 'awardApplication',
      before: { status: 'submitted' },
      after: { status: 'rejected', note: 'Chưa đủ minh chứng' },
      // A rejection needs a note.
      refused: () => decided(officer(w), 'rejected', ' '),
    },
    {
      action: 'award.accept',
      by: admin,
      change: async (a) => {
        const applicationId = await targets.application(db, w);
        await acceptApplication(db, a, {
          applicationId,
          note: 'Tiêu biểu',
          decisionNumber: '125-QĐ/TĐTN-BTC',
          issuedBy: 'Ban Thường vụ Tỉnh Đoàn An Giang',
          decidedOn: '2027-03-20',
          ceremonyUrl: '',
        });
        return applicationId;
      },
      subjectType: 'awardApplication',
      before: { status: 'submitted' },
      after: { status: 'accepted', note: 'Tiêu biểu' },
      refused: async () =>
        acceptApplication(db, otherOfficer, {
          applicationId: await targets.application(db, w),
          note: '',
          decisionNumber: '1',
          issuedBy: 'x',
          decidedOn: '2027-03-20',
          ceremonyUrl: '',
        }),
    },
    {
      action: 'honour.revoke',
      by: admin,
      change: async (a) => {
        const honourId = await targets.honour(db, w);
        await revokeHonour(db, a, { honourId, reason: 'Thành tích không đúng sự thật' });
        return honourId;
      },
      subjectType: 'honour',
      subjectLabel: 'Gương mặt trẻ thử quyền 2026',
      before: { revokedAt: null },
      after: { revokedAt: NOW.toISOString(), revokedReason: 'Thành tích không đúng sự thật' },
      // Admins only.
      refused: async () =>
        revokeHonour(db, officer(w), { honourId: await targets.honour(db, w), reason: 'x' }),
    },
  ];
}

/** The id of the newest audit row, to read what a change added after it. */
async function lastAuditId(): Promise<number> {
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.id ?? 0;
}

const rowsAfter = (id: number) => db.select().from(auditLog).where(gt(auditLog.id, id));

beforeAll(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  database = copySeededDatabase();
  db = database.db;
  dir = mkdtempSync(join(tmpdir(), 'tntag-audit-files-'));
  w = await buildWorld(db);
}, 30_000);
afterAll(() => {
  vi.useRealTimers();
  database?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('changes an officer or an admin makes', () => {
  it('each write one audit row with the actor, the subject and the values before and after', async () => {
    for (const c of cases()) {
      const actor = c.by(w);
      const since = await lastAuditId();
      const subjectId = await c.change(actor);
      const rows = await rowsAfter(since);
      expect(rows, c.action).toHaveLength(1);
      const [row] = rows;
      expect(row, c.action).toMatchObject({
        actorId: actor.id,
        actorName: actor.displayName,
        action: c.action,
        subjectType: c.subjectType,
        subjectId,
        occurredAt: NOW,
        ...(c.subjectLabel === undefined ? {} : { subjectLabel: c.subjectLabel }),
      });
      if (c.before === null) expect(row!.before, c.action).toBeNull();
      else if (c.before) expect(row!.before, c.action).toMatchObject(c.before);
      if (c.after === null) expect(row!.after, c.action).toBeNull();
      else if (c.after) expect(row!.after, c.action).toMatchObject(c.after);
    }
  });

  it('write no row when refused, for lack of right or for a bad value, nor when a member does the same', async () => {
    for (const c of cases()) {
      const since = await lastAuditId();
      expect(await rejection(c.refused()), c.action).toBeInstanceOf(LibraryError);
      await c.unlogged?.();
      expect(await rowsAfter(since), c.action).toEqual([]);
    }
  });

  it('are every action but those of the records, units, decisions and accounts (tested elsewhere)', () => {
    const covered = new Set<string>(cases().map((c) => c.action));
    const elsewhere = /^(decision|officer\.appoint|account|unit|talent\.|achievement|evidence)/;
    expect(auditActions.filter((a) => !elsewhere.test(a) && !covered.has(a))).toEqual([]);
  });
});
