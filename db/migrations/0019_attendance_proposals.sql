ALTER TABLE `activities` ADD `starts_at` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `ends_at` text;--> statement-breakpoint
ALTER TABLE `dialogue_proposals` ADD `answered_by` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `dialogue_proposals_talent_idx` ON `dialogue_proposals` (`talent_id`);