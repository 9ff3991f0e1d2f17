import type { Database } from '@db/client';

/**
 * What a refused request must leave as it was: every row a matrix action could change or delete
 * (posts, threads, requests, saved searches, memberships, decisions, accounts, units, activities,
 * proposals, trainings, youth population, list subscribers, award applications, their reviews
 * and honours), by table and the columns that matter.
 */
const WATCHED: Record<string, string[]> = {
  posts: ['body', 'deleted_at', 'hidden_at'],
  threads: ['forum_id', 'pinned', 'locked', 'hidden'],
  connections: ['status'],
  contact_requests: ['status'],
  saved_searches: ['name'],
  club_memberships: ['club_id', 'user_id', 'role', 'status'],
  clubs: ['status', 'cover_path'],
  meetups: ['title', 'starts_at', 'cancelled_at'],
  meetup_rsvps: ['meetup_id', 'user_id'],
  post_reports: ['status'],
  achievements: ['title', 'verified_at', 'review_state'],
  achievement_corrections: ['status'],
  talents: ['status', 'user_id', 'unit_id', 'review_state'],
  talent_claims: ['status'],
  users: ['role', 'unit_id', 'disabled_at', 'email'],
  employers: ['user_id', 'verified_at', 'review_state'],
  decisions: ['undone_at'],
  units: ['name', 'parent_id', 'active', 'successor_id'],
  activities: ['unit_id', 'title', 'held_on'],
  activity_participants: ['activity_id', 'talent_id', 'role'],
  dialogue_proposals: ['activity_id', 'talent_id', 'proposal', 'answer', 'answered_by', 'status'],
  officer_trainings: ['title', 'held_on', 'unit_id'],
  officer_training_attendance: ['training_id', 'user_id'],
  talent_work_leads: ['unit_id', 'user_id'],
  shortlist_entries: ['employer_id', 'talent_id'],
  youth_population: ['year', 'population', 'source'],
  list_subscribers: ['email', 'status'],
  award_applications: ['status', 'honour_id'],
  application_evidence: ['application_id'],
  application_reviews: ['application_id', 'has_conflict', 'scores'],
  honours: ['revoked_at', 'talent_id'],
};

/**
 * Counts, in the database itself, every insert, every delete and every update that changes a
 * watched column of a watched table, whichever process writes (the server shares the file):
 * comparing one number before and after a request replaces reading every watched row twice.
 * Call once on the test's database.
 */
export async function watchStoredState(db: Database): Promise<void> {
  const statements = [
    'CREATE TABLE matrix_changes (n INTEGER NOT NULL)',
    'INSERT INTO matrix_changes VALUES (0)',
  ];
  const count = 'BEGIN UPDATE matrix_changes SET n = n + 1; END';
  for (const [table, columns] of Object.entries(WATCHED)) {
    statements.push(`CREATE TRIGGER matrix_${table}_insert AFTER INSERT ON ${table} ${count}`);
    statements.push(`CREATE TRIGGER matrix_${table}_delete AFTER DELETE ON ${table} ${count}`);
    const changed = columns.map((column) => `OLD.${column} IS NOT NEW.${column}`).join(' OR ');
    statements.push(
      `CREATE TRIGGER matrix_${table}_update AFTER UPDATE ON ${table} WHEN ${changed} ${count}`,
    );
  }
  await db.$client.batch(statements, 'write');
}

/** How many watched changes the database has seen (`watchStoredState`), to compare before and after. */
export async function storedState(db: Database): Promise<number> {
  const { rows } = await db.$client.execute('SELECT n FROM matrix_changes');
  return Number(rows[0]!.n);
}
