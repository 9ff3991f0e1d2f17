CREATE TABLE `kept_honour_choices` (
	`id` integer PRIMARY KEY NOT NULL,
	`talent_id` integer NOT NULL,
	`text_version` text NOT NULL,
	`chosen_at` integer NOT NULL,
	FOREIGN KEY (`talent_id`) REFERENCES `talents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sign_in_addresses` (
	`user_id` integer NOT NULL,
	`address` text NOT NULL,
	`last_sign_in_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `address`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
