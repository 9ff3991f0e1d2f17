import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@db/client';
import { achievements, auditLog, talents, units } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';
import { auditConditions, listAuditLog } from '@/lib/server/audit/list';
import { recordAudit } from '@/lib/server/audit/record';
import { isDeniedKey, REDACTED } from '@/lib/server/audit/redact';
import { decide, undoDecision } from '@/lib/server/officers/decisions';
import { appointOfficer } from '@/lib/server/officers/appointments';
import { renameUnit } from '@/lib/server/units/restructure';
import { defaultVisibility } from '@/lib/visibility';
import { parseAuditFilters } from '@/loaders/audit';
import { seedReferenceData } from '../../scripts/seed';
import { makeActor, makeUser } from '../support/actors';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { expectForbidden } from '../support/errors';

// 10:00 in Viet Nam on 2 December 2026.
const START = new Date('2026-12-02T03:00:00Z');

let database: TestDatabase;
let db: Database;
let unitId: number;
let officer: Actor;
let admin: Actor;

const entriesOf = (action: string) =>
  db
    .select()
    .from(auditLog)
    .where(sql`${auditLog.action} = ${action}`);

async function addWaitingAchievement(fullName: string) {
  const [talent] = await db
    .insert(talents)
    .values({
      slug: `t-${Math.random().toString(36).slice(2, 10)}`,
      fullName,
      birthYear: 2000,
      discoveredYear: 2026,
      unitId,
      visibility: defaultVisibility(2000, 2026),
    })
    .returning({ id: talents.id });
  const [achievement] = await db
    .insert(achievements)
    .values({
      talentId: talent!.id,
      title: `Giải của ${fullName}`,
      awardName: 'Hội thi',
      level: 'provincial',
      year: 2025,
    })
    .returning({ id: achievements.id });
  return achievement!.id;
}

beforeAll(async () => {
  vi.useFakeTimers({ now: START, toFake: ['Date'] });
  database = await createTestDatabase();
  db = database.db;
  await seedReferenceData(db);
  [{ id: unitId }] = (await db
    .insert(units)
    .values({ slug: 'doan-xa-nhat-ky', name: 'Đoàn xã Nhật Ký', kind: 'commune' })
    .returning({ id: units.id })) as [{ id: number }];
  officer = await makeActor(db, 'officer', { unitId, displayName: 'Trần Văn Đức' });
  admin = await makeActor(db, 'admin', { displayName: 'Quản Trị Viên' });
});
afterAll(() => {
  vi.useRealTimers();
  database.dispose();
});

