CREATE TABLE `award_application_tallies` (
	`call_key` text NOT NULL,
	`unit_id` integer NOT NULL,
	`status` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`call_key`, `unit_id`, `status`)
);
--> statement-breakpoint
INSERT INTO award_application_tallies (call_key, unit_id, status, count)
  SELECT call_key, coalesce(unit_id, 0), status, count(*) FROM award_applications GROUP BY 1, 2, 3;--> statement-breakpoint
-- Each write takes its application away from the row it counted in and adds it to the one it counts
-- in now. The unit is set by another trigger after the insert (0032): that update moves it from 0.
CREATE TRIGGER award_application_tallies_insert AFTER INSERT ON award_applications BEGIN
  INSERT INTO award_application_tallies (call_key, unit_id, status, count)
    VALUES (new.call_key, coalesce(new.unit_id, 0), new.status, 1)
    ON CONFLICT (call_key, unit_id, status) DO UPDATE SET count = count + 1;
END;--> statement-breakpoint
CREATE TRIGGER award_application_tallies_update AFTER UPDATE OF call_key, unit_id, status ON award_applications BEGIN
  UPDATE award_application_tallies SET count = count - 1
    WHERE call_key = old.call_key AND unit_id = coalesce(old.unit_id, 0) AND status = old.status;
  DELETE FROM award_application_tallies
    WHERE call_key = old.call_key AND unit_id = coalesce(old.unit_id, 0) AND status = old.status AND count = 0;
  INSERT INTO award_application_tallies (call_key, unit_id, status, count)
    VALUES (new.call_key, coalesce(new.unit_id, 0), new.status, 1)
    ON CONFLICT (call_key, unit_id, status) DO UPDATE SET count = count + 1;
END;--> statement-breakpoint
CREATE TRIGGER award_application_tallies_delete AFTER DELETE ON award_applications BEGIN
  UPDATE award_application_tallies SET count = count - 1
    WHERE call_key = old.call_key AND unit_id = coalesce(old.unit_id, 0) AND status = old.status;
  DELETE FROM award_application_tallies
    WHERE call_key = old.call_key AND unit_id = coalesce(old.unit_id, 0) AND status = old.status AND count = 0;
END;
