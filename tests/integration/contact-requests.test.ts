import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@db/client';
import { mailOutbox, requestEvents, talents } from '@db/schema';
import { demoOfficerEmail } from '../../scripts/seed';
import type { Actor } from '@/lib/server/auth/actor';
import { blockUser } from '@/lib/server/connections/blocks';
import { decideContactRequest, listBrokerQueue } from '@/lib/server/connections/broker';
import { listContactRequests } from '@/lib/server/connections/contact-lists';
import {
  respondToContact,
  sendContactRequest,
  withdrawContactRequest,
  type ContactInput,
} from '@/lib/server/connections/contact';
import {
  deleteSavedSearch,
  listSavedSearches,
  mailSavedSearchMatches,
  saveSearch,
} from '@/lib/server/employers/saved-searches';
import { listShortlist, removeShortlistEntry, saveShortlistEntry } from '@/lib/server/employers/shortlist';
import { NotFoundError } from '@/lib/server/errors';
import { makeActor, seededActor } from '../support/actors';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { expectForbidden, expectInvalid, rejection } from '../support/errors';
import { makeTalentMember, makeVerifiedEmployer } from '../support/members';

let database: TestDatabase;
let db: Database;
let officer: Actor;
let employer: Actor;
const UNIT = 'thanh-doan-chau-doc';
/** Where that plan-era unit's officer and talents are today. */
const UNIT_TODAY = 'doan-phuong-chau-doc';

beforeAll(async () => {
  database = copySeededDatabase();
  db = database.db;
  officer = await seededActor(db, demoOfficerEmail(UNIT));
  employer = await makeVerifiedEmployer(db, 'Công ty TNHH Lúa Vàng');
});
afterAll(() => database.dispose());

const request = (slug: string, subject = 'Thực tập lập trình'): ContactInput => ({
  slug,
  kind: 'internship',
  subject,
  message: 'Chúng tôi mời bạn thực tập ba tháng.',
});
const expectNotFound = async (promise: Promise<unknown>) =>
  expect(await rejection(promise)).toBeInstanceOf(NotFoundError);
const itemOf = async (actor: Actor, subject: string) =>
  (await listContactRequests(db, actor)).find((r) => r.subject === subject)!;

describe('contact requests', () => {
  it('accepted: each side sees the other’s contact email, and every step is logged', async () => {
    const talent = await makeTalentMember(db, {
      unitSlug: UNIT_TODAY,
      age: 24,
      open: true,
      contactEmail: 'lan.lienhe@example.vn',
    });
    expect(await sendContactRequest(db, employer, request(talent.slug, 'Chấp nhận'))).toEqual({
      status: 'pending',
    });
    const before = await itemOf(talent.actor, 'Chấp nhận');
    expect(before).toMatchObject({ otherName: 'Công ty TNHH Lúa Vàng', status: 'pending', email: null });
    expect((await itemOf(employer, 'Chấp nhận')).email).toBeNull();

    await expectNotFound(
      respondToContact(
        db,
        (await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 30 })).actor,
        before.id,
        true,
      ),
    );
    await respondToContact(db, talent.actor, before.id, true);
    expect((await itemOf(employer, 'Chấp nhận')).email).toBe('lan.lienhe@example.vn');
    expect((await itemOf(talent.actor, 'Chấp nhận')).email).toBe(employer.email);
    const steps = await db.select().from(requestEvents).where(eq(requestEvents.contactRequestId, before.id));
    expect(steps.map((s) => s.kind)).toEqual(['sent', 'accepted']);
  });

  it('declined: nothing of the talent reaches the employer', async () => {
    const talent = await makeTalentMember(db, {
      unitSlug: UNIT_TODAY,
      age: 26,
      open: true,
      contactEmail: 'an@example.vn',
    });
    await sendContactRequest(db, employer, request(talent.slug, 'Từ chối'));
    const { id } = await itemOf(talent.actor, 'Từ chối');
    await respondToContact(db, talent.actor, id, false);
    const seen = await itemOf(employer, 'Từ chối');
    expect(seen).toMatchObject({ status: 'declined', email: null });
    expect(JSON.stringify(await listContactRequests(db, employer))).not.toContain('an@example.vn');
    expect(JSON.stringify(await listContactRequests(db, employer))).not.toContain(talent.actor.email);
  });

  it('is only for verified employers, to adults open to opportunities, once at a time', async () => {
    const closed = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 24, open: false });
    const open = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 24, open: true });
    const unverified = await makeActor(db, 'employer');
    await expectForbidden(sendContactRequest(db, unverified, request(open.slug)));
    await expectForbidden(sendContactRequest(db, open.actor, request(closed.slug)));
    await expectForbidden(sendContactRequest(db, null, request(open.slug)));
    await expectInvalid(sendContactRequest(db, employer, request(closed.slug)));
    await expectInvalid(sendContactRequest(db, employer, { ...request(open.slug), subject: ' ' }), 'subject');
    await sendContactRequest(db, employer, request(open.slug, 'Một lần'));
    await expectInvalid(sendContactRequest(db, employer, request(open.slug, 'Hai lần')));
    const { id } = await itemOf(employer, 'Một lần');
    await expectNotFound(withdrawContactRequest(db, await makeVerifiedEmployer(db, 'Khác'), id));
    await withdrawContactRequest(db, employer, id);
    expect(await itemOf(open.actor, 'Một lần')).toBeUndefined();
  });

  it('to a minor goes to an officer of the unit, who brokers it: the employer gets the officer’s address', async () => {
    const minor = await makeTalentMember(db, {
      unitSlug: UNIT_TODAY,
      age: 16,
      contactEmail: 'be@example.vn',
    });
    expect(await sendContactRequest(db, employer, request(minor.slug, 'Học bổng'))).toEqual({
      status: 'awaiting_officer',
    });
    expect(await itemOf(minor.actor, 'Học bổng')).toBeUndefined();
    const queued = (await listBrokerQueue(db, officer)).contacts.find((c) => c.subject === 'Học bổng')!;
    expect(queued).toMatchObject({ talentSlug: minor.slug, organisation: 'Công ty TNHH Lúa Vàng' });
    const elsewhere = await seededActor(db, demoOfficerEmail('thanh-doan-long-xuyen'));
    await expectNotFound(decideContactRequest(db, elsewhere, queued.id, true));

    await decideContactRequest(db, officer, queued.id, true);
    const received = await itemOf(minor.actor, 'Học bổng');
    await respondToContact(db, minor.actor, received.id, true);
    const sent = await itemOf(employer, 'Học bổng');
    expect(sent).toMatchObject({ status: 'accepted', email: officer.email, viaOfficer: true });
    expect(JSON.stringify(await listContactRequests(db, employer))).not.toContain('be@example.vn');
    const steps = await db.select().from(requestEvents).where(eq(requestEvents.contactRequestId, queued.id));
    expect(steps.map((s) => [s.kind, s.actorId])).toEqual([
      ['sent', employer.id],
      ['forwarded', officer.id],
      ['accepted', minor.actor.id],
    ]);
  });

  it('ends with a block, and a blocked talent cannot be asked', async () => {
    const talent = await makeTalentMember(db, {
      unitSlug: UNIT_TODAY,
      age: 28,
      open: true,
      contactEmail: 'kin@example.vn',
    });
    await sendContactRequest(db, employer, request(talent.slug, 'Chặn'));
    const { id } = await itemOf(talent.actor, 'Chặn');
    await respondToContact(db, talent.actor, id, true);
    await blockUser(db, talent.actor, employer.id);
    expect(await itemOf(employer, 'Chặn')).toBeUndefined();
    await expectNotFound(sendContactRequest(db, employer, request(talent.slug, 'Lại')));
  });
});

