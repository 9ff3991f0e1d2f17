CREATE INDEX `talents_user_idx` ON `talents` (`user_id`);--> statement-breakpoint
CREATE INDEX `talents_photo_idx` ON `talents` (`photo_path`);