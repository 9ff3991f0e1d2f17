import type { Database } from '@db/client';
import { now } from '@/lib/server/clock';
import { profileParts } from '@db/schema';
import type { Expectation } from './routes';
import { checkinToken } from '@/lib/server/nurture/checkin-token';
import { TEST_CHECKIN_SECRET } from '../../support/site';
import { importFile, smallPdf, smallPng, targets } from './targets';
import type { Role, World } from './world';

export type Fields = Record<string, string | Blob | (string | Blob)[]>;

export interface ActionCase {
  /** The action's name, as `src/actions` defines it. */
  action: string;
  /** What the case is about, when an action has several. */
  about?: string;
  /** The form the row sends; may create a fresh target for the row first. */
  fields: (world: World, db: Database, role: Role) => Fields | Promise<Fields>;
  expect: Expectation;
  /** The row signs out: it gets a session of its own. */
  ownSession?: boolean;
  /** The row ends every session of its account: it runs after all the others. */
  endsSessions?: boolean;
  /** Roles answered 200 that must still change nothing (a bulk action skips what is not theirs). */
  changesNothingFor?: Role[];
}

const DENIED = 403;
/** Someone else's thing: the library does not say it exists. */
const NOT_YOURS = 404;
const SIGNED_IN: Expectation = { anonymous: DENIED, rest: 200 };
const TALENTS: Expectation = { talent: 200, otherTalent: 200, rest: DENIED };
const VERIFIED_EMPLOYER: Expectation = { verifiedEmployer: 200, rest: DENIED };
/** Officers of the thing's unit and admins; an officer of another unit is refused. */
const UNIT_STAFF: Expectation = { officer: 200, admin: 200, rest: DENIED };
/** The club's moderator (`talent`), the officer of its unit and admins. */
const CLUB_MODERATORS: Expectation = { talent: 200, officer: 200, admin: 200, rest: DENIED };
/** Any officer or admin (an employer belongs to no unit). */
const STAFF: Expectation = { officer: 200, otherOfficer: 200, admin: 200, rest: DENIED };
/** Staff of the other unit (`otherOfficer`'s) and admins: `officer` tries another unit's thing. */
const OTHER_UNIT_STAFF: Expectation = { otherOfficer: 200, admin: 200, rest: DENIED };
/** `talent`'s own thing: another talent is told it does not exist, and nobody else may. */
const TALENT_OWNER: Expectation = { talent: 200, otherTalent: NOT_YOURS, rest: DENIED };
const ADMIN: Expectation = { admin: 200, rest: DENIED };
/** The unit tree is the province's: admins and the province's own officers (no role here); a unit's officer is refused. */
const PROVINCE_STAFF: Expectation = ADMIN;
const PASSWORD = 'một mật khẩu đủ dài 2026';
const ACHIEVEMENT = {
  title: 'Giải nhì (sửa)',
  awardName: 'Giải thử quyền',
  level: 'provincial',
  year: '2024',
};
const MEETUP = { title: 'Buổi gặp dời lịch', startsAt: '2030-06-01T18:00', place: 'Châu Đốc' };
/**
 * Applying needs an open call: the demo's "Gương mặt trẻ" call is open from 2 November 2026 to
 * 10 January 2027 (content/award-calls), and the matrix's server clock starts on 1 December 2026
 * (running-world.ts). A talent applies for their own profile and staff nominate a talent of their
 * unit; another unit's officer is refused.
 */
const APPLICATIONS: Expectation = { talent: 200, otherTalent: 200, officer: 200, admin: 200, rest: DENIED };
const SCORES = ['4', '3', '5', '4'];
const PROVENANCE = {
  decisionNumber: '12-QĐ/TĐTN',
  issuedBy: 'Ban Thường vụ Tỉnh Đoàn An Giang',
  decidedOn: '2027-03-20',
  ceremonyUrl: '',
};
const ACTIVITY = { kind: 'training', title: 'Tập huấn thử quyền', heldOn: '2026-05-20', place: 'Long Xuyên' };
const unique = () => Math.random().toString(36).slice(2, 10);
/** A talent record's form for `unitId`: a person of 24, recorded this year. */
const recordFields = (unitId: number) => ({
  fullName: 'Hồ Sơ Cán Bộ Tạo',
  birthYear: String(now().getFullYear() - 24),
  discoveredYear: String(now().getFullYear()),
  unitId: String(unitId),
  gender: '',
  shortBio: '',
});