describe('recording', () => {
  it("records a decision and its undo with who, when, before and after, in the decision's transaction", async () => {
    const id = await addWaitingAchievement('Lê Thị Hồng');
    await decide(db, officer, {
      subject: 'achievement',
      subjectId: id,
      outcome: 'refused',
      reason: 'Thiếu minh chứng',
    });
    const [refused] = await entriesOf('decision.refused');
    expect(refused).toMatchObject({
      actorId: officer.id,
      actorName: 'Trần Văn Đức',
      subjectType: 'achievement',
      subjectId: id,
      subjectLabel: 'Giải của Lê Thị Hồng',
      before: { waiting: true },
      after: { waiting: false, outcome: 'refused', reason: 'Thiếu minh chứng' },
      occurredAt: START,
    });
    const [decision] = await db.all<{ id: number }>(sql`SELECT id FROM decisions WHERE subject_id = ${id}`);
    await undoDecision(db, officer, decision!.id);
    const [undone] = await entriesOf('decision.undone');
    expect(undone).toMatchObject({ subjectId: id, before: { outcome: 'refused' }, after: { undone: true } });
  });

  it('writes nothing when the change fails: the log rolls back with it', async () => {
    const before = (await db.select().from(auditLog)).length;
    const id = await addWaitingAchievement('Phạm Văn Lỗi');
    // Another unit's officer is refused: no decision, no log row.
    const [other] = (await db
      .insert(units)
      .values({ slug: 'doan-xa-khac-nk', name: 'Đoàn xã Khác', kind: 'commune' })
      .returning({ id: units.id })) as [{ id: number }];
    const stranger = await makeActor(db, 'officer', { unitId: other.id });
    await expectForbidden(
      decide(db, stranger, { subject: 'achievement', subjectId: id, outcome: 'verified' }),
    );
    expect((await db.select().from(auditLog)).length).toBe(before);
  });

  it("records an admin's appointment and a unit's renaming with the values before and after", async () => {
    const user = await makeUser(db, 'talent', { passwordHash: '$argon2id$v=19$secret-hash' });
    await appointOfficer(db, admin, { email: user.email, unitId });
    const [appointed] = await entriesOf('officer.appoint');
    expect(appointed).toMatchObject({
      actorId: admin.id,
      subjectId: user.id,
      before: { role: 'talent', unitId: null },
      after: { role: 'officer', unitId },
    });
    await renameUnit(db, admin, { unitId, name: 'Đoàn xã Nhật Ký Mới' });
    const [renamed] = await entriesOf('unit.rename');
    expect(renamed).toMatchObject({
      before: { name: 'Đoàn xã Nhật Ký' },
      after: { name: 'Đoàn xã Nhật Ký Mới' },
    });
  });

  it('never keeps a password, a hash or a token, at any depth', async () => {
    const secrets = ['hunter2-password', '$argon2id$hash', 'tok-123456', 'sess-abc', 'reset-xyz'];
    await recordAudit(db, {
      actor: admin,
      action: 'talent.update',
      subjectType: 'user',
      subjectId: 1,
      before: { password: secrets[0], passwordHash: secrets[1], email: 'a@example.vn' },
      after: {
        nested: { sessionToken: secrets[2], token_hash: secrets[3] },
        list: [{ resetToken: secrets[4] }],
      },
    });
    const stored = await db.all<{ before: string; after: string }>(
      sql`SELECT before, after FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    const raw = JSON.stringify(stored);
    for (const secret of secrets) expect(raw).not.toContain(secret);
    expect(raw).toContain('a@example.vn');
    expect(raw).toContain(REDACTED);
    expect(
      ['password', 'passwordHash', 'password_hash', 'token', 'tokenHash', 'secret', 'otpCode'].every(
        isDeniedKey,
      ),
    ).toBe(true);
    expect(['email', 'fullName', 'birthYear', 'unitId', 'reason'].some(isDeniedKey)).toBe(false);
  });
});

describe('the admins’ page', () => {
  it('is for admins only', async () => {
    await expectForbidden(listAuditLog(db, officer, {}));
    await expectForbidden(listAuditLog(db, null, {}));
  });

  it('searches folded text on actor, subject and action, filters by action and day, and pages by keyset', async () => {
    const folded = await listAuditLog(db, admin, { q: 'duc' });
    expect(folded.entries.map((e) => e.actorName)).toContain('Trần Văn Đức');
    expect(folded.entries.every((e) => e.actorName === 'Trần Văn Đức')).toBe(true);
    expect((await listAuditLog(db, admin, { q: 'hong' })).entries.map((e) => e.action)).toEqual([
      'decision.undone',
      'decision.refused',
    ]);
    expect((await listAuditLog(db, admin, { action: 'unit.rename' })).entries).toHaveLength(1);
    expect(
      (await listAuditLog(db, admin, { from: '2026-12-02', to: '2026-12-02' })).entries.length,
    ).toBeGreaterThan(3);
    expect((await listAuditLog(db, admin, { from: '2026-12-03' })).entries).toEqual([]);
    expect((await listAuditLog(db, admin, { to: '2026-12-01' })).entries).toEqual([]);

    for (let i = 0; i < 60; i++)
      await recordAudit(db, {
        actor: admin,
        action: 'talent.update',
        subjectType: 'talent',
        subjectId: i,
        subjectLabel: `Hồ sơ ${i}`,
      });
    const first = await listAuditLog(db, admin, { action: 'talent.update' });
    expect(first.entries).toHaveLength(50);
    const second = await listAuditLog(db, admin, { action: 'talent.update', before: first.next! });
    expect(second.next).toBeNull();
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(61);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('drops a filter that is not one instead of failing', () => {
    expect(
      parseAuditFilters(
        new URLSearchParams('q=%20x%20&action=drop table&from=2026-13-01&to=2026-12-31&before=-3'),
      ),
    ).toEqual({ q: 'x', action: undefined, from: undefined, to: '2026-12-31', before: undefined });
  });

  it('reads each page through an index, never the whole log, with search, action and day filters', async () => {
    await db.$client.execute('ANALYZE');
    const plan = async (filters: Parameters<typeof auditConditions>[0], days?: SQL) => {
      const query = db
        .select()
        .from(auditLog)
        .where(auditConditions(filters, days))
        .orderBy(sql`id DESC`)
        .limit(51)
        .toSQL();
      const rows = await db.$client.execute({
        sql: `EXPLAIN QUERY PLAN ${query.sql}`,
        args: query.params as never[],
      });
      return rows.rows.map((r) => r.detail as string).join('\n');
    };
    expect(await plan({ action: 'talent.update', before: 40 })).toMatch(/audit_log_action_idx/);
    const searched = await plan({ q: 'duc' });
    expect(searched).toMatch(/VIRTUAL TABLE INDEX/);
    expect(searched).not.toMatch(/TEMP B-TREE/);
    expect(await plan({ before: 40 })).toMatch(/USING INTEGER PRIMARY KEY/);
    expect(await plan({ action: 'talent.update', q: 'ho so' })).not.toMatch(/TEMP B-TREE/);
    // Days become a range of ids (ids follow the clock): the walk stays on the primary key.
    expect(await plan({ before: 40 }, sql`id >= 2 AND id <= 60`)).not.toMatch(/TEMP B-TREE|occurred/);
  });
});
