CREATE TABLE `application_decisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`decided_by_id` integer,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `award_applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `application_decisions_application_idx` ON `application_decisions` (`application_id`,`decided_at`);--> statement-breakpoint
CREATE TABLE `application_evidence` (
	`id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`bytes` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `award_applications`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `application_evidence_file_name_unique` ON `application_evidence` (`file_name`);--> statement-breakpoint
CREATE INDEX `application_evidence_application_idx` ON `application_evidence` (`application_id`);--> statement-breakpoint
CREATE TABLE `application_reviews` (
	`id` integer PRIMARY KEY NOT NULL,
	`application_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`has_conflict` integer NOT NULL,
	`declared_at` integer NOT NULL,
	`scores` text,
	`note` text DEFAULT '' NOT NULL,
	`scored_at` integer,
	FOREIGN KEY (`application_id`) REFERENCES `award_applications`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `application_reviews_reviewer_idx` ON `application_reviews` (`application_id`,`reviewer_id`);--> statement-breakpoint
CREATE TABLE `award_applications` (
	`id` integer PRIMARY KEY NOT NULL,
	`call_key` text NOT NULL,
	`award_name` text NOT NULL,
	`award_year` integer NOT NULL,
	`honour_kind` text NOT NULL,
	`criteria_count` integer NOT NULL,
	`kind` text NOT NULL,
	`talent_id` integer NOT NULL,
	`submitted_by_id` integer,
	`statement` text NOT NULL,
	`links` text DEFAULT '[]' NOT NULL,
	`consent_at` integer NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`honour_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`talent_id`) REFERENCES `talents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`honour_id`) REFERENCES `honours`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `award_applications_call_idx` ON `award_applications` (`call_key`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `award_applications_talent_idx` ON `award_applications` (`talent_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `award_applications_talent_call_idx` ON `award_applications` (`talent_id`,`call_key`);--> statement-breakpoint
CREATE TABLE `honour_reminders` (
	`honour_id` integer NOT NULL,
	`year` integer NOT NULL,
	`sent_at` integer NOT NULL,
	FOREIGN KEY (`honour_id`) REFERENCES `honours`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `honour_reminders_year_idx` ON `honour_reminders` (`honour_id`,`year`);--> statement-breakpoint
ALTER TABLE `honours` ADD `decision_number` text;--> statement-breakpoint
ALTER TABLE `honours` ADD `issued_by` text;--> statement-breakpoint
ALTER TABLE `honours` ADD `decided_on` text;--> statement-breakpoint
ALTER TABLE `honours` ADD `ceremony_url` text;--> statement-breakpoint
ALTER TABLE `honours` ADD `revoked_reason` text;--> statement-breakpoint
ALTER TABLE `honours` ADD `revoked_by_id` integer;