/**
 * The officers' workspace in one import: claims, verification of achievements, profiles and
 * employers, and (for admins) appointments. Each function checks the actor itself; the UI only hides.
 */
export { type Appointment, appointOfficer } from './appointments';
export { decideClaim, listPendingClaims, type PendingClaim } from './claims';
export { listUnverifiedEmployers, type UnverifiedEmployer, verifyEmployer } from './employers';
export {
  listUnverifiedAchievements,
  type UnverifiedAchievement,
  VERIFICATION_QUEUE_LIMIT,
  verifyAchievement,
  verifyTalentProfile,
} from './verification';
