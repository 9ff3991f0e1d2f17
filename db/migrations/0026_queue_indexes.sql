DROP INDEX `talents_waiting_idx`;--> statement-breakpoint
CREATE INDEX `talents_waiting_idx` ON `talents` (`status`,`review_state`,`created_at`,`id`,`unit_id`) WHERE "talents"."status" = 'draft' AND "talents"."review_state" = 'waiting';--> statement-breakpoint
DROP INDEX `achievement_corrections_pending_idx`;--> statement-breakpoint
CREATE INDEX `achievement_corrections_pending_idx` ON `achievement_corrections` (`status`,`created_at`,`id`,`achievement_id`) WHERE "achievement_corrections"."status" = 'pending';--> statement-breakpoint
DROP INDEX `achievements_waiting_idx`;--> statement-breakpoint
CREATE INDEX `achievements_waiting_idx` ON `achievements` (`review_state`,`created_at`,`id`,`talent_id`) WHERE "achievements"."verified_at" IS NULL AND "achievements"."review_state" = 'waiting';--> statement-breakpoint
DROP INDEX `talent_claims_pending_idx`;--> statement-breakpoint
CREATE INDEX `talent_claims_pending_idx` ON `talent_claims` (`status`,`created_at`,`id`,`talent_id`) WHERE "talent_claims"."status" = 'pending';--> statement-breakpoint
CREATE INDEX `award_applications_call_time_idx` ON `award_applications` (`call_key`,`created_at`,`id`,`talent_id`);