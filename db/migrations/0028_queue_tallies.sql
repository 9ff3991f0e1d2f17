CREATE TABLE `queue_tallies` (
	`queue` text NOT NULL,
	`unit_id` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`queue`, `unit_id`)
);
--> statement-breakpoint
CREATE TABLE `queue_tally_dirty` (
	`talent_id` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `queue_tally_marks` (
	`talent_id` integer NOT NULL,
	`queue` text NOT NULL,
	`unit_id` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`talent_id`, `queue`)
);
--> statement-breakpoint
CREATE TABLE `queue_tally_pause` (
	`paused_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `talents_reach_idx` ON `talents` (`id`,`unit_id`,`birth_year`,`merged_into_id`,`full_name`);