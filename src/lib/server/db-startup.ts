import { type Database, embeddedPath } from '@db/client';

/**
 * One paragraph for a person starting the site when the database cannot be used (an unwritable
 * folder, a libSQL server that does not answer), instead of a stack trace: what failed, why in the
 * driver's words, and what to check.
 */
export function describeDatabaseFailure(url: string, error: unknown): string {
  const reason = firstLine(error);
  const path = embeddedPath(url);
  const advice = path
    ? `Check that the folder of ${path} exists or can be created, and that the user running the site may write there (set DATABASE_URL to another file: URL otherwise).`
    : 'Check that the libSQL server is running and reachable from here, and that DATABASE_AUTH_TOKEN is right.';
  return `Cannot use the database at ${redact(url)}: ${reason}. ${advice}`;
}

/**
 * Runs a trivial query that reads the file, so that a start fails at once, with
 * {@link describeDatabaseFailure}, not on the first visit; `/healthz` runs it too. A bare
 * `SELECT 1` would not do: an embedded client answers it without opening the file, even one that
 * is not a database at all.
 */
export async function checkDatabase(db: Database): Promise<void> {
  await db.$client.execute('SELECT count(*) FROM sqlite_schema');
}

function firstLine(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e && parts.length < 3; e = (e as { cause?: unknown }).cause) {
    const message = e instanceof Error ? e.message : typeof e === 'string' ? e : 'unknown error';
    const line = message.split('\n')[0]!.trim();
    // Drizzle wraps the driver's error in "Failed query: <sql>": the driver's words say more.
    if (line && !line.startsWith('Failed query') && !parts.includes(line)) parts.push(line);
  }
  return parts.join(': ') || 'unknown error';
}

/** A URL may carry a token (`?authToken=`): never print it. */
function redact(url: string): string {
  return url.replace(/([?&]authToken=)[^&]*/i, '$1…');
}
