CREATE TABLE `activities` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `activities_held_on_idx` ON `activities` (`held_on`);--> statement-breakpoint
CREATE INDEX `activities_unit_held_on_idx` ON `activities` (`unit_id`,`held_on`);--> statement-breakpoint
CREATE TABLE `activity_participants` (
	`activity_id` integer NOT NULL,
	`talent_id` integer NOT NULL,
	`role` text DEFAULT 'attendee' NOT NULL,
	PRIMARY KEY(`activity_id`, `talent_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`talent_id`) REFERENCES `talents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `activity_participants_talent_idx` ON `activity_participants` (`talent_id`,`activity_id`);--> statement-breakpoint
CREATE TABLE `dialogue_proposals` (
	`id` integer PRIMARY KEY NOT NULL,
	`activity_id` integer NOT NULL,
	`talent_id` integer,
	`proposal` text NOT NULL,
	`answer` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'received' NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`talent_id`) REFERENCES `talents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `dialogue_proposals_activity_idx` ON `dialogue_proposals` (`activity_id`);--> statement-breakpoint
CREATE TABLE `officer_training_attendance` (
	`training_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`training_id`, `user_id`),
	FOREIGN KEY (`training_id`) REFERENCES `officer_trainings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `officer_training_attendance_user_idx` ON `officer_training_attendance` (`user_id`);--> statement-breakpoint
CREATE TABLE `officer_trainings` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`unit_id` integer,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `officer_trainings_held_on_idx` ON `officer_trainings` (`held_on`);--> statement-breakpoint
CREATE TABLE `talent_work_leads` (
	`unit_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `user_id`),
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `honours` ADD `revoked_at` integer;