DROP INDEX `blocks_blocked_idx`;--> statement-breakpoint
CREATE INDEX `blocks_blocked_idx` ON `blocks` (`blocked_id`,`blocker_id`);--> statement-breakpoint
ALTER TABLE `clubs` ADD `cover_path` text;--> statement-breakpoint
ALTER TABLE `clubs` ADD `cover_width` integer;--> statement-breakpoint
ALTER TABLE `clubs` ADD `cover_height` integer;--> statement-breakpoint
CREATE INDEX `clubs_cover_idx` ON `clubs` (`cover_path`) WHERE "clubs"."cover_path" IS NOT NULL;--> statement-breakpoint
ALTER TABLE `meetups` ADD `cancelled_at` integer;