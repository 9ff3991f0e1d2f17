CREATE TABLE `queue_entries` (
	`queue` text NOT NULL,
	`field_id` integer NOT NULL,
	`waiting_since` integer NOT NULL,
	`item_id` integer NOT NULL,
	`talent_id` integer NOT NULL,
	`unit_id` integer NOT NULL,
	`birth_year` integer NOT NULL,
	`kind` text,
	PRIMARY KEY(`queue`, `item_id`, `field_id`)
);
--> statement-breakpoint
CREATE INDEX `queue_entries_time_idx` ON `queue_entries` (`queue`,`field_id`,`waiting_since`,`item_id`,`unit_id`,`birth_year`,`kind`,`talent_id`);--> statement-breakpoint
CREATE INDEX `queue_entries_unit_idx` ON `queue_entries` (`queue`,`unit_id`,`field_id`,`waiting_since`,`item_id`,`birth_year`,`kind`,`talent_id`);--> statement-breakpoint
CREATE INDEX `queue_entries_talent_idx` ON `queue_entries` (`talent_id`);--> statement-breakpoint
DROP INDEX `talents_waiting_idx`;--> statement-breakpoint
DROP INDEX `achievement_corrections_pending_idx`;--> statement-breakpoint
DROP INDEX `achievements_waiting_idx`;--> statement-breakpoint
DROP INDEX `achievements_waiting_talent_idx`;--> statement-breakpoint
DROP INDEX `talent_claims_pending_idx`;--> statement-breakpoint
ALTER TABLE `award_applications` ADD `unit_id` integer;--> statement-breakpoint
CREATE INDEX `award_applications_call_unit_idx` ON `award_applications` (`call_key`,`unit_id`,`created_at`,`id`,`status`);