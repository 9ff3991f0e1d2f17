CREATE TABLE `units` (
	`id` integer PRIMARY KEY NOT NULL,
	`parent_id` integer,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`former_names` text DEFAULT '[]' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_slug_unique` ON `units` (`slug`);--> statement-breakpoint
CREATE TABLE `fields` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fields_slug_unique` ON `fields` (`slug`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`unit_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `talent_fields` (
	`talent_id` integer NOT NULL,
	`field_id` integer NOT NULL,
	PRIMARY KEY(`talent_id`, `field_id`),
	FOREIGN KEY (`talent_id`) REFERENCES `talents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`field_id`) REFERENCES `fields`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `talent_fields_field_idx` ON `talent_fields` (`field_id`);--> statement-breakpoint
CREATE TABLE `talents` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`full_name` text NOT NULL,
	`birth_year` integer NOT NULL,
	`discovered_year` integer NOT NULL,
	`gender` text,
	`unit_id` integer NOT NULL,
	`place_kind` text DEFAULT 'in_province' NOT NULL,
	`place_name` text,
	`place_country` text,
	`short_bio` text DEFAULT '' NOT NULL,
	`long_bio` text DEFAULT '' NOT NULL,
	`photo_path` text,
	`links` text DEFAULT '[]' NOT NULL,
	`contact_email` text,
	`open_to_opportunities` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`visibility` text NOT NULL,
	`user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `talents_slug_unique` ON `talents` (`slug`);--> statement-breakpoint
CREATE INDEX `talents_unit_idx` ON `talents` (`unit_id`);--> statement-breakpoint
CREATE INDEX `talents_status_idx` ON `talents` (`status`);--> statement-breakpoint
CREATE TABLE `achievements` (
	`id` integer PRIMARY KEY NOT NULL,
	`talent_id` integer NOT NULL,
	`title` text NOT NULL,
	`award_name` text NOT NULL,
	`level` text NOT NULL,
	`rank` text DEFAULT '' NOT NULL,
	`year` integer NOT NULL,
	`issuing_body` text DEFAULT '' NOT NULL,
	`evidence_url` text,
	`verified_by_id` integer,
	`verified_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`talent_id`) REFERENCES `talents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`verified_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `achievements_talent_idx` ON `achievements` (`talent_id`);--> statement-breakpoint
CREATE TABLE `honours` (
	`id` integer PRIMARY KEY NOT NULL,
	`talent_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`citation` text DEFAULT '' NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`talent_id`) REFERENCES `talents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `honours_year_idx` ON `honours` (`year`);--> statement-breakpoint
CREATE UNIQUE INDEX `honours_talent_kind_year_idx` ON `honours` (`talent_id`,`kind`,`year`);