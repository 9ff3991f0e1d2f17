CREATE TABLE `search_snapshot` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`data` blob NOT NULL
);
--> statement-breakpoint
CREATE TABLE `network_counts` (
	`name` text NOT NULL,
	`value` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`name`, `value`)
);
--> statement-breakpoint
CREATE TABLE `network_honours` (
	`honour_id` integer PRIMARY KEY NOT NULL,
	`talent_id` integer NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`name_key` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `network_honours_year_kind_name_idx` ON `network_honours` (`year`,`kind`,`name_key`);--> statement-breakpoint
CREATE INDEX `network_honours_kind_year_idx` ON `network_honours` (`kind`,`year`);--> statement-breakpoint
CREATE INDEX `network_honours_talent_idx` ON `network_honours` (`talent_id`);--> statement-breakpoint
CREATE TABLE `network_talents` (
	`talent_id` integer PRIMARY KEY NOT NULL,
	`unit_id` integer NOT NULL
);
