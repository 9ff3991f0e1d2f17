import { eq } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type User, type UserRole, users } from '@db/schema';
import type { Actor } from '@/lib/server/auth/actor';

export interface ActorOfOptions {
  /** Whether the session counts the email as confirmed; true unless said otherwise. */
  emailVerified?: boolean;
  /** Whether the session counts the employer as verified; false unless said otherwise. */
  employerVerified?: boolean;
}

export interface MakeUserOptions {
  /** Confirm the address (sets emailVerifiedAt); true unless said otherwise. */
  emailVerified?: boolean;
  /** The user's unit; only an officer's actor carries it. */
  unitId?: number;
  /** A given address instead of a generated unique one. */
  email?: string;
  /** A given name instead of the generated one. */
  displayName?: string;
  passwordHash?: string;
}

/** Makes generated addresses unique within a test file's database. */
let userCount = 0;

/** How many users makeUser and makeActor have created in this test file so far. */
export function madeUserCount(): number {
  return userCount;
}

/** The actor a session would build for a user row. */
export function actorOf(user: User, options: ActorOfOptions = {}): Actor {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    unitId: user.role === 'officer' ? user.unitId : null,
    emailVerified: options.emailVerified ?? true,
    employerVerified: options.employerVerified ?? false,
  };
}

/** The actor of a seeded user, looked up by email. */
export async function seededActor(db: Database, email: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return actorOf(user!);
}

/** A new user row with a unique address. */
export async function makeUser(db: Database, role: UserRole, options: MakeUserOptions = {}): Promise<User> {
  userCount += 1;
  const emailVerified = options.emailVerified ?? true;
  const [user] = await db
    .insert(users)
    .values({
      email: options.email ?? `test-user-${userCount}@example.vn`,
      displayName: options.displayName ?? `Người dùng ${userCount}`,
      role,
      unitId: options.unitId ?? null,
      passwordHash: options.passwordHash ?? null,
      emailVerifiedAt: emailVerified ? new Date() : null,
    })
    .returning();
  return user!;
}

/** A new user row and the actor a session would build for it. */
export async function makeActor(db: Database, role: UserRole, options: MakeUserOptions = {}): Promise<Actor> {
  const user = await makeUser(db, role, options);
  return actorOf(user, { emailVerified: options.emailVerified ?? true });
}