/**
 * Every action × every role. Ids and slugs point at things of someone else (`talent`'s posts,
 * requests, club and achievements; the verified employer's saved searches; drafts, queue items,
 * decisions and activities of `officer`'s unit, or of `otherOfficer`'s; meetups and covers of
 * another unit's club): the IDOR attempts. The test lists the actions itself: an action without a case fails it.
 */
export const ACTION_CASES: ActionCase[] = [
  // Accounts
  {
    action: 'signUp',
    fields: () => ({
      displayName: 'Người Thử',
      email: `dang-ky-${unique()}@example.vn`,
      password: PASSWORD,
      role: 'talent',
      consent: 'yes',
    }),
    expect: 200,
  },
  {
    action: 'signIn',
    fields: () => ({ email: `khong-co-${unique()}@example.vn`, password: PASSWORD }),
    expect: 400,
  },
  { action: 'signOut', fields: () => ({}), expect: 200, ownSession: true },
  { action: 'signOutEverywhere', fields: () => ({}), expect: 200, endsSessions: true },
  { action: 'verifyEmail', fields: () => ({ token: 'khong-hop-le' }), expect: 400 },
  // Signed out there is no address to send to: the form says so.
  { action: 'resendVerification', fields: () => ({}), expect: { anonymous: 400, rest: 200 } },
  { action: 'requestPasswordReset', fields: () => ({ email: `quen-${unique()}@example.vn` }), expect: 200 },
  { action: 'resetPassword', fields: () => ({ token: 'khong-hop-le', password: PASSWORD }), expect: 400 },
  {
    action: 'changePassword',
    fields: () => ({ current: 'sai mật khẩu cũ', next: PASSWORD }),
    expect: { anonymous: DENIED, rest: 400 },
  },
  {
    action: 'requestEmailChange',
    fields: () => ({ email: `moi-${unique()}@example.vn`, password: 'sai mật khẩu' }),
    expect: { anonymous: DENIED, rest: 400 },
  },
  { action: 'confirmEmailChange', fields: () => ({ token: 'khong-hop-le' }), expect: 400 },
  {
    action: 'deleteAccount',
    fields: () => ({ password: 'sai mật khẩu', confirm: 'yes' }),
    expect: { anonymous: DENIED, rest: 400 },
  },

  // Profiles
  {
    action: 'createProfile',
    fields: (w) => ({
      fullName: 'Hồ Sơ Mới',
      birthYear: '2000',
      unitId: String(w.unitId),
      placeKind: 'in_province',
    }),
    expect: { talent: 400, otherTalent: 400, rest: DENIED },
  },
  {
    action: 'claimProfile',
    fields: (w) => ({ talentSlug: w.otherTalent.slug, message: '' }),
    expect: { talent: 400, otherTalent: 400, rest: DENIED },
  },
  {
    action: 'updateProfile',
    fields: () => ({ shortBio: 'Giới thiệu mới', placeKind: 'in_province' }),
    expect: TALENTS,
  },
  { action: 'uploadPhoto', fields: async () => ({ photo: await smallPng() }), expect: TALENTS },
  {
    action: 'updateVisibility',
    fields: () => ({
      ...Object.fromEntries(profileParts.map((part) => [part, 'members'])),
      consent: 'yes',
    }),
    expect: TALENTS,
  },
  // The talent's own choice; the row ticks it (talents without a profile are refused).
  { action: 'setYouthUnionSharing', fields: () => ({ share: 'yes' }), expect: TALENTS },
  {
    action: 'addAchievement',
    fields: () => ({
      title: 'Giải ba thử quyền',
      awardName: 'Giải thử quyền',
      level: 'provincial',
      year: '2024',
    }),
    expect: TALENTS,
  },

  {
    action: 'updateAchievement',
    fields: async (w, db) => ({ achievementId: String(await targets.achievement(db, w)), ...ACHIEVEMENT }),
    expect: TALENT_OWNER,
  },
  {
    action: 'deleteAchievement',
    fields: async (w, db) => ({ achievementId: String(await targets.achievement(db, w)) }),
    expect: TALENT_OWNER,
  },
  {
    action: 'requestCorrection',
    fields: async (w, db) => ({
      achievementId: String(await targets.achievement(db, w, { verified: true })),
      ...ACHIEVEMENT,
      message: 'Năm ghi sai.',
    }),
    expect: TALENT_OWNER,
  },

  // The officers' workspace: every queue's subject, of `officer`'s unit unless said otherwise
  {
    action: 'decide',
    about: 'claim',
    fields: async (w, db) => ({
      subject: 'claim',
      subjectId: String(await targets.claim(db, w)),
      outcome: 'rejected',
      reason: 'Không khớp thông tin.',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'decide',
    about: 'draft profile',
    fields: async (w, db) => ({
      subject: 'profile',
      subjectId: String(await targets.draftProfile(db, w)),
      outcome: 'returned',
      reason: 'Bổ sung đơn vị.',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'decide',
    about: 'achievement',
    fields: async (w, db) => ({
      subject: 'achievement',
      subjectId: String(await targets.achievement(db, w)),
      outcome: 'verified',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'decide',
    about: "another unit's achievement",
    fields: async (w, db) => ({
      subject: 'achievement',
      subjectId: String(await targets.achievement(db, w, { ofOtherTalent: true })),
      outcome: 'verified',
    }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'decide',
    about: 'correction',
    fields: async (w, db) => ({
      subject: 'correction',
      subjectId: String(await targets.correction(db, w)),
      outcome: 'approved',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'decide',
    about: 'employer',
    fields: async (_w, db) => ({
      subject: 'employer',
      subjectId: String(await targets.unverifiedEmployer(db)),
      outcome: 'verified',
    }),
    expect: STAFF,
  },
  {
    action: 'undoDecision',
    fields: async (w, db) => ({ decisionId: String(await targets.decision(db, w)) }),
    expect: UNIT_STAFF,
  },
  {
    action: 'undoDecision',
    about: "another unit's decision",
    fields: async (w, db) => ({ decisionId: String(await targets.decision(db, w, true)) }),
    expect: OTHER_UNIT_STAFF,
  },
  // Items outside the officer's reach are skipped, not refused: the answer is 200, nothing changes.
  {
    action: 'verifyMany',
    fields: async (w, db) => ({
      subject: 'achievement',
      ids: [String(await targets.achievement(db, w)), String(await targets.achievement(db, w))],
    }),
    expect: STAFF,
    changesNothingFor: ['otherOfficer'],
  },
  // Talent records: an officer of another unit is refused the unit, the record and the merge.
  {
    action: 'createTalentRecord',
    fields: (w) => recordFields(w.unitId),
    expect: UNIT_STAFF,
  },
  {
    action: 'createTalentRecord',
    about: "another unit's",
    fields: (w) => recordFields(w.otherUnitId),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'updateTalentRecord',
    fields: async (w, db) => ({ talentId: String(await targets.record(db, w)), ...recordFields(w.unitId) }),
    expect: UNIT_STAFF,
  },
  {
    action: 'updateTalentRecord',
    about: "another unit's record",
    fields: async (w, db) => ({
      talentId: String(await targets.record(db, w, true)),
      ...recordFields(w.otherUnitId),
    }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'mergeTalentRecords',
    fields: async (w, db) => ({
      survivorId: String(await targets.record(db, w)),
      duplicate: String(await targets.record(db, w)),
      confirm: 'yes',
    }),
    expect: UNIT_STAFF,
  },
  // A row outside the officer's units is listed as an error, not refused: 200, nothing written.
  {
    action: 'importTalents',
    fields: (w) => ({ file: importFile(w), mode: 'import' }),
    expect: STAFF,
    changesNothingFor: ['otherOfficer'],
  },
  // Evidence: the achievement's owner and the officers of its unit.
  {
    action: 'addAchievementEvidence',
    fields: async (w, db) => ({ achievementId: String(await targets.achievement(db, w)), file: smallPdf() }),
    expect: { talent: 200, officer: 200, admin: 200, rest: DENIED },
  },
  // Accounts, the admins'
  {
    action: 'appointOfficer',
    fields: async (w, db) => ({ email: await targets.account(db), unitId: String(w.unitId) }),
    expect: ADMIN,
  },
  {
    action: 'disableAccount',
    fields: async (_w, db) => ({ accountEmail: await targets.account(db), confirm: 'yes' }),
    expect: ADMIN,
  },

  // The unit tree, on units made for each row
  {
    action: 'createUnit',
    fields: async (w, db, role) => ({
      name: `Đoàn mới ${role} ${unique()}`,
      kind: 'commune',
      parentId: String(await targets.unit(db, w)),
    }),
    expect: PROVINCE_STAFF,
  },
  {
    action: 'mergeUnits',
    fields: async (w, db) => ({
      sourceId: String(await targets.unit(db, w)),
      targetId: String(await targets.unit(db, w)),
      confirm: 'yes',
    }),
    expect: PROVINCE_STAFF,
  },
  {
    action: 'splitUnit',
    fields: async (w, db) => ({
      splitUnitId: String(await targets.unit(db, w)),
      first: `Đoàn tách một ${unique()}`,
      second: `Đoàn tách hai ${unique()}`,
      splitKind: 'commune',
    }),
    expect: PROVINCE_STAFF,
  },
  {
    action: 'renameUnit',
    fields: async (w, db) => ({
      renameUnitId: String(await targets.unit(db, w)),
      newName: `Đoàn đổi tên ${unique()}`,
    }),
    expect: PROVINCE_STAFF,
  },
  {
    action: 'moveUnit',
    fields: async (w, db) => ({
      moveUnitId: String(await targets.unit(db, w)),
      newParentId: String(await targets.unit(db, w)),
    }),
    expect: PROVINCE_STAFF,
  },
  {
    action: 'moveTalent',
    fields: async (w, db) => ({
      talentSlug: (await targets.member(db, w)).slug,
      talentUnitId: String(w.otherUnitId),
      reason: 'Chuyển nơi sinh hoạt.',
    }),
    expect: PROVINCE_STAFF,
  },

  // Nurturing activities
  {
    action: 'createActivity',
    fields: (w) => ({ unitId: String(w.unitId), ...ACTIVITY }),
    expect: UNIT_STAFF,
  },
  {
    action: 'updateActivity',
    fields: async (w, db) => ({
      activityId: String(await targets.activity(db, w)),
      unitId: String(w.unitId),
      ...ACTIVITY,
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'updateActivity',
    about: "another unit's activity",
    fields: async (w, db) => ({
      activityId: String(await targets.activity(db, w, true)),
      unitId: String(w.otherUnitId),
      ...ACTIVITY,
    }),
    expect: OTHER_UNIT_STAFF,
  },
  // Moving an activity of one's own unit to a unit one does not manage.
  {
    action: 'updateActivity',
    about: 'into another unit',
    fields: async (w, db) => ({
      activityId: String(await targets.activity(db, w)),
      unitId: String(w.otherUnitId),
      ...ACTIVITY,
    }),
    expect: ADMIN,
  },
  {
    action: 'recordAttendance',
    fields: async (w, db) => ({
      activityId: String(await targets.activity(db, w)),
      talentId: [String(w.talent.talentId), String(w.otherTalent.talentId)],
      role: 'attendee',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'recordAttendance',
    about: "another unit's activity",
    // A talent of that unit, whom its staff may name whatever the profile shows (earlier rows change
    // `talent`'s visibility, and another unit's officer may name only listed profiles).
    fields: async (w, db) => ({
      activityId: String(await targets.activity(db, w, true)),
      talentId: [String(w.otherTalent.talentId)],
      role: 'speaker',
    }),
    expect: OTHER_UNIT_STAFF,
  },
  // Typing the id of another unit's draft: only staff reaching that unit may name it.
  {
    action: 'recordAttendance',
    about: "another unit's draft",
    fields: async (w, db) => ({
      activityId: String(await targets.activity(db, w)),
      talentId: [String(await targets.otherUnitDraft(db, w))],
      role: 'attendee',
    }),
    expect: { officer: 400, admin: 200, rest: DENIED },
  },
  {
    action: 'importAttendance',
    fields: async (w, db) => ({
      activityId: String(await targets.activity(db, w)),
      file: new Blob([`Mã tài năng\n${w.talent.talentId}\n`], { type: 'text/csv' }),
      mode: 'import',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'importAttendance',
    about: "another unit's activity",
    fields: async (w, db) => ({
      activityId: String(await targets.activity(db, w, true)),
      file: new Blob([`Mã tài năng\n${w.talent.talentId}\n`], { type: 'text/csv' }),
      mode: 'import',
    }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'recordProposal',
    fields: async (w, db) => ({
      activityId: String(await targets.dialogue(db, w)),
      talentId: String(w.talent.talentId),
      proposal: 'Kiến nghị thử quyền',
      status: 'received',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'recordProposal',
    about: "another unit's dialogue",
    fields: async (w, db) => ({
      activityId: String(await targets.dialogue(db, w, true)),
      talentId: String(w.talent.talentId),
      proposal: 'Kiến nghị thử quyền',
      status: 'received',
    }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'answerProposal',
    fields: async (w, db) => ({
      proposalId: String(await targets.proposal(db, w)),
      answer: 'Trả lời thử quyền',
      answeredBy: 'Lãnh đạo tỉnh',
      status: 'answered',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'answerProposal',
    about: "another unit's proposal",
    fields: async (w, db) => ({ proposalId: String(await targets.proposal(db, w, true)), status: 'done' }),
    expect: OTHER_UNIT_STAFF,
  },
  // Officer training: a unit's own training; a province-wide one is the province's (admins).
  {
    action: 'createTraining',
    fields: (w) => ({ title: 'Tập huấn thử quyền', heldOn: '2026-05-02', unitId: String(w.unitId) }),
    expect: UNIT_STAFF,
  },
  {
    action: 'createTraining',
    about: 'province-wide',
    fields: () => ({ title: 'Tập huấn toàn tỉnh', heldOn: '2026-05-02', unitId: '' }),
    expect: ADMIN,
  },
  {
    action: 'saveTrainingAttendance',
    fields: (w) => ({ trainingId: String(w.trainingId), userId: [String(w.actors.officer.id)] }),
    expect: { ...UNIT_STAFF, otherOfficer: NOT_YOURS },
  },
  {
    action: 'setTalentWorkLead',
    fields: (w) => ({ userId: String(w.actors.officer.id), lead: 'yes' }),
    expect: { ...UNIT_STAFF, otherOfficer: NOT_YOURS },
  },
  {
    action: 'setTalentWorkLead',
    about: "another unit's officer",
    fields: (w) => ({ userId: String(w.actors.otherOfficer.id), lead: 'yes' }),
    expect: { otherOfficer: 200, admin: 200, officer: NOT_YOURS, rest: DENIED },
  },
  // A scan of this minute's code during the event: a talent with a profile checks in; an officer or
  // an employer is refused (only talents check in), and `otherTalent` too may check in.
  {
    action: 'checkIn',
    fields: async (w, db) => {
      const activityId = await targets.activityToday(db, w);
      return {
        activityId: String(activityId),
        token: checkinToken(TEST_CHECKIN_SECRET, activityId, now()),
      };
    },
    expect: TALENTS,
  },
  {
    action: 'checkIn',
    about: 'a forged code',
    fields: async (w, db) => ({
      activityId: String(await targets.activityToday(db, w)),
      token: 'x'.repeat(22),
    }),
    expect: { talent: 400, otherTalent: 400, rest: DENIED },
  },
  {
    action: 'removeParticipant',
    fields: async (w, db) => ({
      activityId: String(await targets.activity(db, w, true, [w.otherTalent.talentId])),
      talentId: String(w.otherTalent.talentId),
    }),
    expect: OTHER_UNIT_STAFF,
  },

  // Employers
  {
    action: 'saveEmployerProfile',
    // The verified employer's own details unchanged, so its verification stays for the next rows.
    fields: (w) => ({
      organisationName: 'Công ty Thử Quyền',
      registrationNumber: String(1600000000 + w.actors.verifiedEmployer.id),
      contactPerson: 'Người liên hệ',
    }),
    expect: { employer: 200, verifiedEmployer: 200, rest: DENIED },
  },
  {
    action: 'saveShortlist',
    fields: (w) => ({ slug: w.talent.slug, note: 'ghi chú' }),
    expect: VERIFIED_EMPLOYER,
  },
  { action: 'removeShortlist', fields: (w) => ({ slug: w.otherTalent.slug }), expect: VERIFIED_EMPLOYER },
  {
    action: 'saveSearch',
    fields: () => ({ name: `Tìm ${unique()}`, query: 'q=an' }),
    expect: VERIFIED_EMPLOYER,
  },
  {
    action: 'deleteSavedSearch',
    about: 'own',
    fields: async (w, db) => ({ id: String(await targets.savedSearch(db, w)) }),
    expect: VERIFIED_EMPLOYER,
  },
  {
    action: 'deleteSavedSearch',
    about: "another employer's",
    fields: async (w, db) => ({ id: String(await targets.savedSearch(db, w, true)) }),
    expect: { verifiedEmployer: 404, rest: DENIED },
  },

  // Connections and contact
  {
    action: 'requestConnection',
    fields: async (w, db) => ({ slug: (await targets.member(db, w)).slug, note: '' }),
    expect: TALENTS,
  },
  {
    action: 'answerConnection',
    fields: async (w, db) => ({ id: String(await targets.connectionToTalent(db, w)), answer: 'decline' }),
    expect: { talent: 200, otherTalent: NOT_YOURS, rest: DENIED },
  },
  {
    action: 'withdrawConnection',
    fields: async (w, db) => ({ id: String(await targets.connectionFromOtherTalent(db, w)) }),
    expect: { otherTalent: 200, talent: NOT_YOURS, rest: DENIED },
  },
  {
    action: 'removeConnection',
    fields: async (w, db) => ({ id: String(await targets.acceptedConnection(db, w)) }),
    expect: { talent: 200, otherTalent: NOT_YOURS, rest: DENIED },
  },
  {
    action: 'blockMember',
    fields: async (w, db) => ({ slug: (await targets.member(db, w)).slug }),
    expect: SIGNED_IN,
  },
  {
    action: 'blockAccount',
    fields: async (w, db) => ({ userId: String((await targets.member(db, w)).actor.id) }),
    expect: SIGNED_IN,
  },
  {
    action: 'unblockAccount',
    fields: async (w, db) => ({ userId: String((await targets.member(db, w)).actor.id) }),
    expect: SIGNED_IN,
  },
  {
    action: 'sendContactRequest',
    fields: async (w, db) => ({
      slug: (await targets.member(db, w)).slug,
      kind: 'job',
      subject: 'Lời mời',
      message: 'Nội dung lời mời.',
    }),
    expect: VERIFIED_EMPLOYER,
  },
  {
    action: 'answerContact',
    fields: async (w, db) => ({ id: String(await targets.contact(db, w)), answer: 'decline' }),
    expect: { talent: 200, otherTalent: NOT_YOURS, rest: DENIED },
  },
  {
    action: 'withdrawContact',
    fields: async (w, db) => ({ id: String(await targets.contact(db, w)) }),
    expect: { verifiedEmployer: 200, employer: NOT_YOURS, rest: DENIED },
  },
  {
    action: 'brokerRequest',
    fields: async (w, db) => ({
      id: String(await targets.contact(db, w, 'awaiting_officer')),
      about: 'contact',
      decision: 'refuse',
    }),
    expect: { ...UNIT_STAFF, otherOfficer: NOT_YOURS },
  },

  // Notifications
  { action: 'saveDigest', fields: () => ({ digest: 'weekly' }), expect: SIGNED_IN },

  // Clubs
  {
    action: 'createClub',
    fields: (w, _db, role) => ({
      name: `CLB của ${role} ${unique()}`,
      unitId: String(w.unitId),
      joinPolicy: 'open',
      forumAudience: 'members',
    }),
    expect: UNIT_STAFF,
  },
  // Staff may propose a club too; employers take no part in clubs.
  {
    action: 'proposeClub',
    fields: (w, _db, role) => ({
      name: `CLB đề xuất ${role} ${unique()}`,
      unitId: String(w.unitId),
      joinPolicy: 'open',
      forumAudience: 'members',
    }),
    expect: { anonymous: DENIED, employer: DENIED, verifiedEmployer: DENIED, rest: 200 },
  },
  {
    action: 'decideClubProposal',
    fields: async (w, db) => ({ clubId: String(await targets.proposedClub(db, w)), decision: 'decline' }),
    expect: UNIT_STAFF,
  },
  // Another open club: joining the matrix's club would change who may read its forum in later rows.
  {
    action: 'joinClub',
    fields: async (w, db) => ({ clubId: String(await targets.openClub(db, w)) }),
    expect: { anonymous: DENIED, employer: DENIED, verifiedEmployer: DENIED, rest: 200 },
  },
  {
    action: 'leaveClub',
    fields: async (w, db) => ({ clubId: String(await targets.proposedClub(db, w)) }),
    expect: SIGNED_IN,
  },
  {
    action: 'decideMember',
    fields: async (w, db) => ({
      clubId: String(w.club.id),
      userId: String(await targets.pendingClubMember(db, w)),
      decision: 'approve',
    }),
    expect: CLUB_MODERATORS,
  },
  {
    action: 'createMeetup',
    fields: (w) => ({
      clubId: String(w.club.id),
      title: 'Buổi gặp',
      startsAt: '2030-05-01T18:00',
      place: 'Long Xuyên',
    }),
    expect: CLUB_MODERATORS,
  },
  {
    action: 'updateMeetup',
    fields: async (w, db) => ({ meetupId: String(await targets.meetup(db, w)), ...MEETUP }),
    expect: CLUB_MODERATORS,
  },
  {
    action: 'updateMeetup',
    about: "another unit's club",
    fields: async (w, db) => ({ meetupId: String(await targets.meetup(db, w, true)), ...MEETUP }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'cancelMeetup',
    fields: async (w, db) => ({ meetupId: String(await targets.meetup(db, w)) }),
    expect: CLUB_MODERATORS,
  },
  {
    action: 'cancelMeetup',
    about: "another unit's club",
    fields: async (w, db) => ({ meetupId: String(await targets.meetup(db, w, true)) }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'uploadClubCover',
    fields: async (w) => ({ clubId: String(w.club.id), cover: await smallPng() }),
    expect: CLUB_MODERATORS,
  },
  {
    action: 'uploadClubCover',
    about: "another unit's club",
    fields: async (w, db) => ({
      clubId: String(await targets.otherUnitClub(db, w)),
      cover: await smallPng(),
    }),
    expect: OTHER_UNIT_STAFF,
  },
  // Members answer a meetup (`talent`); staff who are not members do not.
  {
    action: 'rsvpMeetup',
    fields: async (w, db) => ({ meetupId: String(await targets.meetup(db, w)), going: 'yes' }),
    expect: { talent: 200, rest: DENIED },
  },

  // Forums
  {
    action: 'createThread',
    fields: (w) => ({ forumId: String(w.club.forumId), title: 'Chủ đề thử', body: 'Nội dung chủ đề thử.' }),
    expect: CLUB_MODERATORS,
  },
  {
    action: 'replyToThread',
    fields: (w) => ({ threadId: String(w.thread.id), body: 'Trả lời thử.' }),
    expect: CLUB_MODERATORS,
  },
  {
    action: 'editPost',
    fields: async (w, db) => ({ postId: String(await targets.post(db, w)), body: 'Sửa bởi người khác?' }),
    expect: { anonymous: DENIED, talent: 200, rest: NOT_YOURS },
  },
  // Only the author deletes a post; moderators hide it (hidePost).
  {
    action: 'deletePost',
    fields: async (w, db) => ({ postId: String(await targets.post(db, w)) }),
    expect: { anonymous: DENIED, talent: 200, rest: NOT_YOURS },
  },
  {
    action: 'reportPost',
    fields: async (w, db) => ({ postId: String(await targets.post(db, w)), reason: 'Không phù hợp' }),
    expect: { officer: 200, admin: 200, rest: DENIED },
  },
  {
    action: 'moderateThread',
    fields: async (w, db) => ({
      threadId: String(await targets.thread(db, w)),
      flag: 'locked',
      value: 'yes',
    }),
    expect: CLUB_MODERATORS,
  },
  // Moving a thread between forums is the staff's: a club moderator keeps to the club.
  {
    action: 'moveThread',
    fields: async (w, db) => ({
      threadId: String(await targets.thread(db, w)),
      toForum: 'tin-hoc-lap-trinh',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'hidePost',
    fields: async (w, db) => ({ postId: String(await targets.post(db, w)), hidden: 'yes' }),
    expect: CLUB_MODERATORS,
  },
  {
    action: 'muteThread',
    fields: (w) => ({ threadId: String(w.thread.id), muted: 'yes' }),
    expect: CLUB_MODERATORS,
  },
  {
    action: 'muteUser',
    fields: async (w, db) => ({ userId: String((await targets.member(db, w)).actor.id), muted: 'yes' }),
    expect: SIGNED_IN,
  },
  {
    action: 'handleReports',
    fields: async (w, db) => ({ reportId: [String(await targets.report(db, w))], bulk: 'dismiss' }),
    expect: CLUB_MODERATORS,
  },

  // The mailing list: anyone; the mailed links are the credentials. The answer to a sign-up is the
  // same for every address, and an unknown unsubscribe link changes nothing yet succeeds.
  {
    action: 'subscribeToList',
    fields: () => ({ email: `nhan-tin-${unique()}@example.vn` }),
    expect: 200,
  },
  { action: 'confirmSubscription', fields: () => ({ token: 'khong-hop-le' }), expect: 400 },
  { action: 'unsubscribeFromList', fields: () => ({ token: 'khong-hop-le' }), expect: 200 },
  // The youth population moves the province's reach target: admins only.
  {
    action: 'setYouthPopulation',
    fields: () => ({ year: '2026', population: '1500000', source: 'Niên giám thống kê (thử quyền)' }),
    expect: ADMIN,
  },
  // Award calls: applying, and the selection panel's work on applications of `officer`'s unit unless said otherwise
  {
    action: 'applyToCall',
    fields: async (w, db) => ({
      slug: 'guong-mat-tre-tieu-bieu-tinh-an-giang-2027',
      talent: (await targets.member(db, w)).slug,
      statement: 'Thành tích tiêu biểu để thử quyền nộp hồ sơ.',
      links: 'https://example.vn/minh-chung',
      files: [await smallPng()],
      consent: 'yes',
    }),
    expect: APPLICATIONS,
  },
  {
    action: 'declareConflict',
    fields: async (w, db) => ({ applicationId: String(await targets.application(db, w)), hasConflict: 'no' }),
    expect: UNIT_STAFF,
  },
  {
    action: 'declareConflict',
    about: "another unit's application",
    fields: async (w, db) => ({
      applicationId: String(await targets.application(db, w, { ofOtherUnit: true })),
      hasConflict: 'yes',
    }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'scoreApplication',
    fields: async (w, db, role) => ({
      applicationId: String(
        await targets.application(db, w, {
          reviewerId: role === 'anonymous' ? undefined : w.actors[role].id,
        }),
      ),
      scores: SCORES,
      note: 'Nhận xét thử quyền',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'scoreApplication',
    about: "another unit's application",
    fields: async (w, db, role) => ({
      applicationId: String(
        await targets.application(db, w, {
          ofOtherUnit: true,
          reviewerId: role === 'anonymous' ? undefined : w.actors[role].id,
        }),
      ),
      scores: SCORES,
    }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'decideApplication',
    fields: async (w, db) => ({
      applicationId: String(await targets.application(db, w)),
      outcome: 'rejected',
      note: 'Chưa đủ minh chứng.',
    }),
    expect: UNIT_STAFF,
  },
  {
    action: 'decideApplication',
    about: "another unit's application",
    fields: async (w, db) => ({
      applicationId: String(await targets.application(db, w, { ofOtherUnit: true })),
      outcome: 'shortlisted',
    }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'acceptApplication',
    fields: async (w, db) => ({ applicationId: String(await targets.application(db, w)), ...PROVENANCE }),
    expect: UNIT_STAFF,
  },
  {
    action: 'acceptApplication',
    about: "another unit's application",
    fields: async (w, db) => ({
      applicationId: String(await targets.application(db, w, { ofOtherUnit: true })),
      ...PROVENANCE,
    }),
    expect: OTHER_UNIT_STAFF,
  },
  {
    action: 'revokeHonour',
    fields: async (w, db) => ({
      honourId: String(await targets.honour(db, w)),
      reason: 'Thu hồi thử quyền.',
    }),
    expect: ADMIN,
  },
];
