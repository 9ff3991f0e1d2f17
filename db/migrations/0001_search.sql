CREATE TABLE `search_documents` (
	`talent_id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`listed` integer NOT NULL,
	`document` text
);
--> statement-breakpoint
CREATE INDEX `search_documents_seq_idx` ON `search_documents` (`seq`);--> statement-breakpoint
CREATE TABLE `search_outbox` (
	`talent_id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer DEFAULT 0 NOT NULL,
	`last_error` text
);
--> statement-breakpoint
CREATE TABLE `search_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL
);
