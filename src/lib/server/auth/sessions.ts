import { and, eq, inArray, lte, ne } from 'drizzle-orm';
import type { Database, Executor } from '@db/client';
import { employers, sessions, type User, type UserRole, users } from '@db/schema';
import { getConfig } from '@/lib/server/config';
import type { Actor } from './actor';
import { deleteUnusedOneTimeTokens } from './one-time';
import { issueToken, parseToken, secretMatches } from './tokens';
import * as clock from '@/lib/server/clock';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Officers and admins hold more power, so their sessions end sooner. */
const policies: Record<UserRole, { idle: number; absolute: number }> = {
  talent: { idle: 7 * DAY, absolute: 30 * DAY },
  employer: { idle: 7 * DAY, absolute: 30 * DAY },
  officer: { idle: 30 * MINUTE, absolute: 12 * HOUR },
  admin: { idle: 30 * MINUTE, absolute: 12 * HOUR },
};

/** Activity is written at most this often, not on every request. */
const ACTIVITY_GRANULARITY = MINUTE;

export interface ValidSession {
  sessionId: string;
  actor: Actor;
}

/** Starts a session for a user who just proved who they are; returns the cookie token. */
export async function createSession(
  db: Database,
  user: Pick<User, 'id' | 'role'>,
  userAgent: string,
  now = clock.now(),
) {
  const { id, secretHash, token } = issueToken();
  const expiresAt = new Date(now.getTime() + policies[user.role].absolute);
  await db.insert(sessions).values({
    id,
    secretHash,
    userId: user.id,
    lastActiveAt: now,
    expiresAt,
    userAgent: userAgent.slice(0, 200),
  });
  return { token, expiresAt };
}

/**
 * The session and actor a cookie token stands for, or null when the token is malformed, unknown,
 * expired (absolute or idle), or its account is disabled. Expired sessions are deleted.
 */
export async function validateSessionToken(
  db: Database,
  token: string | undefined,
  now = clock.now(),
): Promise<ValidSession | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const [row] = await db
    .select({ session: sessions, user: users, employerVerifiedAt: employers.verifiedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(employers, eq(employers.userId, users.id))
    .where(eq(sessions.id, parsed.id))
    .limit(1);
  if (!row || !secretMatches(parsed.secret, row.session.secretHash)) return null;
  const { session, user } = row;
  const policy = policies[user.role];
  const idleFor = now.getTime() - session.lastActiveAt.getTime();
  if (user.disabledAt || now >= session.expiresAt || idleFor >= policy.idle) {
    await db.delete(sessions).where(eq(sessions.id, session.id));
    return null;
  }
  if (idleFor >= ACTIVITY_GRANULARITY) {
    await db.update(sessions).set({ lastActiveAt: now }).where(eq(sessions.id, session.id));
  }
  return {
    sessionId: session.id,
    actor: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      unitId: user.role === 'officer' ? user.unitId : null,
      emailVerified: user.emailVerifiedAt !== null,
      employerVerified: row.employerVerifiedAt != null,
    },
  };
}

export async function invalidateSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of a user (sign out everywhere, password change, disabled account), or all but one. */
export async function invalidateUserSessions(
  db: Executor,
  userId: number,
  exceptSessionId?: string,
): Promise<void> {
  await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    );
}

/**
 * Signs the account out everywhere: ends every session and deletes every unused mailed link. For
 * "sign out everywhere", a password reset or change and a disabled account; run it in the
 * transaction that changes the credentials.
 */
export async function signOutEverywhere(db: Executor, userId: number): Promise<void> {
  await invalidateUserSessions(db, userId);
  await deleteUnusedOneTimeTokens(db, userId);
}

/**
 * Removes sessions past their absolute end or idle past their role's limit: the same rule as
 * {@link validateSessionToken}, applied to sessions nobody presents any more (housekeeping).
 */
export async function deleteExpiredSessions(db: Database, now = clock.now()): Promise<void> {
  await db.delete(sessions).where(lte(sessions.expiresAt, now));
  for (const [role, policy] of Object.entries(policies)) {
    const ofRole = db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.role, role as UserRole));
    await db
      .delete(sessions)
      .where(
        and(
          lte(sessions.lastActiveAt, new Date(now.getTime() - policy.idle)),
          inArray(sessions.userId, ofRole),
        ),
      );
  }
}

/** `__Host-` binds the cookie to this host over HTTPS; plain HTTP (development) cannot use the prefix. */
export function sessionCookieName(): string {
  return getConfig().secureCookies ? '__Host-tntag_session' : 'tntag_session';
}

/** What the session needs of a request's cookies; Astro's `AstroCookies` provides it. */
export interface SessionCookies {
  set(
    name: string,
    value: string,
    options: { httpOnly: boolean; secure: boolean; sameSite: 'lax'; path: string; maxAge: number },
  ): void;
  delete(name: string, options: { path: string }): void;
}

/**
 * A relative Max-Age rather than an `Expires` date: the browser counts it on its own clock, so the
 * cookie lives as long as the session even when the server's clock is set apart (CLOCK_START).
 */
export function setSessionCookie(cookies: SessionCookies, token: string, expiresAt: Date): void {
  cookies.set(sessionCookieName(), token, {
    httpOnly: true,
    secure: getConfig().secureCookies,
    sameSite: 'lax',
    path: '/',
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - clock.now().getTime()) / 1000)),
  });
}

export function deleteSessionCookie(cookies: SessionCookies): void {
  cookies.delete(sessionCookieName(), { path: '/' });
}
