/**
 * Contact requests from verified employers to talents. An adult talent must be open to
 * opportunities; accepting shows each side the other's contact email, declining shows nothing. A
 * request to a minor goes to an officer of the minor's unit (broker.ts), and on acceptance the
 * employer is given that officer's address, never the minor's. Every step is logged.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@db/client';
import { type ContactKind, contactRequests, employers, talents } from '@db/schema';
import { type Actor, requireRole } from '@/lib/server/auth/actor';
import { InvalidInputError, NotFoundError } from '@/lib/server/errors';
import { requireVerifiedEmployer } from '@/lib/server/employers/verified';
import { notify } from '@/lib/server/notifications';
import { consumeRateLimit, type RateLimit } from '@/lib/server/rate-limit';
import * as clock from '@/lib/server/clock';
import { isEitherBlocked } from './blocks';
import { logRequestEvent } from './events';
import { brokersOf, findReachableTalent } from './reach';

export const MAX_SUBJECT = 150;
export const MAX_MESSAGE = 3000;

/** Enough for real recruiting, too few for a mass mailing through the site. */
const contactPerEmployer: RateLimit = { limit: 30, windowSeconds: 24 * 60 * 60 };

export interface ContactInput {
  slug: string;
  kind: ContactKind;
  subject: string;
  message: string;
}

/**
 * A verified employer asks to get in touch with the talent at `slug`.
 * @throws ForbiddenError unless the actor is a verified employer; NotFoundError when the profile is
 *   not reachable for them; InvalidInputError `contact.notOpen` (an adult not open to
 *   opportunities), `contact.alreadyAsked` (one of theirs is still open), `form.required` /
 *   `form.tooLong` for subject and message; RateLimitedError past the daily limit.
 */
export async function sendContactRequest(
  db: Database,
  actor: Actor | null,
  input: ContactInput,
): Promise<{ status: 'pending' | 'awaiting_officer' }> {
  const employer = requireVerifiedEmployer(actor);
  const subject = input.subject.trim();
  const message = input.message.trim();
  if (!subject) throw new InvalidInputError('form.required', 'subject');
  if (subject.length > MAX_SUBJECT) throw new InvalidInputError('form.tooLong', 'subject');
  if (!message) throw new InvalidInputError('form.required', 'message');
  if (message.length > MAX_MESSAGE) throw new InvalidInputError('form.tooLong', 'message');
  await consumeRateLimit(db, `contact:employer:${employer.id}`, contactPerEmployer);
  return db.transaction(async (tx) => {
    const talent = await findReachableTalent(tx, employer, input.slug);
    if (!talent.minor && !talent.openToOpportunities) throw new InvalidInputError('contact.notOpen');
    const [open] = await tx
      .select({ id: contactRequests.id })
      .from(contactRequests)
      .where(
        and(
          eq(contactRequests.employerId, employer.id),
          eq(contactRequests.talentId, talent.id),
          inArray(contactRequests.status, ['awaiting_officer', 'pending']),
        ),
      );
    if (open) throw new InvalidInputError('contact.alreadyAsked');
    const status = talent.minor ? 'awaiting_officer' : 'pending';
    const [row] = await tx
      .insert(contactRequests)
      .values({
        employerId: employer.id,
        talentId: talent.id,
        kind: input.kind,
        subject,
        message,
        status,
        minor: talent.minor,
        createdAt: clock.now(),
      })
      .returning({ id: contactRequests.id });
    await logRequestEvent(tx, { contactRequestId: row!.id }, employer.id, 'sent');
    const [organisation] = await tx
      .select({ name: employers.organisationName })
      .from(employers)
      .where(eq(employers.userId, employer.id));
    const params = { organisation: organisation?.name ?? employer.displayName, subject };
    if (talent.minor) {
      const brokers = await brokersOf(tx, talent.unitId);
      await notify(
        tx,
        ...brokers.map((userId) => ({
          userId,
          kind: 'brokerContact' as const,
          params: { ...params, talent: talent.fullName },
          link: { route: 'contactRequests' },
        })),
      );
    } else {
      await notify(tx, {
        userId: talent.userId,
        kind: 'contactRequested',
        params,
        link: { route: 'contactRequests' },
      });
    }
    return { status };
  });
}

/** The talent accepts or declines a request addressed to them; the employer is told either way. */
export async function respondToContact(db: Database, actor: Actor, id: number, accept: boolean) {
  const talentUser = requireRole(actor, 'talent');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ request: contactRequests })
      .from(contactRequests)
      .innerJoin(talents, eq(talents.id, contactRequests.talentId))
      .where(
        and(
          eq(contactRequests.id, id),
          eq(talents.userId, talentUser.id),
          eq(contactRequests.status, 'pending'),
        ),
      );
    if (!row) throw new NotFoundError();
    const { request } = row;
    if (await isEitherBlocked(tx, request.employerId, talentUser.id)) throw new NotFoundError();
    const status = accept ? 'accepted' : 'declined';
    await tx
      .update(contactRequests)
      .set({ status, respondedAt: clock.now() })
      .where(eq(contactRequests.id, id));
    await logRequestEvent(tx, { contactRequestId: id }, talentUser.id, status);
    await notify(tx, {
      userId: request.employerId,
      kind: accept ? 'contactAccepted' : 'contactDeclined',
      params: { subject: request.subject },
      link: { route: 'contactRequests' },
    });
  });
}

/** The employer takes back a request not answered yet. */
export async function withdrawContactRequest(db: Database, actor: Actor, id: number): Promise<void> {
  const employer = requireRole(actor, 'employer');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(contactRequests)
      .set({ status: 'withdrawn', respondedAt: clock.now() })
      .where(
        and(
          eq(contactRequests.id, id),
          eq(contactRequests.employerId, employer.id),
          inArray(contactRequests.status, ['awaiting_officer', 'pending']),
        ),
      )
      .returning({ id: contactRequests.id });
    if (!row) throw new NotFoundError();
    await logRequestEvent(tx, { contactRequestId: id }, employer.id, 'withdrawn');
  });
}
