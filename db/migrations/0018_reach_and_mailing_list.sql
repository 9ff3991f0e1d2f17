CREATE TABLE `material_downloads` (
	`day` text NOT NULL,
	`file` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `file`)
);
--> statement-breakpoint
CREATE TABLE `reach_days` (
	`day` text PRIMARY KEY NOT NULL,
	`visitors` integer,
	`page_views` integer DEFAULT 0 NOT NULL,
	`downloads` integer DEFAULT 0 NOT NULL,
	`subscribers` integer
);
--> statement-breakpoint
CREATE TABLE `reach_salts` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` blob NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reach_visitors` (
	`day` text NOT NULL,
	`hash` blob NOT NULL,
	PRIMARY KEY(`day`, `hash`)
);
--> statement-breakpoint
CREATE TABLE `youth_population` (
	`year` integer PRIMARY KEY NOT NULL,
	`population` integer NOT NULL,
	`source` text NOT NULL,
	`updated_by` integer,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `list_announcements` (
	`item` text PRIMARY KEY NOT NULL,
	`announced_at` integer NOT NULL,
	`recipients` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `list_subscribers` (
	`id` integer PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`lang` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`confirm_hash` blob,
	`confirm_expires_at` integer,
	`unsubscribe_token` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`confirmed_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `list_subscribers_email_unique` ON `list_subscribers` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `list_subscribers_confirm_hash_unique` ON `list_subscribers` (`confirm_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `list_subscribers_unsubscribe_token_unique` ON `list_subscribers` (`unsubscribe_token`);--> statement-breakpoint
CREATE INDEX `list_subscribers_status_idx` ON `list_subscribers` (`status`,`lang`);--> statement-breakpoint
-- mail_outbox: user_id becomes nullable (list mail has no account), with the subscriber and extra
-- headers beside it. Nothing references mail_outbox, so the rebuild needs no foreign-key pause.
CREATE TABLE `__new_mail_outbox` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer,
	`subscriber_id` integer,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`headers` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`sent_at` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`last_error` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`subscriber_id`) REFERENCES `list_subscribers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_mail_outbox`("id", "user_id", "to", "subject", "text", "created_at", "sent_at", "attempts", "next_attempt_at", "last_error") SELECT "id", "user_id", "to", "subject", "text", "created_at", "sent_at", "attempts", "next_attempt_at", "last_error" FROM `mail_outbox`;--> statement-breakpoint
DROP TABLE `mail_outbox`;--> statement-breakpoint
ALTER TABLE `__new_mail_outbox` RENAME TO `mail_outbox`;--> statement-breakpoint
CREATE INDEX `mail_outbox_user_idx` ON `mail_outbox` (`user_id`);--> statement-breakpoint
CREATE INDEX `mail_outbox_subscriber_idx` ON `mail_outbox` (`subscriber_id`);--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`sent_at`,`next_attempt_at`);