describe('shortlists and saved searches', () => {
  it('keep private notes per talent for the employer alone', async () => {
    const talent = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 25 });
    const rival = await makeVerifiedEmployer(db, 'Công ty Đối thủ');
    await saveShortlistEntry(db, employer, { slug: talent.slug, note: 'Phỏng vấn tháng sau' });
    await saveShortlistEntry(db, employer, { slug: talent.slug, note: 'Đã phỏng vấn' });
    expect(await listShortlist(db, employer)).toEqual([
      { slug: talent.slug, fullName: talent.fullName, note: 'Đã phỏng vấn' },
    ]);
    expect(await listShortlist(db, rival)).toEqual([]);
    await expectForbidden(listShortlist(db, talent.actor));
    await expectForbidden(
      saveShortlistEntry(db, await makeActor(db, 'employer'), { slug: talent.slug, note: '' }),
    );
    await removeShortlistEntry(db, employer, talent.slug);
    expect(await listShortlist(db, employer)).toEqual([]);
  });

  it('mail weekly the new talents who match and chose to be seen by verified employers', async () => {
    const searcher = await makeVerifiedEmployer(db, 'Công ty Tìm kiếm');
    const start = new Date();
    vi.useFakeTimers({ now: start, toFake: ['Date'] });
    try {
      await saveSearch(db, searcher, { name: 'Châu Đốc', query: `unit=${UNIT_TODAY}&page=3&sort=name` });
      const [saved] = await listSavedSearches(db, searcher);
      expect(saved!.query).toBe(`unit=${UNIT_TODAY}`);
      vi.setSystemTime(new Date(start.getTime() + 60_000));
      const seen = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 25, open: true });
      const notOpen = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 25, open: false });
      const minor = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 17, open: true });
      const elsewhere = await makeTalentMember(db, {
        unitSlug: 'doan-phuong-long-xuyen',
        age: 25,
        open: true,
      });
      for (const t of [seen, notOpen, minor, elsewhere])
        await db
          .update(talents)
          .set({ createdAt: new Date(start.getTime() + 60_000) })
          .where(eq(talents.id, t.talentId));

      const mailsOf = () => db.select().from(mailOutbox).where(eq(mailOutbox.userId, searcher.id));
      await mailSavedSearchMatches(db, new Date(start.getTime() + 3_600_000));
      expect(await mailsOf()).toEqual([]);
      await mailSavedSearchMatches(db, new Date(start.getTime() + 7 * 24 * 3_600_000 + 120_000));
      const [mail] = await mailsOf();
      expect(mail!.subject).toContain('Châu Đốc');
      expect(mail!.text).toContain(seen.slug);
      for (const other of [notOpen, minor, elsewhere]) expect(mail!.text).not.toContain(other.slug);
      // Checked: the next week tells only of newer ones.
      await mailSavedSearchMatches(db, new Date(start.getTime() + 14 * 24 * 3_600_000 + 180_000));
      expect(await mailsOf()).toHaveLength(1);

      await deleteSavedSearch(db, searcher, saved!.id);
      await expectNotFound(deleteSavedSearch(db, employer, saved!.id));
    } finally {
      vi.useRealTimers();
    }
  });
});
