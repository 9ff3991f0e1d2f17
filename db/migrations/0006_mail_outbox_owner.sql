-- mail_outbox becomes a queue whose rows name the account they were written for. SQLite cannot add
-- a NOT NULL column with a foreign key, so the table is rebuilt. Rows written before this change
-- carried only an address: each is given to the account that holds that address now, and a row no
-- account holds is dropped (before this change rows existed only in the local outbox, without SMTP).
CREATE TABLE `__new_mail_outbox` (
	`id` integer PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`sent_at` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`last_error` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_mail_outbox` (`id`, `user_id`, `to`, `subject`, `text`, `created_at`)
SELECT m.`id`, u.`id`, m.`to`, m.`subject`, m.`text`, m.`created_at`
FROM `mail_outbox` m JOIN `users` u ON u.`email` = lower(trim(m.`to`));
--> statement-breakpoint
DROP TABLE `mail_outbox`;
--> statement-breakpoint
ALTER TABLE `__new_mail_outbox` RENAME TO `mail_outbox`;
--> statement-breakpoint
CREATE INDEX `mail_outbox_user_idx` ON `mail_outbox` (`user_id`);
--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`sent_at`,`next_attempt_at`);
