/**
 * The demo officers and administrator. Officers verify achievements, so the generated data needs
 * real user ids behind "verified by". Addresses are on example.vn, which will never deliver mail.
 */
import { inArray } from 'drizzle-orm';
import { users } from '@db/schema';
import type { Writer } from './batch';
import { OFFICER_NAMES } from './names';
import type { ChildUnitSlug, ReferenceIds } from './reference';

/** The units with their own demo officer; the provincial officer verifies for all the others. */
const OFFICER_UNITS = [
  ['thanh-doan-long-xuyen', 'long-xuyen'],
  ['thanh-doan-chau-doc', 'chau-doc'],
  ['thi-doan-tan-chau', 'tan-chau'],
  ['huyen-doan-tri-ton', 'tri-ton'],
  ['huyen-doan-cho-moi', 'cho-moi'],
  ['doan-truong-dai-hoc-an-giang', 'dai-hoc-an-giang'],
] as const satisfies readonly (readonly [ChildUnitSlug, string])[];

type OfficerUnit = (typeof OFFICER_UNITS)[number][0];

/** The address of the demo officer of `unit`. */
export function demoOfficerEmail(unit: OfficerUnit): string {
  return `can-bo.${OFFICER_UNITS.find(([slug]) => slug === unit)![1]}@example.vn`;
}

export const PROVINCIAL_OFFICER_EMAIL = 'can-bo.tinh-doan@example.vn';
export const ADMIN_EMAIL = 'quan-tri@example.vn';
const STAFF_CREATED_AT = new Date(Date.UTC(2022, 0, 4, 1, 0, 0));

export interface DemoStaff {
  adminId: number;
  provincialOfficerId: number;
  /** The officer who verifies achievements of a unit's talents. */
  verifierFor(unit: ChildUnitSlug): number;
  count: number;
}

/** Inserts the demo staff (existing e-mail addresses are left alone) and returns their ids. */
export async function seedDemoStaff(tx: Writer, ref: ReferenceIds): Promise<DemoStaff> {
  const rows: (typeof users.$inferInsert)[] = [
    {
      email: PROVINCIAL_OFFICER_EMAIL,
      displayName: OFFICER_NAMES[0]!,
      role: 'officer',
      unitId: ref.rootUnitId,
      createdAt: STAFF_CREATED_AT,
    },
    ...OFFICER_UNITS.map(([unit], i) => ({
      email: demoOfficerEmail(unit),
      displayName: OFFICER_NAMES[i + 1]!,
      role: 'officer' as const,
      unitId: ref.unitIds.get(unit)!,
      createdAt: STAFF_CREATED_AT,
    })),
    {
      email: ADMIN_EMAIL,
      displayName: OFFICER_NAMES[OFFICER_NAMES.length - 1]!,
      role: 'admin',
      unitId: null,
      createdAt: STAFF_CREATED_AT,
    },
  ];
  await tx.insert(users).values(rows).onConflictDoNothing({ target: users.email });

  const emails = rows.map((r) => r.email);
  const found = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const idOf = new Map(found.map((u) => [u.email, u.id]));
  const need = (email: string) => {
    const id = idOf.get(email);
    if (id === undefined) throw new Error(`Demo user ${email} was not created`);
    return id;
  };

  const provincialOfficerId = need(PROVINCIAL_OFFICER_EMAIL);
  const byUnit = new Map<ChildUnitSlug, number>(
    OFFICER_UNITS.map(([unit, key]) => [unit, need(`can-bo.${key}@example.vn`)]),
  );
  return {
    adminId: need(ADMIN_EMAIL),
    provincialOfficerId,
    verifierFor: (unit) => byUnit.get(unit) ?? provincialOfficerId,
    count: rows.length,
  };
}
