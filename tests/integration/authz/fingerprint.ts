import type { Database } from '@db/client';

/**
 * What a refused request must leave as it was: every row a matrix action could change or delete
 * (posts, threads, requests, saved searches, memberships, decisions, accounts, units, activities,
 * proposals, trainings, youth population, list subscribers, award applications, their reviews
 * and honours),
 * as one value to compare before and after.
 */
const STATE = [
  'SELECT id, body, deleted_at, hidden_at FROM posts',
  'SELECT id, forum_id, pinned, locked, hidden FROM threads',
  'SELECT id, status FROM connections',
  'SELECT id, status FROM contact_requests',
  'SELECT id, name FROM saved_searches',
  'SELECT club_id, user_id, role, status FROM club_memberships',
  'SELECT id, status, cover_path FROM clubs',
  'SELECT id, title, starts_at, cancelled_at FROM meetups',
  'SELECT meetup_id, user_id FROM meetup_rsvps',
  'SELECT id, status FROM post_reports',
  'SELECT id, title, verified_at, review_state FROM achievements',
  'SELECT id, status FROM achievement_corrections',
  'SELECT id, status, user_id, unit_id, review_state FROM talents',
  'SELECT id, status FROM talent_claims',
  'SELECT id, role, unit_id, disabled_at, email FROM users',
  'SELECT user_id, verified_at, review_state FROM employers',
  'SELECT id, undone_at FROM decisions',
  'SELECT id, name, parent_id, active, successor_id FROM units',
  'SELECT id, unit_id, title, held_on FROM activities',
  'SELECT activity_id, talent_id, role FROM activity_participants',
  'SELECT id, activity_id, talent_id, proposal, answer, answered_by, status FROM dialogue_proposals',
  'SELECT id, title, held_on, unit_id FROM officer_trainings',
  'SELECT training_id, user_id FROM officer_training_attendance',
  'SELECT unit_id, user_id FROM talent_work_leads',
  'SELECT employer_id, talent_id FROM shortlist_entries',
  'SELECT year, population, source FROM youth_population',
  'SELECT id, email, status FROM list_subscribers',
  'SELECT id, status, honour_id FROM award_applications',
  'SELECT id, application_id FROM application_evidence',
  'SELECT id, has_conflict, scores FROM application_reviews',
  'SELECT id, revoked_at, talent_id FROM honours',
];

export async function storedState(db: Database): Promise<string> {
  const results = await db.$client.batch(
    STATE.map((sql) => `${sql} ORDER BY 1, 2`),
    'read',
  );
  return JSON.stringify(results.map((result) => result.rows));
}
