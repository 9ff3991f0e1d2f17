ALTER TABLE `posts` ADD `body_folded` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `threads` ADD `title_folded` text DEFAULT '' NOT NULL;