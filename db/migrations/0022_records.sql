CREATE TABLE `achievement_evidence` (
	`id` integer PRIMARY KEY NOT NULL,
	`achievement_id` integer NOT NULL,
	`stored_name` text NOT NULL,
	`media_type` text NOT NULL,
	`byte_size` integer NOT NULL,
	`uploaded_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`achievement_id`) REFERENCES `achievements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `achievement_evidence_stored_name_unique` ON `achievement_evidence` (`stored_name`);--> statement-breakpoint
CREATE INDEX `achievement_evidence_achievement_idx` ON `achievement_evidence` (`achievement_id`);--> statement-breakpoint
ALTER TABLE `talents` ADD `merged_into_id` integer REFERENCES talents(id);--> statement-breakpoint
CREATE INDEX `talents_merged_into_idx` ON `talents` (`merged_into_id`);