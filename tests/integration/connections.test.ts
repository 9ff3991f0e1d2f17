import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@db/client';
import { connections, notifications, requestEvents } from '@db/schema';
import { demoOfficerEmail } from '../../scripts/seed';
import type { Actor } from '@/lib/server/auth/actor';
import { blockTalent, hiddenTalentSlugs, unblockUser } from '@/lib/server/connections/blocks';
import { decideConnectionRequest, listBrokerQueue } from '@/lib/server/connections/broker';
import { listConnections } from '@/lib/server/connections/lists';
import {
  removeConnection,
  respondToConnection,
  sendConnectionRequest,
  withdrawConnectionRequest,
} from '@/lib/server/connections/requests';
import { getTalentProfile } from '@/lib/server/talents/profile';
import { deleteAccount } from '@/lib/server/privacy/delete';
import { exportPersonalData } from '@/lib/server/privacy/export';
import { makeActor, seededActor } from '../support/actors';
import { copySeededDatabase, type TestDatabase } from '../support/database';
import { expectForbidden, expectInvalid, rejection } from '../support/errors';
import { makeTalentMember } from '../support/members';
import { NotFoundError } from '@/lib/server/errors';

let database: TestDatabase;
let db: Database;
let officer: Actor;
let otherOfficer: Actor;
const UNIT = 'thanh-doan-long-xuyen';
/** Where that plan-era unit's officer and talents are today. */
const UNIT_TODAY = 'doan-phuong-long-xuyen';

beforeAll(async () => {
  database = copySeededDatabase();
  db = database.db;
  officer = await seededActor(db, demoOfficerEmail(UNIT));
  otherOfficer = await seededActor(db, demoOfficerEmail('thanh-doan-chau-doc'));
});
afterAll(() => database.dispose());

const expectNotFound = async (promise: Promise<unknown>) =>
  expect(await rejection(promise)).toBeInstanceOf(NotFoundError);
const noticesOf = (userId: number) => db.select().from(notifications).where(eq(notifications.userId, userId));

describe('connection requests', () => {
  it('go round: request with a note, notified, accepted, listed on both sides, removed', async () => {
    const lan = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 25 });
    const minh = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 27 });
    expect(
      await sendConnectionRequest(db, lan.actor, { slug: minh.slug, note: 'Cùng ngành tin học' }),
    ).toEqual({
      status: 'pending',
    });
    const [notice] = await noticesOf(minh.actor.id);
    // Others know a talent by the name on their profile.
    expect(notice).toMatchObject({ kind: 'connectionRequested', params: { name: lan.fullName } });

    const { incoming } = await listConnections(db, minh.actor);
    expect(incoming).toMatchObject([{ userId: lan.actor.id, note: 'Cùng ngành tin học', slug: lan.slug }]);
    expect((await listConnections(db, lan.actor)).outgoing).toHaveLength(1);
    await expectInvalid(sendConnectionRequest(db, lan.actor, { slug: minh.slug, note: '' }));
    await expectInvalid(sendConnectionRequest(db, minh.actor, { slug: lan.slug, note: '' }));

    // Only the recipient answers.
    await expectNotFound(respondToConnection(db, lan.actor, incoming[0]!.id, true));
    await respondToConnection(db, minh.actor, incoming[0]!.id, true);
    expect((await noticesOf(lan.actor.id)).map((n) => n.kind)).toEqual(['connectionAccepted']);
    expect((await listConnections(db, lan.actor)).connected).toMatchObject([{ userId: minh.actor.id }]);
    expect((await listConnections(db, minh.actor)).connected).toMatchObject([{ userId: lan.actor.id }]);

    await removeConnection(db, minh.actor, incoming[0]!.id);
    expect((await listConnections(db, lan.actor)).connected).toEqual([]);
    // Removed is not final: either may ask again.
    await sendConnectionRequest(db, lan.actor, { slug: minh.slug, note: '' });
  });

  it('can be declined (for good) or withdrawn (and asked again)', async () => {
    const a = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 22 });
    const b = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 23 });
    await sendConnectionRequest(db, a.actor, { slug: b.slug, note: '' });
    const id = (await listConnections(db, a.actor)).outgoing[0]!.id;
    await expectNotFound(withdrawConnectionRequest(db, b.actor, id));
    await withdrawConnectionRequest(db, a.actor, id);
    expect((await listConnections(db, b.actor)).incoming).toEqual([]);
    await sendConnectionRequest(db, a.actor, { slug: b.slug, note: 'Lần nữa' });
    await respondToConnection(db, b.actor, id, false);
    expect((await noticesOf(a.actor.id)).length).toBe(0);
    await expectInvalid(sendConnectionRequest(db, a.actor, { slug: b.slug, note: '' }));
  });

  it('are for talents with a confirmed email, to profiles they can see, not to themselves', async () => {
    const a = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 22 });
    const hidden = await makeTalentMember(db, {
      unitSlug: UNIT_TODAY,
      age: 22,
      visibility: { profile: 'private' },
    });
    const employer = await makeActor(db, 'employer');
    await expectForbidden(sendConnectionRequest(db, employer, { slug: a.slug, note: '' }));
    await expectForbidden(
      sendConnectionRequest(db, { ...a.actor, emailVerified: false }, { slug: hidden.slug, note: '' }),
    );
    await expectNotFound(sendConnectionRequest(db, a.actor, { slug: hidden.slug, note: '' }));
    await expectInvalid(sendConnectionRequest(db, a.actor, { slug: a.slug, note: '' }));
    await expectInvalid(
      sendConnectionRequest(db, a.actor, { slug: hidden.slug, note: 'x'.repeat(501) }),
      'note',
    );
  });
});

