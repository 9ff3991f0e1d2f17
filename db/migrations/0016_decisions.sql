CREATE TABLE `achievement_corrections` (
	`id` integer PRIMARY KEY NOT NULL,
	`achievement_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`proposed` text NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`achievement_id`) REFERENCES `achievements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `achievement_corrections_achievement_idx` ON `achievement_corrections` (`achievement_id`);--> statement-breakpoint
CREATE INDEX `achievement_corrections_user_idx` ON `achievement_corrections` (`user_id`);--> statement-breakpoint
CREATE INDEX `achievement_corrections_pending_idx` ON `achievement_corrections` (`status`,`created_at`,`id`) WHERE "achievement_corrections"."status" = 'pending';--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`subject` text NOT NULL,
	`subject_id` integer NOT NULL,
	`talent_id` integer,
	`recipient_id` integer,
	`outcome` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`decided_by_id` integer,
	`decided_at` integer NOT NULL,
	`undone_at` integer,
	FOREIGN KEY (`talent_id`) REFERENCES `talents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recipient_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `decisions_subject_idx` ON `decisions` (`subject`,`subject_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `decisions_talent_idx` ON `decisions` (`talent_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `decisions_recipient_idx` ON `decisions` (`recipient_id`,`decided_at`);--> statement-breakpoint
ALTER TABLE `talents` ADD `review_state` text DEFAULT 'waiting' NOT NULL;--> statement-breakpoint
CREATE INDEX `talents_waiting_idx` ON `talents` (`status`,`review_state`,`created_at`,`id`) WHERE "talents"."status" = 'draft' AND "talents"."review_state" = 'waiting';--> statement-breakpoint
ALTER TABLE `achievements` ADD `review_state` text DEFAULT 'waiting' NOT NULL;--> statement-breakpoint
CREATE INDEX `achievements_waiting_idx` ON `achievements` (`review_state`,`created_at`,`id`) WHERE "achievements"."verified_at" IS NULL AND "achievements"."review_state" = 'waiting';--> statement-breakpoint
ALTER TABLE `employers` ADD `review_state` text DEFAULT 'waiting' NOT NULL;--> statement-breakpoint
CREATE INDEX `talent_claims_user_idx` ON `talent_claims` (`user_id`,`status`);--> statement-breakpoint
CREATE INDEX `talent_claims_pending_idx` ON `talent_claims` (`status`,`created_at`,`id`) WHERE "talent_claims"."status" = 'pending';