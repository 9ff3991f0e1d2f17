/**
 * Writes a consistent copy of the embedded database while the server runs (`VACUUM INTO`).
 *
 *   npm run db:backup                     # into DATA_DIR/backups/<name>-<time>.db
 *   npm run db:backup -- /mnt/backup/x.db  # into a file of your choice (must not exist)
 *
 * Uploaded photos live in DATA_DIR/photos, not in the database: back that folder up too (README).
 * Exit codes: 0 done, 1 failed (the message says why).
 */
import { basename, join } from 'node:path';
import { BackupError, backupDatabase, timestamp } from '@db/backup';
import { embeddedPath } from '@db/client';
import { ConfigError, getConfig } from '@/lib/server/config';

try {
  const config = getConfig();
  const name = basename(embeddedPath(config.databaseUrl) ?? 'database', '.db');
  const target = process.argv[2] ?? join(config.dataDir, 'backups', `${name}-${timestamp(new Date())}.db`);
  const { path, bytes } = await backupDatabase(config.databaseUrl, target);
  console.log(`Backup written: ${path} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
} catch (error) {
  if (!(error instanceof BackupError || error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
