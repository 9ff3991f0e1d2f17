/**
 * Creates the first administrator, or promotes an existing account, from the server's shell: no
 * page can make an admin, so a fresh installation starts here. Migrations run first.
 *
 *   npm run admin:create -- --email quan-tri@tinhdoan.vn --password '…' [--name 'Tên'] [--promote]
 *
 * An existing admin gets the new password (recovery when the only admin is locked out). An account
 * with another role is refused unless `--promote`. Either way its sessions end: a new password or
 * role must not leave old sessions signed in under the old terms.
 *
 * Exit codes: 0 done, 1 refused or failed, 2 bad arguments.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { normalizeEmail } from '@/lib/server/auth/accounts';
import {
  hashPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  passwordProblem,
} from '@/lib/server/auth/passwords';
import { invalidateUserSessions } from '@/lib/server/auth/sessions';
import { getConfig } from '@/lib/server/config';
import { openDatabase } from '@db/client';
import { migrateDatabase } from '@db/migrate';
import { users } from '@db/schema';
import { fail, readOptions } from './support/command-line';

const DEFAULT_NAME = 'Quản trị viên';
const USAGE = `Usage: npm run admin:create -- --email ADDRESS --password PASSWORD [--name NAME] [--promote]
  --email      the admin's address (signs in with it)
  --password   ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters, not a common password
  --name       display name (default "${DEFAULT_NAME}")
  --promote    make an existing talent, employer or officer account an admin`;

function parseArguments() {
  const values = readOptions(
    {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      promote: { type: 'boolean' },
    },
    USAGE,
  );
  if (values.email === undefined || values.password === undefined)
    fail(2, `--email and --password are required.\n${USAGE}`);
  const email = normalizeEmail(values.email);
  if (!z.email().safeParse(email).success) fail(2, `"${values.email}" is not an email address.\n${USAGE}`);
  const problem = passwordProblem(values.password, email);
  if (problem === 'too-short' || problem === 'too-long') {
    fail(
      2,
      `The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long.\n${USAGE}`,
    );
  }
  if (problem === 'common')
    fail(2, 'The password is too common or too close to the address; choose another.');
  const name = values.name?.trim();
  if (values.name !== undefined && !name) fail(2, `--name cannot be blank.\n${USAGE}`);
  return { email, password: values.password, name, promote: values.promote ?? false };
}

const args = parseArguments();
const config = getConfig();
const db = openDatabase(config.databaseUrl, config.databaseAuthToken);

try {
  await migrateDatabase(db, config.databaseUrl);
  // Hashing first keeps the transaction short; argon2id takes a noticeable moment on purpose.
  const passwordHash = await hashPassword(args.password);
  const now = new Date();
  const [existing] = await db.select().from(users).where(eq(users.email, args.email)).limit(1);
  if (!existing) {
    const [created] = await db
      .insert(users)
      .values({
        email: args.email,
        displayName: args.name ?? DEFAULT_NAME,
        role: 'admin',
        passwordHash,
        emailVerifiedAt: now,
      })
      .returning({ id: users.id });
    console.log(`Created admin ${args.email} (user ${created!.id}).`);
  } else {
    if (existing.role !== 'admin' && !args.promote) {
      fail(1, `${args.email} already has a ${existing.role} account. Add --promote to make it an admin.`);
    }
    await db
      .update(users)
      .set({
        role: 'admin',
        // Admins work for the whole province; a unit would only mislead.
        unitId: null,
        passwordHash,
        emailVerifiedAt: existing.emailVerifiedAt ?? now,
        ...(args.name ? { displayName: args.name } : {}),
      })
      .where(eq(users.id, existing.id));
    await invalidateUserSessions(db, existing.id);
    const what = existing.role === 'admin' ? 'Updated the password of admin' : `Promoted ${existing.role}`;
    console.log(`${what} ${args.email} (user ${existing.id}); its sessions were ended.`);
    if (existing.disabledAt)
      console.warn('Warning: this account is disabled and cannot sign in until re-enabled.');
  }
} catch (error) {
  fail(
    1,
    `Creating the admin failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
} finally {
  db.$client.close();
}
