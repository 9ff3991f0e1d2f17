CREATE TABLE `unit_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`unit_id` integer NOT NULL,
	`other_unit_id` integer,
	`talent_id` integer,
	`detail` text NOT NULL,
	`actor_id` integer,
	`occurred_at` integer NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_events_unit_idx` ON `unit_events` (`unit_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `unit_events_talent_idx` ON `unit_events` (`talent_id`);--> statement-breakpoint
ALTER TABLE `units` ADD `valid_from` text;--> statement-breakpoint
ALTER TABLE `units` ADD `valid_to` text;--> statement-breakpoint
ALTER TABLE `units` ADD `successor_id` integer REFERENCES units(id);--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);--> statement-breakpoint
CREATE INDEX `units_successor_idx` ON `units` (`successor_id`);