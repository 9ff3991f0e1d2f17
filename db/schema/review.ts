/**
 * Where an unverified profile, achievement or employer stands: waiting in a queue, sent back to its
 * author, or refused. Only `waiting` rows are in a queue; an edit by the author makes them wait again.
 */
export const reviewStates = ['waiting', 'returned', 'refused'] as const;
export type ReviewState = (typeof reviewStates)[number];