describe('under-18 safety', () => {
  it('sends an adult’s request to a minor through an officer of the minor’s unit', async () => {
    const adult = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 30 });
    const minor = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 16 });
    expect(await sendConnectionRequest(db, adult.actor, { slug: minor.slug, note: 'Xin chào' })).toEqual({
      status: 'awaiting_officer',
    });
    // The minor sees nothing yet; the unit's officer is told and finds it in the queue.
    expect((await listConnections(db, minor.actor)).incoming).toEqual([]);
    expect(await noticesOf(minor.actor.id)).toEqual([]);
    expect((await noticesOf(officer.id)).map((n) => n.kind)).toContain('brokerConnection');
    const queue = await listBrokerQueue(db, officer);
    const waiting = queue.connections.find((c) => c.talentSlug === minor.slug)!;
    expect(waiting).toMatchObject({ requesterName: adult.actor.displayName, note: 'Xin chào' });

    // Another unit's officer and the talents themselves cannot decide it.
    expect((await listBrokerQueue(db, otherOfficer)).connections.some((c) => c.id === waiting.id)).toBe(
      false,
    );
    await expectNotFound(decideConnectionRequest(db, otherOfficer, waiting.id, true));
    await expectForbidden(decideConnectionRequest(db, minor.actor, waiting.id, true));
    await expectNotFound(respondToConnection(db, minor.actor, waiting.id, true));

    await decideConnectionRequest(db, officer, waiting.id, true);
    expect((await listConnections(db, minor.actor)).incoming).toMatchObject([{ userId: adult.actor.id }]);
    await respondToConnection(db, minor.actor, waiting.id, true);
    const steps = await db
      .select({ kind: requestEvents.kind, actorId: requestEvents.actorId })
      .from(requestEvents)
      .where(eq(requestEvents.connectionId, waiting.id));
    expect(steps).toEqual([
      { kind: 'sent', actorId: adult.actor.id },
      { kind: 'forwarded', actorId: officer.id },
      { kind: 'accepted', actorId: minor.actor.id },
    ]);
  });

  it('lets an officer refuse it, and lets minors ask each other directly', async () => {
    const adult = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 19 });
    const minor = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 17 });
    const friend = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 16 });
    await sendConnectionRequest(db, adult.actor, { slug: minor.slug, note: '' });
    const [row] = await db
      .select()
      .from(connections)
      .where(and(eq(connections.requesterId, adult.actor.id), eq(connections.recipientId, minor.actor.id)));
    await decideConnectionRequest(db, officer, row!.id, false);
    expect((await listConnections(db, minor.actor)).incoming).toEqual([]);
    expect(await sendConnectionRequest(db, friend.actor, { slug: minor.slug, note: '' })).toEqual({
      status: 'pending',
    });
  });
});

describe('blocks', () => {
  it('hide each from the other: profile, directory, requests; lifting restores the profile', async () => {
    const a = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 24 });
    const b = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 24 });
    await sendConnectionRequest(db, a.actor, { slug: b.slug, note: '' });
    await blockTalent(db, b.actor, a.slug);

    expect(await getTalentProfile(db, a.slug, b.actor)).toBeNull();
    expect(await getTalentProfile(db, b.slug, a.actor)).toBeNull();
    expect(await getTalentProfile(db, b.slug, null)).not.toBeNull();
    expect(await hiddenTalentSlugs(db, a.actor)).toEqual(new Set([b.slug]));
    expect(await hiddenTalentSlugs(db, b.actor)).toEqual(new Set([a.slug]));
    expect((await listConnections(db, b.actor)).incoming).toEqual([]);
    await expectNotFound(sendConnectionRequest(db, a.actor, { slug: b.slug, note: '' }));
    await expectNotFound(sendConnectionRequest(db, b.actor, { slug: a.slug, note: '' }));

    // Only the blocker lifts it.
    await unblockUser(db, a.actor, b.actor.id);
    expect(await getTalentProfile(db, a.slug, b.actor)).toBeNull();
    await unblockUser(db, b.actor, a.actor.id);
    expect(await getTalentProfile(db, a.slug, b.actor)).not.toBeNull();
  });
});

describe('personal data', () => {
  it('is in the data download and goes with the account, while the other side keeps nothing of it', async () => {
    const leaving = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 26 });
    const staying = await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 26 });
    await sendConnectionRequest(db, leaving.actor, { slug: staying.slug, note: 'Chào bạn' });
    await blockTalent(
      db,
      staying.actor,
      (await makeTalentMember(db, { unitSlug: UNIT_TODAY, age: 30 })).slug,
    );
    const exported = await exportPersonalData(db, leaving.actor.id);
    expect(exported.community.connections).toMatchObject([
      { direction: 'sent', note: 'Chào bạn', status: 'pending' },
    ]);

    await deleteAccount(db, leaving.actor.id, { keepHonours: false });
    expect(await db.select().from(connections).where(eq(connections.requesterId, leaving.actor.id))).toEqual(
      [],
    );
    expect((await listConnections(db, staying.actor)).incoming).toEqual([]);
    expect(await exportPersonalData(db, staying.actor.id)).toMatchObject({
      community: { connections: [], blockedAccountIds: [expect.any(Number)] },
    });
  });
});
