CREATE TABLE `target_tallies` (
	`year` integer NOT NULL,
	`measure` text NOT NULL,
	`unit_id` integer NOT NULL,
	`key` text DEFAULT '' NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`measure`, `year`, `unit_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `target_tally_dirty` (
	`talent_id` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `target_tally_marks` (
	`talent_id` integer NOT NULL,
	`year` integer NOT NULL,
	`measure` text NOT NULL,
	`unit_id` integer NOT NULL,
	`key` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`talent_id`, `year`, `measure`, `unit_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `target_tally_pause` (
	`paused_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `yearly_report_reminders` (
	`year` integer PRIMARY KEY NOT NULL,
	`sent_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `talents` ADD `shared_with_youth_union_at` integer;