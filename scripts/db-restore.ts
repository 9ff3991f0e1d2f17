/**
 * Replaces the embedded database with a backup, after `PRAGMA integrity_check` on the backup.
 * Stop the server first: a database in use is refused unless --force is given. The replaced
 * database is kept beside it as `<file>.before-restore-<time>`.
 *
 *   npm run db:restore -- data/backups/tai-nang-tre-20261201-020000.db [--force]
 *
 * Exit codes: 0 restored, 1 refused or failed (the message says why).
 */
import { BackupError, restoreDatabase } from '@db/backup';
import { ConfigError, getConfig } from '@/lib/server/config';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [source, ...extra] = args.filter((arg) => arg !== '--force');
if (!source || extra.length > 0) {
  console.error('Usage: npm run db:restore -- <backup file> [--force]');
  process.exit(1);
}

try {
  const config = getConfig();
  const { replaced } = await restoreDatabase(config.databaseUrl, source, { force });
  console.log(`Restored ${source} into ${config.databaseUrl}.`);
  if (replaced) console.log(`The database it replaced is kept as ${replaced}.`);
  console.log('Then run `npm run search:reindex` if Meilisearch serves the directory.');
} catch (error) {
  if (!(error instanceof BackupError || error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
